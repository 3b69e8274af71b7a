import { countryName } from "~/lib/geo/iso";
import { getPrisma } from "~/utils/db.server";

import { NEEDS } from "~/lib/directory/taxonomy";

/**
 * Every active reporting channel in the directory (hotlines for abuse
 * material, police and child-protection reporting), grouped by the
 * country it serves; worldwide ones last.
 */
export async function reportingChannels() {
  const rows = await getPrisma().service.findMany({
    where: {
      status: "active",
      attributes: { some: { taxonomyTerm: { code: { in: [...NEEDS["report-material"]] } } } },
    },
    select: {
      slug: true,
      name: true,
      organization: { select: { name: true } },
      serviceAreas: { select: { kind: true, country: true } },
    },
    orderBy: { name: "asc" },
  });
  const groups = new Map<string | null, { slug: string; name: string; organization: string }[]>();
  for (const r of rows) {
    const keys = new Set(r.serviceAreas.map((a) => (a.kind === "global" ? null : a.country)));
    for (const key of keys) {
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key)!.push({ slug: r.slug, name: r.name, organization: r.organization.name });
    }
  }
  return [...groups]
    .map(([country, services]) => ({
      country,
      name: country ? (countryName(country) ?? country) : "Available from anywhere",
      services,
    }))
    .sort((a, b) => (a.country === null ? 1 : b.country === null ? -1 : a.name.localeCompare(b.name, "en")));
}
