import { toPublicPhone } from "~/lib/directory/phone";
import { toPublicLocation } from "~/lib/directory/public-location";
import type { PublicService } from "~/lib/directory/public-service";
import { needsForTypes } from "~/lib/directory/taxonomy";
import { matchByRegion } from "~/lib/matching/region";
import { subdivisionAncestors } from "~/lib/geo/iso";
import { getPrisma } from "~/utils/db.server";

/**
 * Directory reads. Every query selects explicit fields and returns the
 * public shape, so nothing confidential (a hidden address) can slip out
 * by accident.
 */

const serviceSelect = {
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
  serviceAreas: { select: { kind: true, country: true, subdivision: true, name: true } },
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

/**
 * Active services that serve a country, or a subdivision of it: global
 * ones, country-wide ones, and those for the subdivision or its parents.
 */
export async function listServicesForRegion({ country, subdivision }: { country: string; subdivision?: string }) {
  const subdivisions = subdivision ? [subdivision, ...subdivisionAncestors(subdivision)] : [];
  const rows = await getPrisma().service.findMany({
    where: {
      status: "active",
      serviceAreas: {
        some: {
          OR: [
            { kind: "global" },
            { kind: "country", country },
            ...(subdivisions.length
              ? [{ kind: { in: ["subdivision", "locality"] }, subdivision: { in: subdivisions } }]
              : []),
          ],
        },
      },
    },
    select: serviceSelect,
  });

  const candidates = rows.map((r) => {
    const codes = r.attributes.map((a) => a.taxonomyTerm.code);
    const flag = (code: string) => r.attributes.find((a) => a.taxonomyTerm.code === code)?.value;
    return {
      slug: r.slug,
      name: r.name,
      organization: r.organization.name,
      description: r.description,
      needs: needsForTypes(codes),
      areas: r.serviceAreas,
      areaNames: r.serviceAreas.map((a) => a.name).filter((n): n is string => !!n),
      phones: r.phones.map(toPublicPhone),
      hasCrisisLine: r.phones.some((p) => p.isCrisisLine),
      website: r.url ?? r.organization.website,
      open247: flag("access:24-7") === "true",
      free: flag("access:free") === undefined ? null : flag("access:free") === "true",
      lastChecked: r.checkedOn,
      locations: r.serviceAtLocations.map((sl) => toPublicLocation(sl.location)),
    };
  });

  return matchByRegion(candidates, { country, subdivisions }).map(
    ({ areas: _areas, hasCrisisLine: _crisis, ...service }): PublicService => service,
  );
}

/** Countries that have at least one service of their own, for the picker. */
export async function countriesWithServices(): Promise<string[]> {
  const rows = await getPrisma().serviceArea.findMany({
    where: { country: { not: null }, service: { status: "active" } },
    select: { country: true },
    distinct: ["country"],
    orderBy: { country: "asc" },
  });
  return rows.map((r) => r.country!).filter(Boolean);
}

export async function countServices(): Promise<number> {
  return getPrisma().service.count();
}
