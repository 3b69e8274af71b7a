import type { PublicPhone } from "~/lib/directory/phone";
import { toPublicLocation, type PublicLocation } from "~/lib/directory/public-location";
import type { Need } from "~/lib/directory/taxonomy";
import { countryName, subdivisionAncestors, subdivisionName } from "~/lib/geo/iso";
import { EMERGENCY_NUMBERS } from "~/content/emergency-numbers";
import { emergencyNumbersFor } from "~/lib/emergency";
import { haversineKm } from "~/lib/geo/distance";
import { filtersOf, type MatchInput } from "~/lib/match-request";
import {
  matchCandidates,
  nextLocalLimit,
  pickShown,
  safetyNet,
  type Candidate,
  type Coverage,
  type Match,
  type MatchQuery,
} from "~/lib/matching/match";

import { nearestPlace, placeById, resolvePlace, type ResolvedPlace } from "./place.server";
import {
  candidateFacts,
  candidateServiceIds,
  MAX_LOCAL_CANDIDATES,
  resultDetails,
  type ResultDetails,
} from "./match-sql.server";

// Re-exported from a .server module so the schemas (and zod) stay out of
// the browser bundle: route components import only what they render.
export { filtersOf, formToMatchBody, parseMatchInput } from "~/lib/match-request";

/**
 * The one search path behind the results page and `POST /api/match`:
 * resolve the place, gather candidate services with indexed queries, hand
 * them to the pure matcher, and shape what may leave the server.
 */

export type Resolved = {
  country: string;
  subdivision: string | null;
  name: string;
  /** The gazetteer's id for a town or postcode, so the page can ask again without the typed text. */
  placeId: string | null;
  /** Present for a town, postcode or location; never more precise than the gazetteer's place. */
  point: { lat: number; lng: number } | null;
};

export type MatchResult = {
  id: string;
  slug: string;
  name: string;
  organization: string;
  description: string;
  needs: Need[];
  audiences: string[];
  delivery: string[];
  languages: string[];
  coverage: Coverage;
  distanceKm: number | null;
  openNow: boolean | null;
  open247: boolean;
  free: boolean | null;
  phones: PublicPhone[];
  website: string | null;
  hours: { days: string[]; opensAt: string; closesAt: string; timezone: string }[];
  locations: PublicLocation[];
  /**
   * For a local service without a public address: the centre of the area it
   * serves, for a map to show as "somewhere in <place>", never as a pin.
   */
  approximate: { lat: number; lng: number; place: string | null } | null;
  lastChecked: string;
};

export type MatchOutcome =
  | {
      status: "resolved";
      resolved: Resolved;
      results: MatchResult[];
      safetyNet: MatchResult[];
      /** More local services match than `localLimit` let us show. */
      moreNearby: boolean;
    }
  | { status: "ambiguous"; options: ResolvedPlace[] }
  | { status: "not-found"; reason: "place" | "point" };

async function resolve(
  input: MatchInput,
): Promise<{ resolved: Resolved } | Exclude<MatchOutcome, { status: "resolved" }>> {
  const fromPlace = (p: ResolvedPlace): Resolved => ({
    country: p.country,
    subdivision: p.subdivision,
    name: p.name,
    placeId: p.id,
    point: { lat: p.lat, lng: p.lng },
  });
  switch (input.by) {
    case "region": {
      const c = countryName(input.country) ?? input.country;
      const sub = input.subdivision ?? null;
      return {
        resolved: {
          country: input.country,
          subdivision: sub,
          name: sub ? `${subdivisionName(sub)}, ${c}` : c,
          placeId: null,
          point: null,
        },
      };
    }
    case "placeId": {
      const p = await placeById(input.placeId);
      return p ? { resolved: fromPlace(p) } : { status: "not-found", reason: "place" };
    }
    case "place": {
      const r = await resolvePlace(input.place);
      if (r.kind === "found") return { resolved: fromPlace(r.place) };
      if (r.kind === "ambiguous") return { status: "ambiguous", options: r.options };
      return { status: "not-found", reason: "place" };
    }
    case "point": {
      // The browser already rounded to about 1 km; we round again in case it did not.
      const lat = Math.round(input.lat * 100) / 100;
      const lng = Math.round(input.lng * 100) / 100;
      const p = await nearestPlace(lat, lng);
      if (!p) return { status: "not-found", reason: "point" };
      return {
        resolved: { country: p.country, subdivision: p.subdivision, name: p.name, placeId: null, point: { lat, lng } },
      };
    }
  }
}

function approximateSpot(
  c: Candidate,
  m: Match,
  locations: PublicLocation[],
  from: { lat: number; lng: number } | null,
): MatchResult["approximate"] {
  if (m.coverage !== "local" || locations.some((l) => l.point)) return null;
  const centres = c.areas.flatMap((a) =>
    (a.kind === "locality" || a.kind === "radius") && a.centerLat !== null && a.centerLng !== null
      ? [{ lat: a.centerLat, lng: a.centerLng }]
      : [],
  );
  if (!centres.length) return null;
  const nearest = from ? centres.reduce((a, b) => (haversineKm(from, a) <= haversineKm(from, b) ? a : b)) : centres[0]!;
  return { ...nearest, place: locations.find((l) => l.address?.city)?.address?.city ?? null };
}

