import { describe, expect, test } from "vitest";

import { areaCoverage, matchByRegion, serviceCoverage, type RegionQuery } from "~/lib/matching/region";

const england: RegionQuery = { country: "GB", subdivisions: ["GB-ENG"] };
const ukOnly: RegionQuery = { country: "GB", subdivisions: [] };

const area = (kind: string, country: string | null = null, subdivision: string | null = null) => ({
  kind,
  country,
  subdivision,
});

describe("areaCoverage", () => {
  test("a global area covers every region as international", () => {
    expect(areaCoverage(area("global"), england)).toBe("international");
  });

  test("a country area covers its own country only", () => {
    expect(areaCoverage(area("country", "GB"), england)).toBe("country");
    expect(areaCoverage(area("country", "IE"), england)).toBeNull();
  });

  test("a subdivision area covers the chosen subdivision or its parents", () => {
    expect(areaCoverage(area("subdivision", "GB", "GB-ENG"), england)).toBe("subdivision");
    expect(
      areaCoverage(area("subdivision", "FR", "FR-IDF"), { country: "FR", subdivisions: ["FR-75C", "FR-IDF"] }),
    ).toBe("subdivision");
  });

  test("a subdivision area does not cover a neighbouring subdivision", () => {
    expect(areaCoverage(area("subdivision", "GB", "GB-SCT"), england)).toBeNull();
  });

  test("a subdivision area does not match when only the country was chosen", () => {
    expect(areaCoverage(area("subdivision", "GB", "GB-ENG"), ukOnly)).toBeNull();
  });

  test("a locality inside the chosen subdivision is local", () => {
    expect(areaCoverage(area("locality", "GB", "GB-ENG"), england)).toBe("local");
  });

  test("radius and polygon areas cannot match a region without a point", () => {
    expect(areaCoverage(area("radius"), england)).toBeNull();
    expect(areaCoverage(area("polygon"), england)).toBeNull();
  });
});

describe("serviceCoverage", () => {
  test("takes the most local of a service's areas", () => {
    expect(serviceCoverage([area("global"), area("country", "GB"), area("subdivision", "GB", "GB-ENG")], england)).toBe(
      "subdivision",
    );
  });

  test("is null when no area covers the region", () => {
    expect(serviceCoverage([area("country", "US"), area("subdivision", "US", "US-CA")], england)).toBeNull();
  });
});

describe("matchByRegion", () => {
  const svc = (
    slug: string,
    areas: ReturnType<typeof area>[],
    extra: Partial<{ hasCrisisLine: boolean; open247: boolean; name: string }> = {},
  ) => ({
    slug,
    name: extra.name ?? slug,
    areas,
    hasCrisisLine: extra.hasCrisisLine ?? false,
    open247: extra.open247 ?? false,
  });

  test("drops services that do not serve the region", () => {
    const result = matchByRegion(
      [svc("us-only", [area("country", "US")]), svc("uk", [area("country", "GB")])],
      england,
    );
    expect(result.map((s) => s.slug)).toEqual(["uk"]);
  });

  test("orders local, then regional, then national, then international", () => {
    const result = matchByRegion(
      [
        svc("world", [area("global")]),
        svc("national", [area("country", "GB")]),
        svc("local", [area("locality", "GB", "GB-ENG")]),
        svc("regional", [area("subdivision", "GB", "GB-ENG")]),
      ],
      england,
    );
    expect(result.map((s) => [s.slug, s.coverage])).toEqual([
      ["local", "local"],
      ["regional", "subdivision"],
      ["national", "country"],
      ["world", "international"],
    ]);
  });

  test("ranks 24/7 crisis lines above other services at the same level", () => {
    const result = matchByRegion(
      [
        svc("a-office-hours", [area("country", "GB")]),
        svc("b-crisis-daytime", [area("country", "GB")], { hasCrisisLine: true }),
        svc("c-crisis-247", [area("country", "GB")], { hasCrisisLine: true, open247: true }),
      ],
      england,
    );
    expect(result.map((s) => s.slug)).toEqual(["c-crisis-247", "b-crisis-daytime", "a-office-hours"]);
  });

  test("gives the same order whatever order the services arrive in", () => {
    const input = [
      svc("b", [area("country", "GB")], { name: "Same" }),
      svc("a", [area("country", "GB")], { name: "Same" }),
      svc("c", [area("global")], { name: "Alpha" }),
    ];
    const forwards = matchByRegion(input, england).map((s) => s.slug);
    const backwards = matchByRegion([...input].reverse(), england).map((s) => s.slug);
    expect(forwards).toEqual(["a", "b", "c"]);
    expect(backwards).toEqual(forwards);
  });

  test("returns nothing, not an error, for an empty directory", () => {
    expect(matchByRegion([], england)).toEqual([]);
  });
});
