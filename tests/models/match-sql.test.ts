import { describe, expect, test } from "vitest";

import {
  candidateServiceIds,
  MAX_LOCAL_CANDIDATES,
  nearestLocalServiceIds,
  warmCaches,
} from "~/models/match-sql.server";
import { getPrisma } from "~/utils/db.server";

/**
 * The search's candidate queries against the shipped directory, checked
 * against a plain scan of service_area: the fast paths must find exactly
 * what the slow, obvious query finds.
 */

type AreaRow = {
  service_id: string;
  x_kind: string;
  x_country: string | null;
  x_subdivision: string | null;
  x_min_lat: number | null;
  x_max_lat: number | null;
  x_min_lng: number | null;
  x_max_lng: number | null;
};

const allAreas = () =>
  getPrisma().$queryRawUnsafe<AreaRow[]>(
    `SELECT service_id, x_kind, x_country, x_subdivision, x_min_lat, x_max_lat, x_min_lng, x_max_lng FROM service_area`,
  );

/** Services whose boxes contain the point, nearest box middle first, with that distance: the obvious way. */
function scanNearest(areas: AreaRow[], p: { lat: number; lng: number }): [string, number][] {
  const k = Math.cos((p.lat * Math.PI) / 180);
  const best = new Map<string, number>();
  for (const a of areas) {
    if (a.x_min_lat === null || a.x_max_lat === null || a.x_min_lng === null || a.x_max_lng === null) continue;
    if (a.x_min_lat > p.lat || a.x_max_lat < p.lat || a.x_min_lng > p.lng || a.x_max_lng < p.lng) continue;
    const dy = (a.x_min_lat + a.x_max_lat) / 2 - p.lat;
    const dx = ((a.x_min_lng + a.x_max_lng) / 2 - p.lng) * k;
    const d2 = dy * dy + dx * dx;
    best.set(a.service_id, Math.min(best.get(a.service_id) ?? Infinity, d2));
  }
  return [...best.entries()].sort((x, y) => x[1] - y[1]);
}

// The R*Tree keeps 32-bit coordinates: distances agree to about this much.
const EPS = 1e-5;

const PLACES = {
  "New York": { lat: 40.71, lng: -74.01 },
  London: { lat: 51.51, lng: -0.13 },
  Toronto: { lat: 43.65, lng: -79.38 },
  Sydney: { lat: -33.87, lng: 151.21 },
  Morganton: { lat: 35.75, lng: -81.68 },
};

describe("nearestLocalServiceIds", () => {
  test("finds, for any limit, the same services as a plain scan of every area's box", async () => {
    const areas = await allAreas();
    let compared = 0;
    for (const [name, p] of Object.entries(PLACES)) {
      const everything = scanNearest(areas, p);
      for (const limit of [1, 2, 3, 5, 10, MAX_LOCAL_CANDIDATES]) {
        const { ids: got, complete } = await nearestLocalServiceIds(p, limit);
        const label = `${name}, limit ${limit}`;
        expect(complete, label).toBe(everything.length < limit);
        expect(got, label).toHaveLength(Math.min(limit, everything.length));
        expect(new Set(got).size, label).toBe(got.length);
        // Services at the same distance as the last one taken may tie:
        // any of them may be taken, and all nearer ones must be.
        const cutoff = everything[Math.min(limit, everything.length) - 1]?.[1] ?? Infinity;
        const nearer = everything.filter(([, d]) => d < cutoff - EPS).map(([id]) => id);
        const allowed = new Set(everything.filter(([, d]) => d <= cutoff + EPS).map(([id]) => id));
        for (const id of nearer) expect(got, label).toContain(id);
        for (const id of got) expect(allowed.has(id), label).toBe(true);
        if (everything.length > limit) compared++;
      }
    }
    // The limits really cut the lists somewhere, so the cut is tested too.
    expect(compared).toBeGreaterThan(5);
  });

  test("finds nothing local in the middle of the ocean", async () => {
    expect(await nearestLocalServiceIds({ lat: -40, lng: -130 }, 10)).toEqual({ ids: [], complete: true });
  });
});

describe("candidateServiceIds", () => {
  test("finds the same worldwide, national and regional services with the boot-time index as with the query", async () => {
    const regions = [
      { country: "US", subdivisions: ["US-NC"] },
      { country: "GB", subdivisions: ["GB-ENG"] },
      { country: "CA", subdivisions: ["CA-YT"] },
      { country: "FR", subdivisions: [] },
      { country: "JP", subdivisions: [] },
    ];
    const before = [];
    const all = { point: null, localWanted: MAX_LOCAL_CANDIDATES };
    for (const r of regions) before.push(new Set((await candidateServiceIds({ ...r, ...all })).ids));
    await warmCaches();
    for (const [i, r] of regions.entries()) {
      const after = new Set((await candidateServiceIds({ ...r, ...all })).ids);
      expect(after, r.country).toEqual(before[i]);
    }
    // And both match a plain scan: every area of the right kind and place.
    const areas = await allAreas();
    const nc = new Set(
      areas
        .filter(
          (a) =>
            a.x_kind === "global" ||
            (a.x_kind === "country" && a.x_country === "US") ||
            (a.x_kind === "subdivision" && a.x_subdivision === "US-NC") ||
            (a.x_kind === "locality" && a.x_subdivision === "US-NC"),
        )
        .map((a) => a.service_id),
    );
    expect(before[0]).toEqual(nc);
  });

  test("takes only as many town-level services of a region as asked, and says when there are more", async () => {
    const nc = { country: "US", subdivisions: ["US-NC"], point: null };
    const everything = await candidateServiceIds({ ...nc, localWanted: MAX_LOCAL_CANDIDATES });
    const regional = await candidateServiceIds({ ...nc, localWanted: 0 });
    expect(regional.localComplete).toBe(false);
    const localCount = everything.ids.length - regional.ids.length;
    expect(everything.localComplete).toBe(true);
    expect(localCount).toBeGreaterThan(2);

    const some = await candidateServiceIds({ ...nc, localWanted: 2 });
    expect(some.localComplete).toBe(false);
    expect(some.ids.length).toBe(everything.ids.length - localCount + 2);
    expect(everything.ids).toEqual(expect.arrayContaining(some.ids));
  });

  test("says the local services near a point are complete only when fewer than asked were there", async () => {
    const point = PLACES["New York"];
    const wide = await candidateServiceIds({ country: "US", subdivisions: ["US-NY"], point, localWanted: 1000 });
    const narrow = await candidateServiceIds({ country: "US", subdivisions: ["US-NY"], point, localWanted: 1 });
    expect(wide.localComplete).toBe(true);
    expect(narrow.localComplete).toBe(false);
    expect(wide.ids.length).toBeGreaterThan(narrow.ids.length);
  });
});
