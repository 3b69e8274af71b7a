import type { MapItem } from "~/components/map-types";

type Result = {
  slug: string;
  name: string;
  coverage: string;
  locations: { point: { lat: number; lng: number } | null; address: { city: string | null } | null }[];
  approximate: { lat: number; lng: number; place: string | null } | null;
};

/**
 * The local services the map can show, numbered in list order: a public
 * address becomes a marker; a confidential one only the centre of the place
 * it serves, marked as approximate. Services with neither stay list-only.
 */
export function mapItems(results: readonly Result[]): MapItem[] {
  const items: MapItem[] = [];
  for (const r of results) {
    if (r.coverage !== "local" || items.some((i) => i.slug === r.slug)) continue;
    const pinned = r.locations.find((l) => l.point);
    const rank = items.length + 1;
    if (pinned?.point)
      items.push({
        slug: r.slug,
        name: r.name,
        rank,
        ...pinned.point,
        approximate: false,
        place: pinned.address?.city ?? null,
      });
    else if (r.approximate)
      items.push({
        slug: r.slug,
        name: r.name,
        rank,
        lat: r.approximate.lat,
        lng: r.approximate.lng,
        approximate: true,
        place: r.approximate.place,
      });
  }
  return items;
}
