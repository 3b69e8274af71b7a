import { describe, expect, test } from "vitest";

import { minPopulationAt, relabel, type Topology } from "~/lib/map/basemap";
import { gridCluster } from "~/lib/map/cluster";
import { convexHull } from "~/lib/map/hull";
import { declutter } from "~/lib/map/labels";

describe("convexHull", () => {
  test("returns the closed outer ring of a set of points, dropping inner ones", () => {
    const ring = convexHull([
      [0, 0],
      [2, 0],
      [1, 1],
      [2, 2],
      [0, 2],
      [1, 0.5],
    ]);
    expect(ring).toEqual([
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ]);
  });

  test("gives no ring for fewer than three distinct points or points on one line", () => {
    expect(convexHull([[1, 1]])).toEqual([]);
    expect(
      convexHull([
        [1, 1],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual([]);
    expect(
      convexHull([
        [0, 0],
        [1, 1],
        [2, 2],
      ]),
    ).toEqual([]);
  });
});

describe("gridCluster", () => {
  const p = (item: string, x: number, y: number) => ({ item, x, y });

  test("groups markers that fall in the same cell and places the cluster at their centre", () => {
    expect(gridCluster([p("a", 10, 10), p("b", 30, 20), p("c", 100, 10)], 50)).toEqual([
      { items: ["a", "b"], x: 20, y: 15 },
      { items: ["c"], x: 100, y: 10 },
    ]);
  });

  test("keeps every marker apart when cells are small", () => {
    expect(gridCluster([p("a", 10, 10), p("b", 30, 20)], 5).map((c) => c.items)).toEqual([["a"], ["b"]]);
  });

  test("is deterministic: the same input gives the same clusters in the same order", () => {
    const points = [p("a", 1, 1), p("b", 200, 200), p("c", 2, 2)];
    expect(gridCluster(points, 40)).toEqual(gridCluster(points, 40));
  });
});

describe("relabel", () => {
  const topology: Topology = {
    type: "Topology",
    arcs: [[[0, 0]]],
    objects: {
      countries: {
        type: "GeometryCollection",
        geometries: [
          { type: "Polygon", id: "250", properties: { name: "France" }, arcs: [[0]] },
          { type: "Polygon", properties: { name: "Kosovo" }, arcs: [[0]] },
        ],
      },
      land: { type: "GeometryCollection", geometries: [] },
    },
  };

  test("replaces each shape's id with its ISO code and keeps only the chosen layer", () => {
    const out = relabel(topology, "countries", (g) => (g.id === "250" ? "FR" : null));
    expect(Object.keys(out.objects)).toEqual(["countries"]);
    expect(out.objects.countries!.geometries.map((g) => [g.id, g.properties?.name])).toEqual([
      ["FR", "France"],
      [undefined, "Kosovo"],
    ]);
  });

  test("refuses a layer the topology does not have", () => {
    expect(() => relabel(topology, "rivers", () => null)).toThrow(/no object "rivers"/);
  });
});

describe("minPopulationAt", () => {
  test("labels fewer, bigger places the further out the map is", () => {
    const zooms = [2, 5, 7, 9, 12].map(minPopulationAt);
    expect([...zooms].sort((a, b) => b - a)).toEqual(zooms);
    expect(minPopulationAt(12)).toBe(1_000);
  });
});

describe("declutter", () => {
  test("keeps the first (biggest) of two overlapping labels and every label that has room", () => {
    const kept = declutter([
      { x: 0, y: 20, text: "Melbourne" },
      { x: 10, y: 22, text: "Carlton" },
      { x: 200, y: 20, text: "Geelong" },
    ]);
    expect(kept.map((l) => l.text)).toEqual(["Melbourne", "Geelong"]);
  });

  test("keeps labels stacked far enough apart vertically", () => {
    const kept = declutter([
      { x: 0, y: 20, text: "Alpha" },
      { x: 0, y: 60, text: "Beta" },
    ]);
    expect(kept).toHaveLength(2);
  });
});
