import { toPublicPhone, type PublicPhone } from "~/lib/directory/phone";
import type { StoredLocation } from "~/lib/directory/public-location";
import { Lru } from "~/lib/lru";
import { needsForTypes } from "~/lib/directory/taxonomy";
import type { Candidate } from "~/lib/matching/match";
import { getPrisma } from "~/utils/db.server";

/**
 * The search's two hot queries in plain SQL (SQLite dialect), kept here so
 * a PostgreSQL deployment replaces one file (ADR 006). Both run entirely
 * inside the database: one finds candidate ids through indexes and the
 * R*Tree, the other returns each candidate's matching facts as JSON in a
 * single round trip, instead of one query per relation.
 */

// SQLite's default limit on bound parameters is 999; stay well below it.
const BATCH = 900;

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(",");

type Schedule = { timezone: string; byDay: string; opensAt: string; closesAt: string };

/** Schedule rows as aggregated by json_group_array(json_array(tz, byday, opens, closes)). */
function parseSchedules(json: string): Schedule[] {
  return (JSON.parse(json) as [string, string, string, string][]).map(([timezone, byDay, opensAt, closesAt]) => ({
    timezone,
    byDay,
    opensAt,
    closesAt,
  }));
}

/** Runs one query per batch of ids, so no query exceeds the bound-parameter limit. */
async function inBatches<R>(ids: readonly string[], sql: (n: number) => string): Promise<R[]> {
  const rows: R[] = [];
  for (let i = 0; i < ids.length; i += BATCH) {
    const slice = ids.slice(i, i + BATCH);
    rows.push(...(await getPrisma().$queryRawUnsafe<R[]>(sql(slice.length), ...slice)));
  }
  return rows;
}

/**
 * At most this many local services are considered per search, however
 * narrow the filters: the nearest by the centre of their area. A search
 * asks for a few times the local services it will show and widens up to
 * this only when the filters leave too few (ADR 006, ADR 011).
 */
export const MAX_LOCAL_CANDIDATES = 1_000;

const regionalIdsCache = new Lru<string, string[]>(2_000);

/**
 * Every worldwide, national and regional area in memory, grouped by where
 * it applies: built at boot by warmCaches when there are at most
 * MAX_REGIONAL_AREAS of them, so the regional part of a search needs no
 * query at all. Beyond that, the query below runs and its answer is kept
 * per region.
 */
type RegionalIndex = { global: string[]; byCountry: Map<string, string[]>; bySubdivision: Map<string, string[]> };
let regionalIndex: RegionalIndex | null = null;
const MAX_REGIONAL_AREAS = 200_000;

function regionalFromIndex(index: RegionalIndex, country: string, subdivisions: readonly string[]): string[] {
  const ids = new Set(index.global);
  for (const id of index.byCountry.get(country) ?? []) ids.add(id);
  for (const sub of subdivisions) for (const id of index.bySubdivision.get(sub) ?? []) ids.add(id);
  return [...ids];
}

async function regionalFromQuery(country: string, subdivisions: readonly string[]): Promise<string[]> {
  const parts = [
    `SELECT service_id FROM service_area WHERE x_kind = 'global'`,
    `SELECT service_id FROM service_area WHERE x_kind = 'country' AND x_country = ?`,
  ];
  const args: unknown[] = [country];
  if (subdivisions.length) {
    parts.push(
      `SELECT service_id FROM service_area WHERE x_kind = 'subdivision' AND x_subdivision IN (${placeholders(subdivisions.length)})`,
    );
    args.push(...subdivisions);
  }
  const rows = await getPrisma().$queryRawUnsafe<{ service_id: string }[]>(parts.join(" UNION "), ...args);
  return rows.map((r) => r.service_id);
}

/** Worldwide, national and regional services: the same list for every search in a region (ADR 006). */
async function regionalIds(country: string, subdivisions: readonly string[]): Promise<string[]> {
  if (regionalIndex) return regionalFromIndex(regionalIndex, country, subdivisions);
  const key = `${country}|${subdivisions.join(",")}`;
  let ids = regionalIdsCache.get(key);
  if (!ids) {
    ids = await regionalFromQuery(country, subdivisions);
    regionalIdsCache.set(key, ids);
  }
  return ids;
}

