import { createRequire } from "node:module";

import { iso31661, iso31662 } from "iso-3166";

import { minPopulationAt, relabel, type Topology } from "~/lib/map/basemap";
import { convexHull } from "~/lib/map/hull";
import { getPrisma } from "~/utils/db.server";

const require = createRequire(import.meta.url);

export const BASEMAP_LAYERS = ["world-110m", "world-50m", "us-states"] as const;
export type BasemapLayer = (typeof BASEMAP_LAYERS)[number];

const alpha2ByNumeric = new Map(iso31661.map((c) => [c.numeric, c.alpha2]));
const usStateByName = new Map(iso31662.filter((s) => s.parent === "US").map((s) => [s.name, s.code]));

const cache = new Map<BasemapLayer, string>();

/**
 * One basemap layer as TopoJSON text, built once per process from the
 * Natural Earth packages and labelled with ISO codes. Public reference data:
 * the same bytes for every visitor, so it may be cached.
 */
export function basemapLayer(layer: BasemapLayer): string {
  const hit = cache.get(layer);
  if (hit) return hit;
  const topology =
    layer === "us-states"
      ? relabel(
          require("us-atlas/states-10m.json") as Topology,
          "states",
          (g) => usStateByName.get(g.properties?.name ?? "") ?? null,
        )
      : relabel(
          require(`world-atlas/countries-${layer === "world-110m" ? "110m" : "50m"}.json`) as Topology,
          "countries",
          (g) => alpha2ByNumeric.get(String(g.id ?? "")) ?? null,
        );
  const text = JSON.stringify(topology);
  cache.set(layer, text);
  return text;
}

export type Bbox = { west: number; south: number; east: number; north: number };

/** Place labels for the visible part of the map: the biggest places first. */
export async function placeLabels(bbox: Bbox, zoom: number, limit = 80) {
  const rows = await getPrisma().place.findMany({
    where: {
      latitude: { gte: bbox.south, lte: bbox.north },
      longitude: { gte: bbox.west, lte: bbox.east },
      population: { gte: minPopulationAt(zoom) },
    },
    select: { name: true, latitude: true, longitude: true, population: true },
    orderBy: { population: "desc" },
    take: limit,
  });
  return rows.map((r) => ({ name: r.name, lat: r.latitude, lng: r.longitude }));
}

/**
 * The approximate extent of a state or province: the convex hull of the
 * gazetteer's towns in it. Only an outline to orient by, and labelled so.
 */
export async function approximateArea(subdivision: string): Promise<[number, number][] | null> {
  const rows = await getPrisma().place.findMany({
    where: { subdivision },
    select: { latitude: true, longitude: true },
  });
  const ring = convexHull(rows.map((r) => [r.longitude, r.latitude]));
  return ring.length ? ring : null;
}
