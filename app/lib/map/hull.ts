/**
 * Convex hull (Andrew's monotone chain) of [lng, lat] points, as a closed
 * GeoJSON ring. Used to draw the approximate extent of a region from the
 * gazetteer's towns when no boundary file exists for it.
 */
export function convexHull(points: readonly [number, number][]): [number, number][] {
  const sorted = [...new Map(points.map((p) => [`${p[0]},${p[1]}`, p])).values()].sort(
    (a, b) => a[0] - b[0] || a[1] - b[1],
  );
  if (sorted.length < 3) return [];
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: [number, number][]) => {
    const out: [number, number][] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  const ring = [...half(sorted), ...half([...sorted].reverse())];
  if (ring.length < 3) return [];
  return [...ring, ring[0]!];
}