/**
 * Ids of active services whose areas may cover the place; the matcher
 * decides. Every worldwide, national and regional one, and up to
 * `localWanted` local ones: the nearest to the point, or without a point
 * the town-level services of the region. `localComplete` says whether
 * those are all the local ones there are.
 */
export async function candidateServiceIds(q: {
  country: string;
  subdivisions: readonly string[];
  point: { lat: number; lng: number } | null;
  localWanted: number;
}): Promise<{ ids: string[]; localComplete: boolean }> {
  const ids = [...(await regionalIds(q.country, q.subdivisions))];
  let localComplete = true;
  if (q.point) {
    const near = await nearestLocalServiceIds(q.point, q.localWanted);
    ids.push(...near.ids);
    localComplete = near.complete;
  } else if (q.subdivisions.length) {
    // Without a point, town-level services in the region count, in no order of distance.
    const rows = await getPrisma().$queryRawUnsafe<{ service_id: string }[]>(
      `SELECT DISTINCT service_id FROM service_area WHERE x_kind = 'locality' AND x_subdivision IN (${placeholders(q.subdivisions.length)}) LIMIT ?`,
      ...q.subdivisions,
      q.localWanted,
    );
    ids.push(...rows.map((r) => r.service_id));
    localComplete = rows.length < q.localWanted;
  }
  return { ids: [...new Set(ids)], localComplete };
}

/**
 * Services whose area's box contains the point, nearest area centre first,
 * at most `limit` of them, plus any polygon area's services; `complete`
 * when there were no more than `limit` to find.
 *
 * The R*Tree finds the boxes in about a millisecond even in a dense city;
 * what costs is reading each row's auxiliary columns (service id, centre),
 * one lookup per box, thousands of boxes in a big city at 1M services. So
 * the boxes are ranked on their own coordinates (a circle's box has the
 * circle's centre at its middle), and only the nearest few hundred are
 * joined back to their service (ADR 006). Polygon areas have no centre;
 * they are few, so their boxes are read once and always kept.
 */
type PolygonArea = { service_id: string; min_lat: number; max_lat: number; min_lng: number; max_lng: number };
let polygonLoad: Promise<PolygonArea[]> | undefined;

/** Every polygon area's box, read once: the directory is read-only while the server runs. */
function polygonAreas(): Promise<PolygonArea[]> {
  polygonLoad ??= getPrisma()
    .$queryRawUnsafe<PolygonArea[]>(
      `SELECT service_id, x_min_lat AS min_lat, x_max_lat AS max_lat, x_min_lng AS min_lng, x_max_lng AS max_lng
       FROM service_area WHERE x_kind = 'polygon' AND x_min_lat IS NOT NULL`,
    )
    .catch((error: unknown) => {
      polygonLoad = undefined;
      throw error;
    });
  return polygonLoad;
}

export async function nearestLocalServiceIds(
  point: { lat: number; lng: number },
  limit: number,
): Promise<{ ids: string[]; complete: boolean }> {
  const prisma = getPrisma();
  const k = Math.cos((point.lat * Math.PI) / 180);
  const mid = (lo: string, hi: string) => `((${lo} + ${hi}) / 2.0 - ?)`;
  // A service may have several areas around one town: take rows enough to
  // leave `limit` services after grouping, and widen if not.
  for (let rows = limit * 2; ; rows *= 4) {
    const found = await prisma.$queryRawUnsafe<{ service_id: string; areas: number | bigint }[]>(
      `SELECT sa.service_id AS service_id, MIN(t.d2) AS d2, COUNT(*) AS areas
       FROM (SELECT id,
                    ${mid("min_lat", "max_lat")} * ${mid("min_lat", "max_lat")}
                    + (${mid("min_lng", "max_lng")} * ?) * (${mid("min_lng", "max_lng")} * ?) AS d2
             FROM "x_service_area_rtree"
             WHERE min_lat <= ? AND max_lat >= ? AND min_lng <= ? AND max_lng >= ?
             ORDER BY d2 LIMIT ?) t
       JOIN service_area sa ON sa.rowid = t.id
       GROUP BY sa.service_id ORDER BY d2 LIMIT ?`,
      point.lat,
      point.lat,
      point.lng,
      k,
      point.lng,
      k,
      point.lat,
      point.lat,
      point.lng,
      point.lng,
      rows,
      limit,
    );
    // Fewer services than wanted: complete unless every row taken was used.
    const used = found.reduce((sum, r) => sum + Number(r.areas), 0);
    if (found.length >= limit || used < rows) {
      const around = (await polygonAreas()).filter(
        (a) => a.min_lat <= point.lat && a.max_lat >= point.lat && a.min_lng <= point.lng && a.max_lng >= point.lng,
      );
      return {
        ids: [...around.map((a) => a.service_id), ...found.map((r) => r.service_id)],
        complete: found.length < limit,
      };
    }
  }
}

