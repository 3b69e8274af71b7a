import { toPublicPhone } from "~/lib/directory/phone";
import { toPublicLocation } from "~/lib/directory/public-location";
import { needsForTypes } from "~/lib/directory/taxonomy";
import { countryName, countryOfSubdivision, subdivisionName } from "~/lib/geo/iso";
import { getPrisma } from "~/utils/db.server";

/**
 * Directory reads for single services. Every query selects explicit fields
 * and returns the public shape, so nothing confidential (a hidden address)
 * can slip out by accident.
 */

/** True when the directory opens and holds at least one service (cheap at any size). */
export async function directoryIsReady(): Promise<boolean> {
  return (await getPrisma().service.findFirst({ select: { id: true } })) !== null;
}

function areaLabel(a: {
  kind: string;
  name: string | null;
  country: string | null;
  subdivision: string | null;
}): string {
  if (a.name) return a.name;
  if (a.kind === "global") return "Worldwide";
  if (a.subdivision)
    return `${subdivisionName(a.subdivision) ?? a.subdivision}, ${countryName(countryOfSubdivision(a.subdivision)) ?? ""}`;
  if (a.country) return countryName(a.country) ?? a.country;
  return "A local area";
}

/** A programme's time limits, in order, with the source of each rule. */
export const DEADLINES = {
  select: {
    kind: true,
    appliesTo: true,
    benefit: true,
    duration: true,
    startsFrom: true,
    fixedDate: true,
    untilAge: true,
    extendable: true,
    notes: true,
    sourceUrl: true,
  },
  orderBy: { position: "asc" },
} as const;

/** Everything we know about one service, in the shape a browser may see. */
export async function getServiceBySlug(slug: string) {
  const r = await getPrisma().service.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      status: true,
      replacedBySlug: true,
      url: true,
      email: true,
      eligibilityDescription: true,
      applicationProcess: true,
      feesDescription: true,
      minimumAge: true,
      maximumAge: true,
      whatToExpect: true,
      sourceUrl: true,
      checkedOn: true,
      organization: { select: { name: true, website: true, sourceUrl: true } },
      phones: {
        select: {
          number: true,
          isShortCode: true,
          country: true,
          type: true,
          description: true,
          isCrisisLine: true,
          display: true,
        },
        orderBy: { position: "asc" },
      },
      schedules: {
        select: { timezone: true, byDay: true, opensAt: true, closesAt: true },
        orderBy: { position: "asc" },
      },
      languages: { where: { phoneId: null }, select: { code: true } },
      costOptions: { select: { option: true, amount: true, currency: true } },
      serviceAreas: { select: { kind: true, name: true, country: true, subdivision: true } },
      attributes: {
        select: { value: true, evidence: true, sourceUrl: true, taxonomyTerm: { select: { code: true, name: true } } },
      },
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
              accessibility: { select: { description: true } },
            },
          },
        },
      },
      compensationProgramme: {
        select: {
          jurisdictionCountry: true,
          jurisdictionSubdivision: true,
          kind: true,
          legalBasis: true,
          applicationUrl: true,
          applicationMethods: true,
          howToApply: true,
          residencyRule: true,
          policeReportRule: true,
          convictionRequired: true,
          maxAwardAmount: true,
          maxAwardCurrency: true,
          closesOn: true,
          deadlines: DEADLINES,
        },
      },
    },
  });
  if (!r) return null;
  const codes = r.attributes.map((a) => a.taxonomyTerm.code);
  const flag = (code: string) => r.attributes.find((a) => a.taxonomyTerm.code === code);
  const yesNo = (code: string) => (flag(code) ? flag(code)!.value === "true" : null);
  const trauma = flag("approach:trauma-informed");
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    organization: r.organization.name,
    description: r.description,
    status: r.status,
    replacedBySlug: r.replacedBySlug,
    website: r.url ?? r.organization.website,
    email: r.email,
    needs: needsForTypes(codes),
    types: r.attributes.filter((a) => a.taxonomyTerm.code.startsWith("vs-")).map((a) => a.taxonomyTerm.name),
    audiences: codes.filter((c) => c.startsWith("audience:")).map((c) => c.slice(9)),
    delivery: codes.filter((c) => c.startsWith("delivery:")).map((c) => c.slice(9)),
    free: yesNo("access:free"),
    anonymous: yesNo("access:anonymous"),
    open247: yesNo("access:24-7") === true,
    traumaInformed: trauma ? { evidence: trauma.evidence, sourceUrl: trauma.sourceUrl } : null,
    eligibility: r.eligibilityDescription,
    applicationProcess: r.applicationProcess,
    fees: r.feesDescription,
    ages: { min: r.minimumAge, max: r.maximumAge },
    whatToExpect: r.whatToExpect,
    languages: r.languages.map((l) => l.code),
    costs: r.costOptions,
    phones: r.phones.map(toPublicPhone),
    hours: r.schedules.map((s) => ({
      days: s.byDay.split(","),
      opensAt: s.opensAt,
      closesAt: s.closesAt,
      timezone: s.timezone,
    })),
    areas: r.serviceAreas.map(areaLabel),
    locations: r.serviceAtLocations.map((sl) => ({
      ...toPublicLocation(sl.location),
      accessibility:
        sl.location.addressVisibility === "public" ? sl.location.accessibility.map((a) => a.description) : [],
    })),
    compensation: r.compensationProgramme
      ? {
          ...r.compensationProgramme,
          applicationMethods: r.compensationProgramme.applicationMethods.split(",").filter(Boolean),
        }
      : null,
    sourceUrl: r.sourceUrl,
    lastChecked: r.checkedOn,
  };
}

export type ServiceDetail = NonNullable<Awaited<ReturnType<typeof getServiceBySlug>>>;
