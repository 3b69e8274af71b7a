import type { Audience, DeliveryMode, Need } from "../directory/taxonomy";
import { haversineKm, pointInGeoJson, type LatLng } from "../geo/distance";
import { openNow, type ScheduleLike } from "../hours";

/**
 * Which services serve a place, filtered by what the person asked for and
 * ranked by fit. Pure and deterministic: no I/O, and `now` is passed in.
 *
 * Order of results: local services (a location within the radius, or an
 * area drawn around the point) by distance; then services for the whole
 * state or province; then national; then international. Within a level,
 * better fit first (see `fitScore`), then name.
 */

export type Coverage = "local" | "subdivision" | "country" | "international";

/** Most local first: a nearby service beats a national one. */
export const COVERAGE_ORDER: readonly Coverage[] = ["local", "subdivision", "country", "international"];

export const DEFAULT_RADIUS_KM = 50;
export const MAX_RADIUS_KM = 500;

export type MatchQuery = {
  country: string;
  /** The resolved subdivision followed by its parents; empty for a whole country. */
  subdivisions: readonly string[];
  point: LatLng | null;
  radiusKm: number;
  needs: readonly Need[];
  audience: Audience | null;
  language: string | null;
  freeOnly: boolean;
  delivery: readonly DeliveryMode[];
  openNow: boolean;
};

export type CandidateArea = {
  kind: string;
  country: string | null;
  subdivision: string | null;
  centerLat: number | null;
  centerLng: number | null;
  radiusKm: number | null;
  extent: string | null;
};

export type Candidate = {
  id: string;
  slug: string;
  name: string;
  needs: readonly Need[];
  audiences: readonly string[];
  delivery: readonly string[];
  languages: readonly string[];
  free: boolean | null;
  open247: boolean;
  hasCrisisLine: boolean;
  areas: readonly CandidateArea[];
  /** Coordinates of the service's public or city-level locations (never hidden ones). */
  points: readonly LatLng[];
  schedules: readonly ScheduleLike[];
};

export type Match = {
  id: string;
  coverage: Coverage;
  distanceKm: number | null;
  openNow: boolean | null;
  score: number;
};

/** How one area covers the query, with the distance to its centre when it is drawn around a point. */
function areaCoverage(area: CandidateArea, q: MatchQuery): { coverage: Coverage; distanceKm: number | null } | null {
  switch (area.kind) {
    case "global":
      return { coverage: "international", distanceKm: null };
    case "country":
      return area.country === q.country ? { coverage: "country", distanceKm: null } : null;
    case "subdivision":
      return area.subdivision && q.subdivisions.includes(area.subdivision)
        ? { coverage: "subdivision", distanceKm: null }
        : null;
    case "locality":
    case "radius": {
      if (area.centerLat === null || area.centerLng === null || area.radiusKm === null) return null;
      if (q.point) {
        const d = haversineKm(q.point, { lat: area.centerLat, lng: area.centerLng });
        return d <= area.radiusKm ? { coverage: "local", distanceKm: d } : null;
      }
      // Without a point, a locality counts when it lies in the chosen region.
      return area.kind === "locality" && area.subdivision && q.subdivisions.includes(area.subdivision)
        ? { coverage: "local", distanceKm: null }
        : null;
    }
    case "polygon": {
      if (!q.point || !area.extent) return null;
      try {
        return pointInGeoJson(q.point, JSON.parse(area.extent)) ? { coverage: "local", distanceKm: null } : null;
      } catch {
        return null;
      }
    }
    default:
      return null;
  }
}

export function passesFilters(c: Candidate, q: MatchQuery, now: Date): boolean {
  if (q.needs.length && !q.needs.some((n) => c.needs.includes(n))) return false;
  if (q.audience && !c.audiences.includes(q.audience)) return false;
  if (q.language) {
    const lang = q.language.toLowerCase();
    if (!c.languages.some((l) => l.toLowerCase() === lang || l.toLowerCase().startsWith(`${lang}-`))) return false;
  }
  if (q.freeOnly && c.free !== true) return false;
  if (q.delivery.length && !q.delivery.some((d) => c.delivery.includes(d))) return false;
  if (q.openNow && openNow(c, now) !== true) return false;
  return true;
}

/**
 * Higher is a better fit: a 24/7 crisis line first, then how many of the
 * asked-for needs it meets, a service meant for exactly this audience,
 * and whether it is open now.
 */