function toResult(r: ResultDetails, c: Candidate, m: Match, from: { lat: number; lng: number } | null): MatchResult {
  const locations = r.locations.map(toPublicLocation);
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    organization: r.organization,
    description: r.description,
    needs: [...c.needs],
    audiences: [...c.audiences],
    delivery: [...c.delivery],
    languages: [...c.languages],
    coverage: m.coverage,
    distanceKm: m.distanceKm === null ? null : Math.round(m.distanceKm * 10) / 10,
    openNow: m.openNow,
    open247: c.open247,
    free: r.free === null ? null : r.free === "true",
    phones: r.phones,
    website: r.url ?? r.organizationWebsite,
    hours: r.schedules.map((s) => ({
      days: s.byDay.split(","),
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      timezone: s.timezone,
    })),
    locations,
    approximate: approximateSpot(c, m, locations, from),
    lastChecked: r.checkedOn,
  };
}

/** A search first asks for this many times the local services it shows, and widens only when filters leave too few. */
const LOCAL_CANDIDATES_PER_SHOWN = 3;

export async function runMatch(input: MatchInput, now: Date): Promise<MatchOutcome> {
  const place = await resolve(input);
  if (!("resolved" in place)) return place;
  const { resolved } = place;
  const subdivisions = resolved.subdivision
    ? [resolved.subdivision, ...subdivisionAncestors(resolved.subdivision)]
    : [];
  const query: MatchQuery = { country: resolved.country, subdivisions, point: resolved.point, ...filtersOf(input) };

  // Only the nearest few local services are shown, so only a few times as
  // many are loaded: in a dense city that is a few dozen of thousands
  // (ADR 011). When filters leave too few, the search widens.
  // Without a point there is no nearest: take one more than is shown, so a
  // larger localLimit keeps the services already shown and adds others.
  const perShown = resolved.point ? LOCAL_CANDIDATES_PER_SHOWN : 1;
  let wanted = Math.min(MAX_LOCAL_CANDIDATES, input.localLimit * perShown + 1);
  for (;;) {
    const found = await candidateServiceIds({
      country: resolved.country,
      subdivisions,
      point: resolved.point,
      localWanted: wanted,
    });
    const candidates = await candidateFacts(found.ids);
    const matched = matchCandidates(candidates, query, now);
    const local = matched.filter((m) => m.coverage === "local").length;
    if (local > input.localLimit || found.localComplete || wanted >= MAX_LOCAL_CANDIDATES) {
      return present(resolved, query, input, candidates, matched, now);
    }
    wanted = Math.min(MAX_LOCAL_CANDIDATES, wanted * 4);
  }
}

async function present(
  resolved: Resolved,
  query: MatchQuery,
  input: MatchInput,
  candidates: readonly Candidate[],
  matched: readonly Match[],
  now: Date,
): Promise<MatchOutcome> {
  const { shown, moreNearby } = pickShown(matched, input.localLimit, input.limit);
  const net = safetyNet(candidates, query, matched, now);

  // Two phases: rank on light facts, then load full details only for what is shown.
  const details = await resultDetails([...shown, ...net].map((m) => m.id));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const toPublic = (m: Match) => toResult(details.get(m.id)!, byId.get(m.id)!, m, resolved.point);
  return {
    status: "resolved",
    resolved,
    moreNearby,
    results: shown.map(toPublic),
    safetyNet: net.map(toPublic),
  };
}

/**
 * What "show more nearby" needs, shared by the search page and shared
 * links: how many local services are shown, how many to ask for next, and
 * whether they are ordered by distance. Null when there is nothing more.
 */
export function moreNearbyOf(
  outcome: Extract<MatchOutcome, { status: "resolved" }>,
  localLimit: number,
): { localShown: number; next: number; nearest: boolean } | null {
  const next = outcome.moreNearby ? nextLocalLimit(localLimit) : null;
  if (next === null) return null;
  return {
    localShown: outcome.results.filter((r) => r.coverage === "local").length,
    next,
    nearest: outcome.resolved.point !== null,
  };
}

/**
 * The fields that ask for the same place again, for "show more nearby":
 * the gazetteer's id of a town or postcode, the already rounded point, or
 * the region's codes. Never the text someone typed.
 */
export function askAgainFields(resolved: Resolved): Record<string, string> {
  if (resolved.placeId) return { placeId: resolved.placeId };
  if (resolved.point) return { lat: String(resolved.point.lat), lng: String(resolved.point.lng) };
  return resolved.subdivision
    ? { country: resolved.country, subdivision: resolved.subdivision }
    : { country: resolved.country };
}

/** The emergency numbers for a country, looked up on the server so the table stays out of the browser bundle. */
export function emergencyNumbersIn(country: string): string[] | null {
  return emergencyNumbersFor(EMERGENCY_NUMBERS, country);
}
