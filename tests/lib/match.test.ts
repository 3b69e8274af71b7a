import { describe, expect, test } from "vitest";

import {
  coverageOf,
  DEFAULT_RADIUS_KM,
  fitScore,
  matchCandidates,
  MAX_LOCAL_LIMIT,
  MORE_NEARBY_STEP,
  nextLocalLimit,
  passesFilters,
  pickShown,
  safetyNet,
  type Candidate,
  type CandidateArea,
  type MatchQuery,
} from "~/lib/matching/match";

// Leeds, England, and places around it.
const LEEDS = { lat: 53.8, lng: -1.55 };
const BRADFORD = { lat: 53.795, lng: -1.759 }; // ~14 km
const YORK = { lat: 53.96, lng: -1.08 }; // ~35 km
const LONDON = { lat: 51.507, lng: -0.128 }; // ~270 km
const MONDAY_NOON_UTC = new Date("2026-11-23T12:00:00Z");

const q = (over: Partial<MatchQuery> = {}): MatchQuery => ({
  country: "GB",
  subdivisions: ["GB-ENG"],
  point: LEEDS,
  radiusKm: DEFAULT_RADIUS_KM,
  needs: [],
  audience: null,
  language: null,
  freeOnly: false,
  delivery: [],
  openNow: false,
  ...over,
});

const area = (kind: string, over: Partial<CandidateArea> = {}): CandidateArea => ({
  kind,
  country: null,
  subdivision: null,
  centerLat: null,
  centerLng: null,
  radiusKm: null,
  extent: null,
  ...over,
});

let n = 0;
const svc = (over: Partial<Candidate> = {}): Candidate => {
  n += 1;
  return {
    id: over.slug ?? `s${n}`,
    slug: over.slug ?? `s${n}`,
    name: over.name ?? over.slug ?? `Service ${n}`,
    needs: ["counselling"],
    audiences: ["adult-survivor"],
    delivery: ["phone"],
    languages: ["en"],
    free: true,
    open247: false,
    hasCrisisLine: false,
    areas: [area("country", { country: "GB" })],
    points: [],
    schedules: [],
    ...over,
  };
};

describe("coverage", () => {
  test("a global service covers everywhere as international", () => {
    expect(coverageOf(svc({ areas: [area("global")] }), q())?.coverage).toBe("international");
  });

  test("a national service covers its own country and no other", () => {
    expect(coverageOf(svc(), q())?.coverage).toBe("country");
    expect(coverageOf(svc(), q({ country: "IE", subdivisions: [] }))).toBeNull();
  });

  test("a regional service covers its region and not a neighbouring one", () => {
    const s = svc({ areas: [area("subdivision", { country: "GB", subdivision: "GB-ENG" })] });
    expect(coverageOf(s, q())?.coverage).toBe("subdivision");
    expect(coverageOf(s, q({ subdivisions: ["GB-SCT"] }))).toBeNull();
  });

  test("a regional service covers a place inside a child subdivision", () => {
    const s = svc({ areas: [area("subdivision", { country: "FR", subdivision: "FR-IDF" })] });
    expect(coverageOf(s, q({ country: "FR", subdivisions: ["FR-75C", "FR-IDF"], point: null }))?.coverage).toBe(
      "subdivision",
    );
  });

  test("a radius area covers points inside it, with the distance to its centre", () => {
    const s = svc({ areas: [area("radius", { centerLat: BRADFORD.lat, centerLng: BRADFORD.lng, radiusKm: 20 })] });
    const hit = coverageOf(s, q());
    expect(hit?.coverage).toBe("local");
    expect(hit?.distanceKm).toBeGreaterThan(13);
    expect(hit?.distanceKm).toBeLessThan(15);
    expect(coverageOf(s, q({ point: LONDON }))).toBeNull();
  });

  test("a locality in the chosen region is local even without a point", () => {
    const s = svc({
      areas: [
        area("locality", { country: "GB", subdivision: "GB-ENG", centerLat: 53.8, centerLng: -1.55, radiusKm: 10 }),
      ],
    });
    expect(coverageOf(s, q({ point: null }))).toEqual({ coverage: "local", distanceKm: null });
  });

  test("a polygon covers points inside it and not outside or in a hole", () => {
    const square = (x0: number, y0: number, x1: number, y1: number) => [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ];
    const extent = JSON.stringify({
      type: "Polygon",
      coordinates: [square(-2, 53, -1, 54), square(-1.6, 53.75, -1.5, 53.85)],
    });
    const s = svc({ areas: [area("polygon", { extent })] });
    expect(coverageOf(s, q({ point: { lat: 53.5, lng: -1.2 } }))?.coverage).toBe("local");
    expect(coverageOf(s, q({ point: LEEDS }))).toBeNull(); // in the hole
    expect(coverageOf(s, q({ point: LONDON }))).toBeNull();
  });

  test("a broken polygon never throws and never matches", () => {
    expect(coverageOf(svc({ areas: [area("polygon", { extent: "{not json" })] }), q())).toBeNull();
  });

  test("a national service with an office within the radius becomes local, with the distance to the office", () => {
    const hit = coverageOf(svc({ points: [YORK] }), q());
    expect(hit?.coverage).toBe("local");
    expect(hit?.distanceKm).toBeGreaterThan(30);
    expect(hit?.distanceKm).toBeLessThan(40);
  });

  test("an office beyond the radius leaves a national service national", () => {
    expect(coverageOf(svc({ points: [LONDON] }), q())?.coverage).toBe("country");
    expect(coverageOf(svc({ points: [YORK] }), q({ radiusKm: 20 }))?.coverage).toBe("country");
  });

  test("an office does not make a service serve a place its areas do not cover", () => {
    expect(coverageOf(svc({ areas: [area("country", { country: "IE" })], points: [LEEDS] }), q())).toBeNull();
  });
});

