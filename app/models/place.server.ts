import { iso31661, iso31662 } from "iso-3166";

import type { Prisma } from "~/generated/prisma/client";
import { SUBDIVISION_COUNTRIES } from "~/lib/geo/admin1";
import { haversineKm } from "~/lib/geo/distance";
import { countryName, isCountryCode, subdivisionAncestors, subdivisionName } from "~/lib/geo/iso";
import { parsePostcode, searchKey, ZIP_COUNTRIES } from "~/lib/geo/normalize";
import { getPrisma } from "~/utils/db.server";

/**
 * Offline place resolution against the gazetteer tables (x_place,
 * x_postal_code) built by seeds/gazetteer.ts. Nothing here calls out to
 * the network and nothing typed is logged or stored.
 */

export type ResolvedPlace = {
  /** Stable: `place:<GeoNames id>` or `postcode:<country>:<code>[:<subdivision>]`. */
  id: string;
  /** For display: "Portland, Oregon, United States". */
  name: string;
  country: string;
  subdivision: string | null;
  lat: number;
  lng: number;
};

export type PlaceResolution =
  { kind: "found"; place: ResolvedPlace } | { kind: "ambiguous"; options: ResolvedPlace[] } | { kind: "not-found" };

const MAX_INPUT = 100;
const MAX_OPTIONS = 10;
const NEAREST_KM = 50;
const NEAR_FIRST_KM = 10;

const NOT_FOUND: PlaceResolution = { kind: "not-found" };

const placeSelect = {
  id: true,
  name: true,
  country: true,
  subdivision: true,
  latitude: true,
  longitude: true,
  population: true,
} as const satisfies Prisma.PlaceSelect;

const postalSelect = {
  country: true,
  code: true,
  placeName: true,
  subdivision: true,
  latitude: true,
  longitude: true,
} as const satisfies Prisma.PostalCodeSelect;

type PlaceRecord = Prisma.PlaceGetPayload<{ select: typeof placeSelect }>;
type PostalRecord = Prisma.PostalCodeGetPayload<{ select: typeof postalSelect }>;

function regionLabel(country: string, subdivision: string | null): string[] {
  const sub = subdivision ? subdivisionName(subdivision) : undefined;
  return [...(sub ? [sub] : []), countryName(country) ?? country];
}

function fromPlace(p: PlaceRecord): ResolvedPlace {
  const region = regionLabel(p.country, p.subdivision);
  // "Berlin, Berlin, Germany" says nothing twice: drop the repeat.
  const parts = region[0] === p.name ? region : [p.name, ...region];
  return {
    id: `place:${p.id}`,
    name: parts.join(", "),
    country: p.country,
    subdivision: p.subdivision,
    lat: p.latitude,
    lng: p.longitude,
  };
}

function fromPostal(p: PostalRecord, withSubdivision: boolean): ResolvedPlace {
  const id = `postcode:${p.country}:${p.code}${withSubdivision && p.subdivision ? `:${p.subdivision}` : ""}`;
  return {
    id,
    name: [`${p.placeName} ${p.code}`, ...regionLabel(p.country, p.subdivision)].join(", "),
    country: p.country,
    subdivision: p.subdivision,
    lat: p.latitude,
    lng: p.longitude,
  };
}

// ---------------------------------------------------------------------------
// Postcodes

async function resolvePostcode(text: string): Promise<PlaceResolution | null> {
  const candidates = parsePostcode(text);
  if (candidates.length === 0) return null;
  const countries = candidates.flatMap((c) => (c.country === "US" ? ZIP_COUNTRIES : [c.country]));
  const rows = await getPrisma().postalCode.findMany({
    where: { code: { in: candidates.map((c) => c.code) }, country: { in: countries } },
    select: postalSelect,
    // The import numbers each code's best-known locality first.
    orderBy: { id: "asc" },
  });
  // One answer per region: a postcode that straddles a border (AU 2620,
  // ACT and NSW) is a real choice; its suburbs within one state are not.
  const firstPerRegion = new Map<string, PostalRecord>();
  for (const r of rows) {
    const key = `${r.country}|${r.code}|${r.subdivision ?? ""}`;
    if (!firstPerRegion.has(key)) firstPerRegion.set(key, r);
  }
  const options = [...firstPerRegion.values()];
  if (options.length === 0) return null;
  if (options.length === 1) return { kind: "found", place: fromPostal(options[0]!, false) };
  return { kind: "ambiguous", options: options.slice(0, MAX_OPTIONS).map((o) => fromPostal(o, true)) };
}

// ---------------------------------------------------------------------------
// Names with an optional region: "Portland, Maine", "London UK"

