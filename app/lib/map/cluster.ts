/**
 * Grid clustering of map markers in screen space: markers whose projected
 * positions fall in the same cell at the current zoom become one cluster.
 * Pure and deterministic (cells and members in input order), so the same
 * results always cluster the same way; far smaller than a clustering
 * library, which matters for the map's byte budget.
 */
export type Projected<T> = { item: T; x: number; y: number };

export type Cluster<T> = { items: T[]; x: number; y: number };

export function gridCluster<T>(points: readonly Projected<T>[], cellPx: number): Cluster<T>[] {
  const cells = new Map<string, { items: T[]; sx: number; sy: number }>();
  for (const p of points) {
    const key = `${Math.floor(p.x / cellPx)}:${Math.floor(p.y / cellPx)}`;
    const cell = cells.get(key) ?? { items: [], sx: 0, sy: 0 };
    cell.items.push(p.item);
    cell.sx += p.x;
    cell.sy += p.y;
    cells.set(key, cell);
  }
  return [...cells.values()].map((c) => ({ items: c.items, x: c.sx / c.items.length, y: c.sy / c.items.length }));
}