type Raw = {
  id: string;
  slug: string;
  name: string;
  codes: string;
  langs: string;
  crisis: number | bigint;
  areas: string;
  points: string;
  schedules: string;
};

const FACTS_SQL = (n: number) => `
SELECT id, slug, name, codes, langs, crisis, areas, points, schedules FROM "x_service_facts" WHERE id IN (${placeholders(n)})`;

// The directory is read-only while the server runs (ADR 006), so facts
// about a service never go stale in memory. Those loaded at boot (every
// worldwide, national and regional service) sit in a plain map that never
// changes; the rest in an LRU whose cap bounds memory. Keeping the boot set
// out of the LRU matters at 1M services: refreshing tens of thousands of
// LRU entries per search made the map rehash, a pause of about 10 ms.
const pinnedFacts = new Map<string, Candidate | null>();
const factsCache = new Lru<string, Candidate | null>(50_000);

type AreaCells = [string, string | null, string | null, number | null, number | null, number | null, string | null];

/** A candidate's matching facts, parsed once into the matcher's shape. */
function toFacts(r: Raw): Candidate {
  const codes = JSON.parse(r.codes) as string[];
  const after = (prefix: string) => codes.filter((c) => c.startsWith(prefix)).map((c) => c.slice(prefix.length));
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    needs: needsForTypes(codes),
    audiences: after("audience:"),
    delivery: after("delivery:"),
    languages: JSON.parse(r.langs) as string[],
    // Only "free: yes" matters to the matcher; the detail load tells yes from unknown.
    free: codes.includes("access:free") ? true : null,
    open247: codes.includes("access:24-7"),
    hasCrisisLine: Number(r.crisis) === 1,
    areas: (JSON.parse(r.areas) as AreaCells[]).map(
      ([kind, country, subdivision, centerLat, centerLng, radiusKm, extent]) => ({
        kind,
        country,
        subdivision,
        centerLat,
        centerLng,
        radiusKm,
        extent,
      }),
    ),
    points: (JSON.parse(r.points) as [number, number][]).map(([lat, lng]) => ({ lat, lng })),
    schedules: parseSchedules(r.schedules),
  };
}

/** What the matcher needs of each candidate; hidden locations are never included. */
export async function candidateFacts(ids: readonly string[], pin = false): Promise<Candidate[]> {
  const out: Candidate[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const pinned = pinnedFacts.get(id);
    const hit = pinned !== undefined ? pinned : factsCache.get(id);
    if (hit === undefined) missing.push(id);
    else if (hit) out.push(hit);
  }
  const remember = (id: string, facts: Candidate | null) =>
    pin ? pinnedFacts.set(id, facts) : factsCache.set(id, facts);
  const found = new Set<string>();
  for (const r of await inBatches<Raw>(missing, FACTS_SQL)) {
    found.add(r.id);
    const facts = toFacts(r);
    remember(r.id, facts);
    out.push(facts);
  }
  // Inactive services are remembered as absent too.
  for (const id of missing) if (!found.has(id)) remember(id, null);
  return out;
}

export type ResultDetails = {
  id: string;
  slug: string;
  name: string;
  description: string;
  url: string | null;
  checkedOn: string;
  organization: string;
  organizationWebsite: string | null;
  /** The stored value of access:free: "true", "false", or null when unknown. */
  free: string | null;
  /** Formatted once per service: parsing phone numbers is the slow part of showing a result. */
  phones: PublicPhone[];
  schedules: Schedule[];
  /** Stored locations, for toPublicLocation to reduce to what may be shown. */
  locations: StoredLocation[];
};