describe("filters", () => {
  test("needs keep services that meet any of them", () => {
    expect(
      passesFilters(svc({ needs: ["counselling"] }), q({ needs: ["counselling", "legal-help"] }), MONDAY_NOON_UTC),
    ).toBe(true);
    expect(passesFilters(svc({ needs: ["counselling"] }), q({ needs: ["compensation"] }), MONDAY_NOON_UTC)).toBe(false);
  });

  test("an audience keeps services for that audience only", () => {
    expect(passesFilters(svc({ audiences: ["child", "teen"] }), q({ audience: "teen" }), MONDAY_NOON_UTC)).toBe(true);
    expect(passesFilters(svc({ audiences: ["child", "teen"] }), q({ audience: "caregiver" }), MONDAY_NOON_UTC)).toBe(
      false,
    );
  });

  test("a language matches its regional variants", () => {
    expect(passesFilters(svc({ languages: ["fr-CA"] }), q({ language: "fr" }), MONDAY_NOON_UTC)).toBe(true);
    expect(passesFilters(svc({ languages: ["en"] }), q({ language: "fr" }), MONDAY_NOON_UTC)).toBe(false);
  });

  test("free only drops services that charge or do not say", () => {
    expect(passesFilters(svc({ free: true }), q({ freeOnly: true }), MONDAY_NOON_UTC)).toBe(true);
    expect(passesFilters(svc({ free: false }), q({ freeOnly: true }), MONDAY_NOON_UTC)).toBe(false);
    expect(passesFilters(svc({ free: null }), q({ freeOnly: true }), MONDAY_NOON_UTC)).toBe(false);
  });

  test("delivery keeps services reachable in any of the chosen ways", () => {
    expect(
      passesFilters(svc({ delivery: ["chat", "phone"] }), q({ delivery: ["text", "chat"] }), MONDAY_NOON_UTC),
    ).toBe(true);
    expect(passesFilters(svc({ delivery: ["in-person"] }), q({ delivery: ["text"] }), MONDAY_NOON_UTC)).toBe(false);
  });

  test("open now keeps 24/7 services and those open in their own time zone", () => {
    const london9to5 = [{ timezone: "Europe/London", byDay: "MO,TU,WE,TH,FR", opensAt: "09:00", closesAt: "17:00" }];
    const sydney9to5 = [{ timezone: "Australia/Sydney", byDay: "MO,TU,WE,TH,FR", opensAt: "09:00", closesAt: "17:00" }];
    expect(passesFilters(svc({ open247: true }), q({ openNow: true }), MONDAY_NOON_UTC)).toBe(true);
    expect(passesFilters(svc({ schedules: london9to5 }), q({ openNow: true }), MONDAY_NOON_UTC)).toBe(true);
    // Noon UTC is 11pm in Sydney.
    expect(passesFilters(svc({ schedules: sydney9to5 }), q({ openNow: true }), MONDAY_NOON_UTC)).toBe(false);
  });

  test("open now drops services whose hours we do not know", () => {
    expect(passesFilters(svc({ schedules: [] }), q({ openNow: true }), MONDAY_NOON_UTC)).toBe(false);
  });
});

