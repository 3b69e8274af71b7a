/** Great-circle distance and point-in-polygon, in plain numbers. */

const EARTH_RADIUS_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

export type LatLng = { lat: number; lng: number };

export function haversineKm(a: LatLng, b: LatLng): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Ring = number[][];

function inRing(point: LatLng, ring: Ring): boolean {
  // Ray casting on [lng, lat] pairs (GeoJSON order).
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > point.lat !== yj! > point.lat && point.lng < ((xj! - xi!) * (point.lat - yi!)) / (yj! - yi!) + xi!) {
      inside = !inside;
    }
  }
  return inside;
}

/** Whether a point lies in a GeoJSON Polygon or MultiPolygon (holes respected). */
export function pointInGeoJson(point: LatLng, geojson: { type: string; coordinates: unknown }): boolean {
  const polygons = (geojson.type === "Polygon" ? [geojson.coordinates] : geojson.coordinates) as Ring[][];
  if (!Array.isArray(polygons)) return false;
  return polygons.some((rings) => {
    const [outer, ...holes] = rings;
    return !!outer && inRing(point, outer) && !holes.some((h) => inRing(point, h));
  });
}
