import { describe, expect, test } from "vitest";

import { nearestPlace, placeById, resolvePlace, type PlaceResolution, type ResolvedPlace } from "~/models/place.server";

/**
 * Place resolution against the real gazetteer, imported into the test
 * database by tests/setup/global-database.ts.
 */

/** The place a resolution settles on or offers first. */
function first(r: PlaceResolution): ResolvedPlace | undefined {
  if (r.kind === "found") return r.place;
  if (r.kind === "ambiguous") return r.options[0];
  return undefined;
}

describe("resolvePlace by name", () => {
  test("Portland is ambiguous between Oregon and Maine, the larger first", async () => {
    const r = await resolvePlace("Portland");
    expect(r.kind).toBe("ambiguous");
    if (r.kind !== "ambiguous") return;
    expect(r.options.slice(0, 2).map((o) => o.subdivision)).toEqual(["US-OR", "US-ME"]);
    expect(r.options[0]!.name).toBe("Portland, Oregon, United States");
    expect(r.options.length).toBeLessThanOrEqual(10);
    expect(new Set(r.options.map((o) => o.id)).size).toBe(r.options.length);
  });

  test("Portland, Maine resolves to Maine", async () => {
    const r = await resolvePlace("Portland, Maine");
    expect(r.kind).toBe("found");
    expect(first(r)).toMatchObject({ country: "US", subdivision: "US-ME" });
  });

  test("a state code without a comma also qualifies the name", async () => {
    expect(first(await resolvePlace("Portland ME"))?.subdivision).toBe("US-ME");
    expect(first(await resolvePlace("portland or"))?.subdivision).toBe("US-OR");
  });

  test("London is ambiguous with London, England first", async () => {
    const r = await resolvePlace("London");
    expect(r.kind).toBe("ambiguous");
    expect(first(r)).toMatchObject({ country: "GB", subdivision: "GB-ENG", name: "London, England, United Kingdom" });
    if (r.kind === "ambiguous") expect(r.options.some((o) => o.subdivision === "CA-ON")).toBe(true);
  });

  test("a country or province after the name picks the right London", async () => {
    expect(first(await resolvePlace("London UK"))?.country).toBe("GB");
    expect(first(await resolvePlace("London, Ontario"))?.subdivision).toBe("CA-ON");
  });

  test("Sydney is in New South Wales", async () => {
    expect(first(await resolvePlace("Sydney"))).toMatchObject({ country: "AU", subdivision: "AU-NSW" });
  });

  test("Toronto is in Ontario", async () => {
    expect(first(await resolvePlace("toronto"))).toMatchObject({ country: "CA", subdivision: "CA-ON" });
  });

  test("Auckland is in the Auckland region", async () => {
    expect(first(await resolvePlace("Auckland"))).toMatchObject({ country: "NZ", subdivision: "NZ-AUK" });
  });

  test("accents and punctuation do not matter", async () => {
    expect(first(await resolvePlace("montreal"))?.subdivision).toBe("CA-QC");
    expect(first(await resolvePlace("St Johns, Newfoundland and Labrador"))?.subdivision).toBe("CA-NL");
  });

  test("an unknown name is not found", async () => {
    expect(await resolvePlace("Qwxyz")).toEqual({ kind: "not-found" });
  });

  test("a 10,000-character string is not found, without throwing", async () => {
    await expect(resolvePlace("a".repeat(10_000))).resolves.toEqual({ kind: "not-found" });
    await expect(resolvePlace("")).resolves.toEqual({ kind: "not-found" });
    await expect(resolvePlace(" ,.;' ")).resolves.toEqual({ kind: "not-found" });
  });
});

describe("resolvePlace by postcode", () => {
  test("ZIP 97201 is Portland, Oregon", async () => {
    const r = await resolvePlace("97201");
    expect(r.kind).toBe("found");
    expect(first(r)).toMatchObject({ id: "postcode:US:97201", country: "US", subdivision: "US-OR" });
    expect(first(r)?.name).toMatch(/^Portland 97201, Oregon/);
  });

  test("a ZIP+4 resolves like its ZIP", async () => {
    expect(first(await resolvePlace("97201-1234"))?.id).toBe("postcode:US:97201");
  });

  test("Australian postcode 2000 is Sydney, New South Wales", async () => {
    const r = await resolvePlace("2000");
    expect(r.kind).toBe("found");
    expect(first(r)).toMatchObject({ country: "AU", subdivision: "AU-NSW" });
    expect(first(r)?.name).toMatch(/^Sydney 2000,/);
  });

  test("a postcode that straddles a border offers each side", async () => {
    const r = await resolvePlace("2620");
    expect(r.kind).toBe("ambiguous");
    if (r.kind === "ambiguous") {
      expect(new Set(r.options.map((o) => o.subdivision))).toEqual(new Set(["AU-NSW", "AU-ACT"]));
    }
  });
});

describe("placeById", () => {
  test("gives back every option a resolution offered", async () => {
    const r = await resolvePlace("Portland");
    if (r.kind !== "ambiguous") throw new Error("expected a choice");
    for (const option of r.options) expect(await placeById(option.id)).toEqual(option);
  });

  test("gives back postcodes, including one side of a split postcode", async () => {
    const zip = first(await resolvePlace("97201"))!;
    expect(await placeById(zip.id)).toEqual(zip);
    const split = await resolvePlace("2620");
    if (split.kind !== "ambiguous") throw new Error("expected a choice");
    for (const option of split.options) expect(await placeById(option.id)).toEqual(option);
  });

  test("returns null for unknown or malformed ids", async () => {
    for (const id of ["place:1", "place:99999999999", "place:abc", "postcode:US:00000", "1'; DROP", "x".repeat(5000)]) {
      expect(await placeById(id), id.slice(0, 20)).toBeNull();
    }
  });
});

describe("nearestPlace", () => {
  test("a point near Leeds is in England", async () => {
    const p = await nearestPlace(53.8, -1.55);
    expect(p).toMatchObject({ country: "GB", subdivision: "GB-ENG" });
  });

  test("a point in the mid-Atlantic has no place", async () => {
    expect(await nearestPlace(35, -40)).toBeNull();
  });

  test("the search wraps around the antimeridian", async () => {
    // Beringovskiy (Chukotka, 179.35° E) is about 38 km from this point at 179.9° W.
    expect((await nearestPlace(63.06, -179.9))?.country).toBe("RU");
  });

  test("impossible coordinates give null", async () => {
    expect(await nearestPlace(Number.NaN, 0)).toBeNull();
    expect(await nearestPlace(91, 0)).toBeNull();
  });
});