describe("ranking", () => {
  test("orders local by distance, then regional, national and international", () => {
    const results = matchCandidates(
      [
        svc({ slug: "world", areas: [area("global")] }),
        svc({ slug: "national" }),
        svc({ slug: "far-local", points: [YORK] }),
        svc({ slug: "near-local", points: [BRADFORD] }),
        svc({ slug: "regional", areas: [area("subdivision", { subdivision: "GB-ENG" })] }),
      ],
      q(),
      MONDAY_NOON_UTC,
    );
    expect(results.map((r) => r.id)).toEqual(["near-local", "far-local", "regional", "national", "world"]);
  });

  test("ranks 24/7 crisis lines above office-hours services in the same region", () => {
    const results = matchCandidates(
      [
        svc({ slug: "office", name: "A office" }),
        svc({ slug: "crisis", name: "Z crisis", hasCrisisLine: true, open247: true }),
      ],
      q(),
      MONDAY_NOON_UTC,
    );
    expect(results.map((r) => r.id)).toEqual(["crisis", "office"]);
  });

  test("ranks a service meeting more of the asked-for needs higher", () => {
    const results = matchCandidates(
      [
        svc({ slug: "one", name: "A", needs: ["counselling"] }),
        svc({ slug: "two", name: "B", needs: ["counselling", "legal-help"] }),
      ],
      q({ needs: ["counselling", "legal-help"] }),
      MONDAY_NOON_UTC,
    );
    expect(results.map((r) => r.id)).toEqual(["two", "one"]);
  });

  test("ranks a service meant for exactly the asking audience above a general one", () => {
    const general = svc({ slug: "general", name: "A", audiences: ["child", "teen", "adult-survivor", "caregiver"] });
    const specific = svc({ slug: "specific", name: "B", audiences: ["caregiver"] });
    expect(fitScore(specific, q({ audience: "caregiver" }), MONDAY_NOON_UTC)).toBeGreaterThan(
      fitScore(general, q({ audience: "caregiver" }), MONDAY_NOON_UTC),
    );
  });

  test("gives the same order whatever order the candidates arrive in", () => {
    const input = [
      svc({ slug: "b", name: "Same" }),
      svc({ slug: "a", name: "Same" }),
      svc({ slug: "c", name: "Alpha" }),
    ];
    const forwards = matchCandidates(input, q(), MONDAY_NOON_UTC).map((r) => r.id);
    const backwards = matchCandidates([...input].reverse(), q(), MONDAY_NOON_UTC).map((r) => r.id);
    expect(forwards).toEqual(["c", "a", "b"]);
    expect(backwards).toEqual(forwards);
  });

  test("reports open now in each service's own time zone", () => {
    const [r] = matchCandidates(
      [svc({ schedules: [{ timezone: "America/Los_Angeles", byDay: "MO", opensAt: "03:00", closesAt: "05:00" }] })],
      q(),
      MONDAY_NOON_UTC,
    );
    expect(r?.openNow).toBe(true); // 04:00 in Los Angeles
  });

  test("returns nothing, not an error, for an empty directory", () => {
    expect(matchCandidates([], q(), MONDAY_NOON_UTC)).toEqual([]);
  });
});

