import { describe, expect, test } from "vitest";

import { loader as areaLoader } from "~/routes/map.area.$code";
import { loader as basemapLoader } from "~/routes/map.basemap.$layer";
import { loader as placesLoader } from "~/routes/map.places";

const ctx = { cspNonce: "" };

describe("basemap layers", () => {
  test("serve world outlines labelled with ISO codes, cacheable because they are the same for everyone", async () => {
    const response = basemapLoader({
      request: new Request("http://x/map/basemap/world-110m"),
      params: { layer: "world-110m" },
      context: ctx,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=86400");
    const topology = (await response.json()) as { objects: { countries: { geometries: { id?: string }[] } } };
    const ids = topology.objects.countries.geometries.map((g) => g.id);
    expect(ids).toEqual(expect.arrayContaining(["FR", "AU", "US", "GB"]));
  });

  test("serve US states labelled US-XX", async () => {
    const response = basemapLoader({ request: new Request("http://x/"), params: { layer: "us-states" }, context: ctx });
    const topology = (await response.json()) as { objects: { states: { geometries: { id?: string }[] } } };
    expect(topology.objects.states.geometries.map((g) => g.id)).toEqual(
      expect.arrayContaining(["US-TX", "US-NC", "US-DC"]),
    );
  });

  test("answer 404 for a layer that does not exist", () => {
    expect(
      basemapLoader({ request: new Request("http://x/"), params: { layer: "../etc/passwd" }, context: ctx }).status,
    ).toBe(404);
  });
});

describe("place labels", () => {
  const places = async (query: string) =>
    (await placesLoader({
      request: new Request(`http://x/map/places?${query}`),
      params: {},
      context: ctx,
    })) as Response;

  test("name the biggest places in view first", async () => {
    const response = await places("west=144&south=-38.5&east=146&north=-37&zoom=8");
    expect(response.status).toBe(200);
    const body = (await response.json()) as { places: { name: string }[] };
    expect(body.places[0]?.name).toBe("Melbourne");
    expect(body.places.length).toBeLessThanOrEqual(80);
  });

  test("refuse a box that is not west-south-east-north, with a clear message", async () => {
    const response = await places("west=146&south=-38&east=144&north=-37&zoom=8");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/west of east/);
    expect((await places("west=abc&zoom=99")).status).toBe(400);
  });
});

describe("approximate region outlines", () => {
  test("draw a closed ring around a state's towns", async () => {
    const response = (await areaLoader({
      request: new Request("http://x/"),
      params: { code: "au-vic" },
      context: ctx,
    })) as Response;
    expect(response.status).toBe(200);
    const { coordinates } = (await response.json()) as { coordinates: [number, number][][] };
    const ring = coordinates[0]!;
    expect(ring.length).toBeGreaterThan(3);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    // Melbourne lies inside Victoria's outline box.
    const lngs = ring.map((p) => p[0]);
    const lats = ring.map((p) => p[1]);
    expect(Math.min(...lngs) < 144.96 && Math.max(...lngs) > 144.96).toBe(true);
    expect(Math.min(...lats) < -37.81 && Math.max(...lats) > -37.81).toBe(true);
  });

  test("answer 404 for a code that is not a region", async () => {
    const response = (await areaLoader({
      request: new Request("http://x/"),
      params: { code: "nowhere" },
      context: ctx,
    })) as Response;
    expect(response.status).toBe(404);
  });
});
