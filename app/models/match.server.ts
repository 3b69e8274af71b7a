import type { PublicPhone } from "~/lib/directory/phone";
import { toPublicPhone } from "~/lib/directory/phone";
import { toPublicLocation, type PublicLocation } from "~/lib/directory/public-location";
import { needsForTypes, type Need } from "~/lib/directory/taxonomy";
import { countryName, subdivisionAncestors, subdivisionName } from "~/lib/geo/iso";
import type { MatchInput } from "~/lib/match-request";
import {
  matchCandidates,
  safetyNet,
  type Candidate,
  type Coverage,
  type Match,
  type MatchQuery,
} from "~/lib/matching/match";
import { getPrisma } from "~/utils/db.server";

import { nearestPlace, placeById, resolvePlace, type ResolvedPlace } from "./place.server";
import { serviceIdsWithAreaBoxAt } from "./spatial.server";

// Re-exported from a .server module so the schemas (and zod) stay out of
// the browser bundle: route components import only what they render.
export { formToMatchBody, parseMatchInput } from "~/lib/match-request";

/**
 * The one search path behind the results page and `POST /api/match`:
 * resolve the place, gather candidate services with indexed queries, hand
 * them to the pure matcher, and shape what may leave the server.
 */

export type Resolved = {
  country: string;
  subdivision: string | null;
  name: string;
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
  lastChecked: string;
};

export type MatchOutcome =
  | { status: "resolved"; resolved: Resolved; results: MatchResult[]; safetyNet: MatchResult[]; total: number }
  | { status: "ambiguous"; options: ResolvedPlace[] }
  | { status: "not-found"; reason: "place" | "point" };

const detailSelect = {
  id: true,
  slug: true,
  name: true,
  description: true,
  url: true,
  checkedOn: true,
  organization: { select: { name: true, website: true } },
  phones: {
    select: { number: true, isShortCode: true, country: true, type: true, description: true, isCrisisLine: true },
    orderBy: { position: "asc" },
  },
  schedules: { select: { timezone: true, byDay: true, opensAt: true, closesAt: true }, orderBy: { position: "asc" } },
  languages: { where: { phoneId: null }, select: { code: true } },
  serviceAreas: {
    select: {
      kind: true,
      country: true,
      subdivision: true,
      centerLat: true,
      centerLng: true,
      radiusKm: true,
      extent: true,
    },
  },
  attributes: { select: { value: true, taxonomyTerm: { select: { code: true } } } },
  serviceAtLocations: {
    select: {
      location: {
        select: {
          slug: true,
          name: true,
          addressVisibility: true,
          latitude: true,
          longitude: true,
          addresses: {
            select: { address1: true, address2: true, city: true, region: true, postalCode: true, country: true },
          },
        },
      },
    },
  },
} as const;

async function resolve(
  input: MatchInput,
): Promise<{ resolved: Resolved } | Exclude<MatchOutcome, { status: "resolved" }>> {
  const fromPlace = (p: ResolvedPlace): Resolved => ({
    country: p.country,
    subdivision: p.subdivision,
    name: p.name,
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
      return { resolved: { country: p.country, subdivision: p.subdivision, name: p.name, point: { lat, lng } } };
    }
  }
}

/** Ids of active services whose areas may cover the place (the matcher decides). */
async function candidateIds(resolved: Resolved, subdivisions: string[]): Promise<string[]> {
  const prisma = getPrisma();
  const byRegion = await prisma.serviceArea.findMany({
    where: {
      OR: [
        { kind: "global" },
        { kind: "country", country: resolved.country },
        ...(subdivisions.length
          ? [{ kind: { in: ["subdivision", "locality"] }, subdivision: { in: subdivisions } }]
          : []),
      ],
    },
    select: { serviceId: true },
  });
  const ids = new Set(byRegion.map((r) => r.serviceId));
  if (resolved.point)
    for (const id of await serviceIdsWithAreaBoxAt(prisma, resolved.point.lat, resolved.point.lng)) ids.add(id);
  return [...ids];
}

type Row = Awaited<ReturnType<typeof loadRows>>[number];

async function loadRows(ids: string[]) {
  const rows = [];
  // SQLite limits bound parameters; fetch in slices.
  for (let i = 0; i < ids.length; i += 5000) {
    rows.push(
      ...(await getPrisma().service.findMany({
        where: { id: { in: ids.slice(i, i + 5000) }, status: "active" },
        select: detailSelect,
      })),
    );
  }
  return rows;
}

function toCandidate(r: Row): Candidate & { row: Row } {
  const codes = r.attributes.map((a) => a.taxonomyTerm.code);
  const flag = (code: string) => r.attributes.find((a) => a.taxonomyTerm.code === code)?.value;
  const locations = r.serviceAtLocations.map((sl) => sl.location);
  return {
    row: r,
    id: r.id,
    slug: r.slug,
    name: r.name,
    needs: needsForTypes(codes),
    audiences: codes.filter((c) => c.startsWith("audience:")).map((c) => c.slice("audience:".length)),
    delivery: codes.filter((c) => c.startsWith("delivery:")).map((c) => c.slice("delivery:".length)),
    languages: r.languages.map((l) => l.code),
    free: flag("access:free") === undefined ? null : flag("access:free") === "true",
    open247: flag("access:24-7") === "true",
    hasCrisisLine: r.phones.some((p) => p.isCrisisLine),
    areas: r.serviceAreas,
    // Hidden locations never take part in distances: a distance could reveal them.
    points: locations
      .filter((l) => l.addressVisibility !== "hidden" && l.latitude !== null && l.longitude !== null)
      .map((l) => ({ lat: l.latitude!, lng: l.longitude! })),
    schedules: r.schedules,
  };
}

function toResult(c: ReturnType<typeof toCandidate>, m: Match): MatchResult {
  const r = c.row;
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    organization: r.organization.name,
    description: r.description,
    needs: [...c.needs],
    audiences: [...c.audiences],
    delivery: [...c.delivery],
    languages: [...c.languages],
    coverage: m.coverage,
    distanceKm: m.distanceKm === null ? null : Math.round(m.distanceKm * 10) / 10,
    openNow: m.openNow,
    open247: c.open247,
    free: c.free,
    phones: r.phones.map(toPublicPhone),
    website: r.url ?? r.organization.website,
    hours: r.schedules.map((s) => ({
      days: s.byDay.split(","),
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      timezone: s.timezone,
    })),
    locations: r.serviceAtLocations.map((sl) => toPublicLocation(sl.location)),
    lastChecked: r.checkedOn,
  };
}

export async function runMatch(input: MatchInput, now: Date): Promise<MatchOutcome> {
  const place = await resolve(input);
  if (!("resolved" in place)) return place;
  const { resolved } = place;
  const subdivisions = resolved.subdivision
    ? [resolved.subdivision, ...subdivisionAncestors(resolved.subdivision)]
    : [];
  const query: MatchQuery = {
    country: resolved.country,
    subdivisions,
    point: resolved.point,
    radiusKm: input.radiusKm,
    needs: input.needs,
    audience: input.audience,
    language: input.language,
    freeOnly: input.freeOnly,
    delivery: input.delivery,
    openNow: input.openNow,
  };
  const candidates = (await loadRows(await candidateIds(resolved, subdivisions))).map(toCandidate);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const matched = matchCandidates(candidates, query, now);
  const net = safetyNet(candidates, query, matched, now);
  return {
    status: "resolved",
    resolved,
    total: matched.length,
    results: matched.slice(0, input.limit).map((m) => toResult(byId.get(m.id)!, m)),
    safetyNet: net.map((m) => toResult(byId.get(m.id)!, m)),
  };
}
