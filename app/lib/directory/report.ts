import { countryOfSubdivision, topLevelSubdivisions } from "../geo/iso";
import { EU_MEMBER_STATES } from "../compensation/eu";
import type { SeedFile, SeedService } from "./seed-schema";

/**
 * What `npm run directory:report` prints: counts by country, kind of
 * service and kind of area; records not checked for a year; and coverage
 * against issue #7's targets. Pure, so the numbers can be tested.
 */

export type Count = [key: string, count: number];

export type Target = { label: string; have: number; want: number; missing?: string[] };

export type DirectoryReport = {
  organizations: number;
  services: number;
  countries: number;
  byCountry: Count[];
  byType: Count[];
  byAreaKind: Count[];
  stale: { id: string; checkedOn: string }[];
  targets: Target[];
};

/** The country (or `international`) each service serves. */
export function serviceCountries(s: SeedService): string[] {
  const set = new Set<string>();
  for (const a of s.areas) {
    if (a.kind === "global") set.add("international");
    else if (a.kind === "subdivision") set.add(countryOfSubdivision(a.subdivision));
    else if ("country" in a && a.country) set.add(a.country);
    else set.add("international");
  }
  return [...set];
}

const count = (values: string[]): Count[] => {
  const m = new Map<string, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

/** A compensation programme's jurisdiction code: `US-TX`, `FR`, `GB-NIR`… */
const jurisdictionOf = (s: SeedService) =>
  s.compensation ? (s.compensation.jurisdiction.subdivision ?? s.compensation.jurisdiction.country) : null;

const US_JURISDICTIONS = [
  ...topLevelSubdivisions("US")
    .map((s) => s.code)
    .filter((c) => !["US-AS", "US-MP", "US-UM", "US-PR", "US-VI", "US-GU"].includes(c)),
  "PR",
  "VI",
  "GU",
];

export function directoryReport(files: readonly SeedFile[], today: string): DirectoryReport {
  const orgs = files.flatMap((f) => f.organizations);
  const services = orgs.flatMap((o) => o.services);
  const live = services.filter((s) => s.status === "active");
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  const stale = [
    ...orgs.map((o) => ({ id: o.id, checkedOn: o.source.checkedOn })),
    ...services.map((s) => ({ id: s.id, checkedOn: s.source.checkedOn })),
  ].filter((r) => r.checkedOn < yearAgo);

  const byCountry = count(services.flatMap(serviceCountries));
  const withType = (type: string) => live.filter((s) => s.types.includes(type as never));
  const countriesOf = (list: SeedService[]) =>
    new Set(list.flatMap(serviceCountries).filter((c) => c !== "international"));

  const programmes = services.filter((s) => s.compensation);
  const jurisdictions = new Set(
    programmes.filter((s) => s.compensation!.kind !== "cross-border-assisting").map(jurisdictionOf),
  );
  const assisting = new Set(
    programmes
      .filter((s) => s.compensation!.kind === "cross-border-assisting")
      .map((s) => s.compensation!.jurisdiction.country),
  );
  const coverage = (label: string, wanted: string[], have: Set<string | null>): Target => {
    const missing = wanted.filter((w) => !have.has(w));
    return { label, have: wanted.length - missing.length, want: wanted.length, missing };
  };
  const eu = [...EU_MEMBER_STATES].sort();

  const targets: Target[] = [
    { label: "services", have: services.length, want: 1000 },
    { label: "countries served", have: byCountry.filter(([c]) => c !== "international").length, want: 120 },
    coverage("compensation: US states, DC and territories", US_JURISDICTIONS, jurisdictions),
    coverage("compensation: Great Britain and Northern Ireland", ["GB-GBN", "GB-NIR"], jurisdictions),
    coverage("compensation: EU member states", eu, jurisdictions),
    coverage("compensation: EU assisting authorities", eu, new Set(assisting)),
    coverage(
      "compensation: Canadian provinces and territories",
      topLevelSubdivisions("CA").map((s) => s.code),
      jurisdictions,
    ),
    coverage(
      "compensation: Australian states and territories",
      topLevelSubdivisions("AU").map((s) => s.code),
      jurisdictions,
    ),
    coverage("compensation: New Zealand", ["NZ"], jurisdictions),
    { label: "abuse-material hotlines (INHOPE and others)", have: withType("vs-csam-report").length, want: 45 },
    {
      label: "countries with a police or abuse reporting channel",
      have: countriesOf(withType("vs-abuse-report")).size,
      want: 40,
    },
    { label: "child helplines", have: withType("vs-child-helpline").length, want: 140 },
    { label: "image-removal services", have: withType("vs-image-removal").length, want: 5 },
  ];

  return {
    organizations: orgs.length,
    services: services.length,
    countries: byCountry.filter(([c]) => c !== "international").length,
    byCountry,
    byType: count(services.flatMap((s) => s.types)),
    byAreaKind: count(services.flatMap((s) => [...new Set(s.areas.map((a) => a.kind))])),
    stale,
    targets,
  };
}