export function fitScore(c: Candidate, q: MatchQuery, now: Date, open = openNow(c, now)): number {
  let score = 0;
  if (c.hasCrisisLine && c.open247) score += 4;
  else if (c.hasCrisisLine) score += 2;
  score += 3 * q.needs.filter((n) => c.needs.includes(n)).length;
  if (q.audience && c.audiences.length <= 2 && c.audiences.includes(q.audience)) score += 2;
  if (open === true) score += 1;
  if (c.free === true) score += 1;
  return score;
}

/** The best coverage of a candidate for the query, or null when it does not serve the place. */
export function coverageOf(c: Candidate, q: MatchQuery): { coverage: Coverage; distanceKm: number | null } | null {
  let best: { coverage: Coverage; distanceKm: number | null } | null = null;
  for (const area of c.areas) {
    const hit = areaCoverage(area, q);
    if (!hit) continue;
    if (!best || COVERAGE_ORDER.indexOf(hit.coverage) < COVERAGE_ORDER.indexOf(best.coverage)) best = hit;
  }
  if (!best) return null;
  // A service whose office is within the radius is local to the person,
  // whatever the size of its area, and its distance is to that office.
  if (q.point && c.points.length) {
    const nearest = Math.min(...c.points.map((p) => haversineKm(q.point!, p)));
    if (nearest <= q.radiusKm) return { coverage: "local", distanceKm: nearest };
    if (best.coverage === "local") return { coverage: "local", distanceKm: nearest };
  }
  return best;
}

export function matchCandidates(candidates: readonly Candidate[], q: MatchQuery, now: Date): Match[] {
  const out: (Match & { name: string; slug: string })[] = [];
  for (const c of candidates) {
    const hit = coverageOf(c, q);
    if (!hit || !passesFilters(c, q, now)) continue;
    const open = openNow(c, now);
    out.push({ id: c.id, name: c.name, slug: c.slug, ...hit, openNow: open, score: fitScore(c, q, now, open) });
  }
  out.sort(
    (a, b) =>
      COVERAGE_ORDER.indexOf(a.coverage) - COVERAGE_ORDER.indexOf(b.coverage) ||
      (a.coverage === "local" ? (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) : 0) ||
      b.score - a.score ||
      a.name.localeCompare(b.name, "en") ||
      a.slug.localeCompare(b.slug, "en"),
  );
  return out.map(({ id, coverage, distanceKm, openNow: open, score }) => ({
    id,
    coverage,
    distanceKm,
    openNow: open,
    score,
  }));
}

/** How many local services a page shows before it offers more nearby. */
export const DEFAULT_LOCAL_LIMIT = 20;
export const MAX_LOCAL_LIMIT = 200;
/** How many more local services each "show more nearby" asks for. */
export const MORE_NEARBY_STEP = 20;

/** The next "show more nearby" step, or null when a search already asks for the most it may. */
export function nextLocalLimit(current: number): number | null {
  return current >= MAX_LOCAL_LIMIT ? null : Math.min(MAX_LOCAL_LIMIT, current + MORE_NEARBY_STEP);
}

/**
 * What a page shows of the ranked matches: the nearest `localLimit` local
 * services, then the regional, national and international ones, at most
 * `limit` in all. Without the cap on local ones, a dense city's hundred
 * nearest offices would push the state's compensation programme and the
 * national helplines off the page (ADR 011).
 */
export function pickShown(
  matched: readonly Match[],
  localLimit: number,
  limit: number,
): { shown: Match[]; moreNearby: boolean } {
  const local = matched.filter((m) => m.coverage === "local");
  const broader = matched.filter((m) => m.coverage !== "local");
  return {
    shown: [...local.slice(0, localLimit), ...broader].slice(0, limit),
    moreNearby: local.length > localLimit,
  };
}

/** How many results before we stop adding helplines as a safety net. */
export const FEW_RESULTS = 3;

/**
 * Nobody is left with nothing: when the filters leave fewer than
 * FEW_RESULTS, national and international crisis and helpline services
 * for the place are offered as well, marked as outside the filters.
 */
export function safetyNet(
  candidates: readonly Candidate[],
  q: MatchQuery,
  matched: readonly Match[],
  now: Date,
): Match[] {
  if (matched.length >= FEW_RESULTS) return [];
  const taken = new Set(matched.map((m) => m.id));
  const unfiltered: MatchQuery = {
    ...q,
    needs: ["talk-now"],
    audience: null,
    language: null,
    freeOnly: false,
    delivery: [],
    openNow: false,
  };
  return matchCandidates(candidates, unfiltered, now).filter(
    (m) =>
      !taken.has(m.id) && (m.coverage === "country" || m.coverage === "international" || m.coverage === "subdivision"),
  );
}
