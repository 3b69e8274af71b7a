import { describe, expect, test } from "vitest";

import { toPublicLocation, type StoredLocation } from "~/lib/directory/public-location";

const stored = (addressVisibility: string): StoredLocation => ({
  slug: "loc",
  name: "Safe house",
  addressVisibility,
  latitude: 53.801,
  longitude: -1.549,
  addresses: [
    {
      address1: "1 Secret Street",
      address2: "Flat 2",
      city: "Leeds",
      region: null,
      postalCode: "LS1 1AA",
      country: "GB",
    },
  ],
});

describe("toPublicLocation", () => {
  test("shows a public address in full, with its point", () => {
    const loc = toPublicLocation(stored("public"));
    expect(loc.address).toEqual({
      lines: ["1 Secret Street", "Flat 2"],
      city: "Leeds",
      postalCode: "LS1 1AA",
      country: "GB",
    });
    expect(loc.point).toEqual({ lat: 53.801, lng: -1.549 });
  });

  test("shows only the city of a city-only address, and no point", () => {
    const loc = toPublicLocation(stored("city"));
    expect(loc).toEqual({
      slug: "loc",
      name: "Safe house",
      visibility: "city",
      address: { lines: [], city: "Leeds", postalCode: null, country: "GB" },
      point: null,
    });
  });

  test("shows nothing but the country of a hidden address", () => {
    const loc = toPublicLocation(stored("hidden"));
    expect(JSON.stringify(loc)).not.toMatch(/Secret|Leeds|LS1|53\.8|Safe house/);
    expect(loc.address?.country).toBe("GB");
  });

  test("treats an unknown visibility as hidden", () => {
    expect(toPublicLocation(stored("semi-public")).visibility).toBe("hidden");
  });
});
