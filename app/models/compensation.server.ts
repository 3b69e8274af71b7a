import type { Programme } from "~/lib/compensation/finder";
import { getPrisma } from "~/utils/db.server";

import { DEADLINES } from "./service.server";

export type FinderProgramme = Programme & {
  organization: string;
  applicationUrl: string | null;
  applicationMethods: string[];
  howToApply: string;
  residencyRule: string | null;
  sourceUrl: string;
  checkedOn: string;
};

let cache: Promise<FinderProgramme[]> | undefined;

/**
 * Every compensation programme with its areas and deadlines: directory
 * records only (a few hundred rows), read once because the directory is
 * read-only while the server runs (ADR 006). Nothing about the person
 * asking ever reaches this module.
 */
export function compensationProgrammes(): Promise<FinderProgramme[]> {
  cache ??= load().catch((error: unknown) => {
    cache = undefined;
    throw error;
  });
  return cache;
}

async function load(): Promise<FinderProgramme[]> {
  const rows = await getPrisma().compensationProgramme.findMany({
    select: {
      kind: true,
      applicationUrl: true,
      applicationMethods: true,
      howToApply: true,
      residencyRule: true,
      coversResidentsVictimisedAbroad: true,
      policeReportRule: true,
      sourceUrl: true,
      checkedOn: true,
      service: {
        select: {
          slug: true,
          name: true,
          status: true,
          organization: { select: { name: true } },
          serviceAreas: { select: { kind: true, country: true, subdivision: true } },
        },
      },
      deadlines: DEADLINES,
    },
    orderBy: { service: { name: "asc" } },
  });
  return rows.map((r) => ({
    slug: r.service.slug,
    name: r.service.name,
    status: r.service.status,
    organization: r.service.organization.name,
    kind: r.kind,
    areas: r.service.serviceAreas
      .filter((a) => a.kind === "global" || a.kind === "country" || a.kind === "subdivision")
      .map((a) => ({
        global: a.kind === "global",
        country: a.country,
        subdivision: a.kind === "subdivision" ? a.subdivision : null,
      })),
    coversResidentsVictimisedAbroad: r.coversResidentsVictimisedAbroad,
    policeReportRule: r.policeReportRule,
    applicationUrl: r.applicationUrl,
    applicationMethods: r.applicationMethods.split(",").filter(Boolean),
    howToApply: r.howToApply,
    residencyRule: r.residencyRule,
    sourceUrl: r.sourceUrl,
    checkedOn: r.checkedOn,
    deadlines: r.deadlines,
  }));
}

/**
 * Countries where the directory has programmes for only part of the
 * country (US states, Canadian provinces…): the finder asks for the
 * state or province there.
 */
export async function countriesWithRegionalProgrammes(): Promise<string[]> {
  const programmes = await compensationProgrammes();
  const countries = new Set<string>();
  for (const p of programmes)
    for (const a of p.areas) if (a.subdivision) countries.add(a.subdivision.slice(0, a.subdivision.indexOf("-")));
  return [...countries].sort();
}

// The form schema (zod) and the finder run only on the server: importing
// them here keeps zod out of the browser bundle, where its eval probe
// would trip the CSP.
export { findProgrammes } from "~/lib/compensation/finder";
export { parseFinderForm } from "~/lib/compensation/form";