describe("what a page shows", () => {
  const locals = Array.from({ length: 30 }, (_, i) =>
    svc({ slug: `local-${String(i).padStart(2, "0")}`, points: [{ lat: LEEDS.lat + i * 0.01, lng: LEEDS.lng }] }),
  );
  const broader = [
    svc({ slug: "regional", areas: [area("subdivision", { subdivision: "GB-ENG" })] }),
    svc({ slug: "national" }),
    svc({ slug: "world", areas: [area("global")] }),
  ];
  const matched = matchCandidates([...broader, ...locals], q(), MONDAY_NOON_UTC);

  test("shows the nearest local services up to the local limit, then every broader one", () => {
    const { shown, moreNearby } = pickShown(matched, 5, 100);
    expect(shown.map((m) => m.id)).toEqual([
      "local-00",
      "local-01",
      "local-02",
      "local-03",
      "local-04",
      "regional",
      "national",
      "world",
    ]);
    expect(moreNearby).toBe(true);
  });

  test("keeps the national helplines on the page however many local services a city has", () => {
    const { shown } = pickShown(matched, 20, 25);
    expect(shown.filter((m) => m.coverage === "local")).toHaveLength(20);
    expect(shown.slice(-3).map((m) => m.id)).toEqual(["regional", "national", "world"]);
  });

  test("says there are no more nearby when every local match is shown", () => {
    expect(pickShown(matched, 30, 100).moreNearby).toBe(false);
    expect(pickShown(matched, 29, 100).moreNearby).toBe(true);
  });

  test("never shows more than the overall limit", () => {
    expect(pickShown(matched, 20, 10).shown).toHaveLength(10);
  });

  test("shows the broader services alone when nothing is local", () => {
    const { shown, moreNearby } = pickShown(matchCandidates(broader, q(), MONDAY_NOON_UTC), 20, 100);
    expect(shown.map((m) => m.id)).toEqual(["regional", "national", "world"]);
    expect(moreNearby).toBe(false);
  });

  test("asks for one more step of local services each time, up to the most a search may ask for", () => {
    expect(nextLocalLimit(20)).toBe(20 + MORE_NEARBY_STEP);
    expect(nextLocalLimit(MAX_LOCAL_LIMIT - 5)).toBe(MAX_LOCAL_LIMIT);
    expect(nextLocalLimit(MAX_LOCAL_LIMIT)).toBeNull();
  });
});

describe("the safety net", () => {
  const helpline = svc({
    slug: "helpline",
    needs: ["talk-now"],
    hasCrisisLine: true,
    open247: true,
    languages: ["en"],
  });
  const world = svc({ slug: "world-line", needs: ["talk-now"], areas: [area("global")], languages: ["en"] });
  const legal = svc({ slug: "legal", needs: ["legal-help"], languages: ["en"] });

  test("offers national and international helplines when the filters leave too little", () => {
    const query = q({ needs: ["legal-help"], language: "pl" });
    const matched = matchCandidates([helpline, world, legal], query, MONDAY_NOON_UTC);
    expect(matched).toEqual([]);
    expect(safetyNet([helpline, world, legal], query, matched, MONDAY_NOON_UTC).map((m) => m.id)).toEqual([
      "helpline",
      "world-line",
    ]);
  });

  test("adds nothing when there are enough results", () => {
    const many = [1, 2, 3].map(() => svc({ needs: ["talk-now"] }));
    const matched = matchCandidates([...many, helpline], q(), MONDAY_NOON_UTC);
    expect(safetyNet([...many, helpline], q(), matched, MONDAY_NOON_UTC)).toEqual([]);
  });

  test("never repeats a service that is already a result", () => {
    const query = q({ needs: ["talk-now"] });
    const matched = matchCandidates([helpline], query, MONDAY_NOON_UTC);
    expect(safetyNet([helpline, world], query, matched, MONDAY_NOON_UTC).map((m) => m.id)).toEqual(["world-line"]);
  });
});
