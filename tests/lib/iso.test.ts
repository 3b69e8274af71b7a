import { describe, expect, test } from "vitest";

import {
  allCountries,
  countryName,
  countryOfSubdivision,
  isCountryCode,
  isSubdivisionCode,
  subdivisionAncestors,
  topLevelSubdivisions,
} from "~/lib/geo/iso";

describe("ISO 3166 lookups", () => {
  test("knows assigned country codes and rejects others", () => {
    expect(isCountryCode("GB")).toBe(true);
    expect(isCountryCode("UK")).toBe(false);
    expect(isCountryCode("gb")).toBe(false);
  });

  test("knows subdivision codes, including the UK nations", () => {
    for (const code of ["GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS", "US-CA", "AU-NSW", "CA-QC"]) {
      expect(isSubdivisionCode(code), code).toBe(true);
    }
    expect(isSubdivisionCode("GB-XYZ")).toBe(false);
  });

  test("gives everyday English country names", () => {
    expect(countryName("GB")).toBe("United Kingdom");
    expect(countryName("ZZ")).toBeUndefined();
  });

  test("finds the country and the parents of a subdivision", () => {
    expect(countryOfSubdivision("FR-75C")).toBe("FR");
    expect(subdivisionAncestors("FR-75C")).toEqual(["FR-IDF"]);
    expect(subdivisionAncestors("US-CA")).toEqual([]);
  });

  test("lists a country's top-level subdivisions by name", () => {
    const au = topLevelSubdivisions("AU").map((s) => s.code);
    expect(au).toHaveLength(8);
    expect(au).toContain("AU-NSW");
  });

  test("lists every assigned country once, sorted by name", () => {
    const countries = allCountries();
    expect(countries.length).toBeGreaterThan(240);
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    const names = countries.map((c) => c.name);
    expect([...names].sort((a, b) => a.localeCompare(b, "en"))).toEqual(names);
  });
});
