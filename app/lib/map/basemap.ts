/**
 * Waypoint's own basemap is Natural Earth outlines (world-atlas, us-atlas)
 * served from our origin. These helpers relabel a TopoJSON layer's shapes
 * with ISO codes, so the map can outline a searched country or state by the
 * same code the directory uses.
 */
export type TopoGeometry = { type: string; id?: string | number; properties?: { name?: string }; arcs?: unknown };
export type Topology = {
  type: "Topology";
  arcs: unknown[];
  transform?: unknown;
  bbox?: unknown;
  objects: Record<string, { type: "GeometryCollection"; geometries: TopoGeometry[] }>;
};

/** Keeps one object of a topology, with each shape's id replaced by `codeOf` (shapes without a code keep none). */
export function relabel(topology: Topology, object: string, codeOf: (g: TopoGeometry) => string | null): Topology {
  const layer = topology.objects[object];
  if (!layer) throw new Error(`The topology has no object "${object}"`);
  return {
    type: "Topology",
    arcs: topology.arcs,
    ...(topology.transform ? { transform: topology.transform } : {}),
    objects: {
      [object]: {
        type: "GeometryCollection",
        geometries: layer.geometries.map((g) => {
          const code = codeOf(g);
          return { ...g, ...(code ? { id: code } : { id: undefined }), properties: { name: g.properties?.name ?? "" } };
        }),
      },
    },
  };
}

/** Which places to label at a zoom: big cities when far out, towns close in. */
export function minPopulationAt(zoom: number): number {
  if (zoom < 4) return 2_000_000;
  if (zoom < 6) return 300_000;
  if (zoom < 8) return 50_000;
  if (zoom < 10) return 15_000;
  if (zoom < 12) return 5_000;
  return 1_000;
}