/** What a qualifier can mean: any of these countries or (top-level) subdivisions. */
type Region = { countries: Set<string>; subdivisions: Set<string> };

const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  uk: "GB",
  britain: "GB",
  "great britain": "GB",
  america: "US",
  "united states of america": "US",
};

let regionIndex: Map<string, Region> | undefined;

function addRegion(index: Map<string, Region>, key: string, kind: keyof Region, code: string) {
  if (!key) return;
  let region = index.get(key);
  if (!region) index.set(key, (region = { countries: new Set(), subdivisions: new Set() }));
  region[kind].add(code);
}

/**
 * Every name and code a person may add after a town, by search key. A
 * lower-level subdivision (a county) stands for the top-level one the
 * gazetteer records: "Ennis, Clare" looks in Munster.
 */
function regions(): Map<string, Region> {
  if (regionIndex) return regionIndex;
  const index = new Map<string, Region>();
  for (const c of iso31661) {
    if (!isCountryCode(c.alpha2)) continue;
    for (const label of [c.alpha2, c.alpha3, c.name, countryName(c.alpha2) ?? ""]) {
      addRegion(index, searchKey(label), "countries", c.alpha2);
    }
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) addRegion(index, alias, "countries", code);
  const covered = new Set(SUBDIVISION_COUNTRIES);
  for (const s of iso31662) {
    const country = s.code.slice(0, 2);
    if (!covered.has(country)) continue;
    const topLevel = subdivisionAncestors(s.code).at(-1) ?? s.code;
    const suffix = s.code.slice(3);
    addRegion(index, searchKey(s.name), "subdivisions", topLevel);
    // Letter codes only: "Portland ME", "Sydney NSW"; AT's "9" is no help.
    if (/^[A-Z]+$/.test(suffix)) addRegion(index, searchKey(suffix), "subdivisions", topLevel);
  }
  regionIndex = index;
  return index;
}

function regionWhere(region: Region): Prisma.PlaceWhereInput {
  return { OR: [{ country: { in: [...region.countries] } }, { subdivision: { in: [...region.subdivisions] } }] };
}

type Query = { name: string; regions: Region[] };

/**
 * The ways a text can be read as a town plus regions, most literal first:
 * the whole text as a name; text before commas as the name and each part
 * after as a region; the last one to three words as a region.
 */
function readings(text: string): { queries: Query[]; unknownQualifier: string | null } {
  const index = regions();
  const queries: Query[] = [{ name: searchKey(text), regions: [] }];
  const parts = text.split(",").map(searchKey);
  let unknownQualifier: string | null = null;
  if (parts.length > 1) {
    const found = parts
      .slice(1)
      .filter(Boolean)
      .map((p) => index.get(p));
    if (found.every((r): r is Region => r !== undefined)) queries.push({ name: parts[0]!, regions: found });
    else unknownQualifier = parts[0]!;
  } else {
    const words = queries[0]!.name.split(" ");
    for (let k = Math.min(3, words.length - 1); k >= 1; k--) {
      const region = index.get(words.slice(-k).join(" "));
      if (region) queries.push({ name: words.slice(0, -k).join(" "), regions: [region] });
    }
  }
  return { queries: queries.filter((q) => q.name !== ""), unknownQualifier };
}

async function placesNamed(name: string, regionsToMatch: readonly Region[]): Promise<PlaceRecord[]> {
  // GeoNames writes "New York City", "Kansas City": try the plain name first.
  for (const key of [name, `${name} city`]) {
    const rows = await getPrisma().place.findMany({
      where: { searchName: key, AND: regionsToMatch.map(regionWhere) },
      select: placeSelect,
      orderBy: [{ population: "desc" }, { id: "asc" }],
      take: 100,
    });
    if (rows.length > 0) return rows;
  }
  return [];
}

/**
 * Largest first, one per label: a much larger namesake (London, England
 * next to London, Ontario) leads, but the person still chooses.
 */
function decide(rows: readonly PlaceRecord[], alwaysAsk: boolean): PlaceResolution {
  const byLabel = new Map<string, ResolvedPlace>();
  for (const row of rows) {
    const place = fromPlace(row);
    if (!byLabel.has(place.name)) byLabel.set(place.name, place);
  }
  const options = [...byLabel.values()].slice(0, MAX_OPTIONS);
  if (options.length === 0) return NOT_FOUND;
  if (options.length === 1 && !alwaysAsk) return { kind: "found", place: options[0]! };
  return { kind: "ambiguous", options };
}

