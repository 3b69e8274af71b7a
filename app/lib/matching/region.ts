/**
 * Which services serve a region, and in what order. Pure and deterministic:
 * no I/O, no clock. The fuller point-and-distance matching builds on this.
 */

export type Coverage = "local" | "subdivision" | "country" | "international";

/** Most local first: a nearby service beats a national one. */
export const COVERAGE_ORDER: readonly Coverage[] = ["local", "subdivision", "country", "international"];

export type AreaLike = {
  kind: string;
  country: string | null;
  subdivision: string | null;
};

export type RegionQuery = {
  country: string;
  /** The chosen subdivision followed by its ancestors, nearest first. */
  subdivisions: readonly string[];
};

/** How an area covers the region, or null when it does not. */
export function areaCoverage(area: AreaLike, query: RegionQuery): Coverage | null {
  switch (area.kind) {
    case "global":
      return "international";
    case "country":
      return area.country === query.country ? "country" : null;
    case "subdivision":
      return area.subdivision && query.subdivisions.includes(area.subdivision) ? "subdivision" : null;
    case "locality":
      // A town or city inside the chosen region: local to it.
      return area.subdivision && query.subdivisions.includes(area.subdivision) ? "local" : null;
    default:
      // Radius and polygon areas need a point; a region alone cannot say.
      return null;
  }
}

/** The most local way any of a service's areas covers the region. */
export function serviceCoverage(areas: readonly AreaLike[], query: RegionQuery): Coverage | null {
  let best: Coverage | null = null;
  for (const area of areas) {
    const c = areaCoverage(area, query);
    if (c && (best === null || COVERAGE_ORDER.indexOf(c) < COVERAGE_ORDER.indexOf(best))) best = c;
  }
  return best;
}

export type Rankable = {
  name: string;
  slug: string;
  areas: readonly AreaLike[];
  /** Has a phone line flagged as a crisis line. */
  hasCrisisLine: boolean;
  open247: boolean;
};

/**
 * Keeps the services that cover the region and orders them: most local
 * coverage first; within a level, 24/7 crisis lines before others, then by
 * name (slug breaks ties so the order never depends on input order).
 */
export function matchByRegion<T extends Rankable>(
  services: readonly T[],
  query: RegionQuery,
): (T & { coverage: Coverage })[] {
  const matched: (T & { coverage: Coverage })[] = [];
  for (const s of services) {
    const coverage = serviceCoverage(s.areas, query);
    if (coverage) matched.push({ ...s, coverage });
  }
  const urgency = (s: Rankable) => (s.hasCrisisLine && s.open247 ? 0 : s.hasCrisisLine ? 1 : 2);
  return matched.sort(
    (a, b) =>
      COVERAGE_ORDER.indexOf(a.coverage) - COVERAGE_ORDER.indexOf(b.coverage) ||
      urgency(a) - urgency(b) ||
      a.name.localeCompare(b.name, "en") ||
      a.slug.localeCompare(b.slug, "en"),
  );
}
