import { describe, expect, test } from "vitest";

import { haversineKm } from "~/lib/geo/distance";

describe("haversineKm", () => {
  test("London to Paris is about 344 km", () => {
    expect(haversineKm({ lat: 51.5074, lng: -0.1278 }, { lat: 48.8566, lng: 2.3522 })).toBeCloseTo(343.6, 0);
  });

  test("is zero for the same point and symmetric", () => {
    const a = { lat: -33.87, lng: 151.21 };
    const b = { lat: -37.81, lng: 144.96 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBeCloseTo(haversineKm(b, a), 9);
  });

  test("works across the antimeridian", () => {
    expect(haversineKm({ lat: 0, lng: 179.5 }, { lat: 0, lng: -179.5 })).toBeCloseTo(111.2, 0);
  });
});