async function resolveName(text: string): Promise<PlaceResolution> {
  const { queries, unknownQualifier } = readings(text);
  for (const q of queries) {
    const rows = await placesNamed(q.name, q.regions);
    if (rows.length > 0) return decide(rows, false);
  }
  // A region we could not read ("Springfield, Mass") or one where no such
  // town exists: offer the towns of that name rather than a dead end, and
  // never pick for the person, since we could not honour what they said.
  const bare = unknownQualifier ?? queries.find((q) => q.regions.length > 0)?.name;
  return bare ? decide(await placesNamed(bare, []), true) : NOT_FOUND;
}

/** A typed town, city, ZIP or postcode → a place, a choice, or nothing. Never throws on bad input. */
export async function resolvePlace(text: string): Promise<PlaceResolution> {
  if (typeof text !== "string") return NOT_FOUND;
  const trimmed = text.trim();
  if (trimmed === "" || trimmed.length > MAX_INPUT) return NOT_FOUND;
  const byPostcode = await resolvePostcode(trimmed);
  if (byPostcode) return byPostcode;
  if (searchKey(trimmed) === "") return NOT_FOUND;
  return resolveName(trimmed);
}

// ---------------------------------------------------------------------------
// By id (the person picked an option) and by coordinates

const PLACE_ID = /^place:(\d{1,10})$/;
const POSTCODE_ID = /^postcode:([A-Z]{2}):([A-Z0-9]{3,5})(?::([A-Z]{2}-[A-Z0-9]{1,3}))?$/;
const MAX_INT32 = 2_147_483_647;

export async function placeById(id: string): Promise<ResolvedPlace | null> {
  if (typeof id !== "string" || id.length > 40) return null;
  const place = PLACE_ID.exec(id);
  if (place) {
    const n = Number(place[1]);
    if (n > MAX_INT32) return null;
    const row = await getPrisma().place.findUnique({ where: { id: n }, select: placeSelect });
    return row ? fromPlace(row) : null;
  }
  const postcode = POSTCODE_ID.exec(id);
  if (postcode) {
    const [, country, code, subdivision] = postcode;
    const row = await getPrisma().postalCode.findFirst({
      where: { country, code, ...(subdivision ? { subdivision } : {}) },
      select: postalSelect,
      orderBy: { id: "asc" },
    });
    return row ? fromPostal(row, !!subdivision) : null;
  }
  return null;
}

const KM_PER_DEGREE = 111.32;

/**
 * The gazetteer place nearest a point, within 50 km, for "use my location".
 * A bounding box narrows the search on the (latitude, longitude) index;
 * the exact great-circle distance picks the winner.
 */
export async function nearestPlace(lat: number, lng: number): Promise<ResolvedPlace | null> {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  // Look close first: most points are near a town, and a small box reads
  // far fewer rows. A place found within the small radius is the nearest
  // overall, since anything nearer would lie in the same box.
  for (const radiusKm of [NEAR_FIRST_KM, NEAREST_KM]) {
    const best = await nearestWithin(lat, lng, radiusKm);
    if (best) return fromPlace(best.row);
  }
  return null;
}

async function nearestWithin(
  lat: number,
  lng: number,
  radiusKm: number,
): Promise<{ row: PlaceRecord; km: number } | null> {
  const dLat = radiusKm / KM_PER_DEGREE;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  // Near the poles a longitude box stops meaning anything: take every longitude.
  const dLng = cosLat < 0.01 ? 180 : Math.min(180, radiusKm / (KM_PER_DEGREE * cosLat));
  const rows = await getPrisma().place.findMany({
    where: { latitude: { gte: lat - dLat, lte: lat + dLat }, OR: longitudeRanges(lng, dLng) },
    select: placeSelect,
  });
  let best: { row: PlaceRecord; km: number } | null = null;
  for (const row of rows) {
    const km = haversineKm({ lat, lng }, { lat: row.latitude, lng: row.longitude });
    if (km > radiusKm) continue;
    // Equal distance: the larger place, then the lower id, so answers are stable.
    if (!best || km < best.km || (km === best.km && closerTie(row, best.row))) best = { row, km };
  }
  return best;
}

function closerTie(a: PlaceRecord, b: PlaceRecord): boolean {
  return a.population !== b.population ? a.population > b.population : a.id < b.id;
}

/** Longitude ranges of a box, split in two where it crosses the antimeridian. */
function longitudeRanges(lng: number, dLng: number): Prisma.PlaceWhereInput[] {
  if (dLng >= 180) return [{ longitude: { gte: -180, lte: 180 } }];
  const west = lng - dLng;
  const east = lng + dLng;
  if (west < -180) return [{ longitude: { gte: west + 360 } }, { longitude: { lte: east } }];
  if (east > 180) return [{ longitude: { gte: west } }, { longitude: { lte: east - 360 } }];
  return [{ longitude: { gte: west, lte: east } }];
}
