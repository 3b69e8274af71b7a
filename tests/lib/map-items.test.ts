import { describe, expect, test } from "vitest";

import { mapItems } from "~/lib/map/items";

const result = (slug: string, over: Partial<Parameters<typeof mapItems>[0][number]> = {}) => ({
  slug,
  name: slug.toUpperCase(),
  coverage: "local",
  locations: [],
  approximate: null,
  ...over,
});

describe("mapItems", () => {
  test("shows a local service with a public address as a numbered marker at that address", () => {
    const items = mapItems([
      result("a", { locations: [{ point: { lat: 51.5, lng: -0.1 }, address: { city: "London" } }] }),
    ]);
    expect(items).toEqual([
      { slug: "a", name: "A", rank: 1, lat: 51.5, lng: -0.1, approximate: false, place: "London" },
    ]);
  });

  test("shows a confidential service only at the centre of the place it serves, marked approximate", () => {
    const items = mapItems([
      result("b", {
        locations: [{ point: null, address: { city: "Leeds" } }],
        approximate: { lat: 53.8, lng: -1.55, place: "Leeds" },
      }),
    ]);
    expect(items).toEqual([
      { slug: "b", name: "B", rank: 1, lat: 53.8, lng: -1.55, approximate: true, place: "Leeds" },
    ]);
  });

  test("leaves regional, national and international services and duplicates to the list, numbering in list order", () => {
    const pin = { locations: [{ point: { lat: 1, lng: 1 }, address: null }] };
    const items = mapItems([
      result("national", { ...pin, coverage: "country" }),
      result("first", pin),
      result("first", pin),
      result("nowhere"),
      result("second", pin),
    ]);
    expect(items.map((i) => [i.slug, i.rank])).toEqual([
      ["first", 1],
      ["second", 2],
    ]);
  });
});