type RawDetails = {
  id: string;
  slug: string;
  name: string;
  description: string;
  url: string | null;
  checked_on: string;
  org_name: string;
  org_website: string | null;
  free: string | null;
  phones: string;
  schedules: string;
  locations: string;
};

const DETAILS_SQL = (n: number) => `
SELECT id, slug, name, description, url, checked_on, org_name, org_website, free, phones, schedules, locations
FROM "x_service_card" WHERE id IN (${placeholders(n)})`;

const detailsCache = new Lru<string, ResultDetails>(20_000);

type LocationCells = [
  string,
  string | null,
  string,
  number | null,
  number | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
  string | null,
];

function toDetails(r: RawDetails): ResultDetails {
  const locations = new Map<string, ResultDetails["locations"][number]>();
  for (const [slug, name, vis, lat, lng, a1, a2, city, region, postal, country] of JSON.parse(
    r.locations,
  ) as LocationCells[]) {
    const loc = locations.get(slug) ?? {
      slug,
      name,
      addressVisibility: vis,
      latitude: lat,
      longitude: lng,
      addresses: [],
    };
    if (city && country) loc.addresses.push({ address1: a1, address2: a2, city, region, postalCode: postal, country });
    locations.set(slug, loc);
  }
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    description: r.description,
    url: r.url,
    checkedOn: r.checked_on,
    organization: r.org_name,
    organizationWebsite: r.org_website,
    free: r.free,
    phones: (
      JSON.parse(r.phones) as [string, number, string | null, string, string | null, number, string | null][]
    ).map(([number, short, country, type, description, crisis, display]) =>
      toPublicPhone({
        number,
        isShortCode: short === 1,
        country,
        type,
        description,
        isCrisisLine: crisis === 1,
        display,
      }),
    ),
    schedules: parseSchedules(r.schedules),
    locations: [...locations.values()],
  };
}

/** Everything shown for a result, for the few services actually shown. */
export async function resultDetails(ids: readonly string[]): Promise<Map<string, ResultDetails>> {
  const out = new Map<string, ResultDetails>();
  const missing: string[] = [];
  for (const id of ids) {
    const hit = detailsCache.get(id);
    if (hit) out.set(id, hit);
    else missing.push(id);
  }
  for (const raw of await inBatches<RawDetails>(missing, DETAILS_SQL)) {
    const d = toDetails(raw);
    detailsCache.set(d.id, d);
    out.set(d.id, d);
  }
  return out;
}

function indexRegionalAreas(
  areas: { service_id: string; x_kind: string; x_country: string | null; x_subdivision: string | null }[],
): RegionalIndex {
  const index: RegionalIndex = { global: [], byCountry: new Map(), bySubdivision: new Map() };
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const a of areas) {
    if (a.x_kind === "global") index.global.push(a.service_id);
    else if (a.x_kind === "country" && a.x_country) add(index.byCountry, a.x_country, a.service_id);
    else if (a.x_kind === "subdivision" && a.x_subdivision) add(index.bySubdivision, a.x_subdivision, a.service_id);
  }
  return index;
}

let warming: Promise<number> | null = null;

/**
 * Loads the facts of every service with a worldwide, national or regional
 * area, the ones nearly every search needs, before the first search asks
 * (the server calls this at boot). What is cached then depends on the
 * directory, not on what anyone searched for.
 */
export function warmCaches(): Promise<number> {
  warming ??= (async () => {
    // The server only reads: let SQLite map the file into memory and keep
    // more pages, so a search in a new place reads fewer pages from disk.
    await getPrisma().$queryRawUnsafe("PRAGMA mmap_size = 1073741824");
    await getPrisma().$queryRawUnsafe("PRAGMA cache_size = -131072");
    const areas = await getPrisma().$queryRawUnsafe<
      { service_id: string; x_kind: string; x_country: string | null; x_subdivision: string | null }[]
    >(
      `SELECT service_id, x_kind, x_country, x_subdivision FROM service_area
       WHERE x_kind IN ('global', 'country', 'subdivision') LIMIT ?`,
      MAX_REGIONAL_AREAS + 1,
    );
    if (areas.length <= MAX_REGIONAL_AREAS) regionalIndex = indexRegionalAreas(areas);
    const ids = [...new Set(areas.map((a) => a.service_id))].slice(0, 90_000);
    return (await candidateFacts(ids, true)).length;
  })();
  return warming;
}
