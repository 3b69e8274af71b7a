import type { Prisma } from "../../generated/prisma/client";

import { stableId } from "./ids";
import { displayPhone } from "./phone";
import type { SeedServiceArea, ValidatedSeedsData } from "./seed-types";
import {
  ATTRIBUTE_TAXONOMY_ID,
  ATTRIBUTE_TERMS,
  SERVICE_TYPE_TAXONOMY_ID,
  SERVICE_TYPES,
  type AttributeTerm,
} from "./taxonomy";

/**
 * Turns validated seed files into database rows, table by table. Pure and
 * deterministic: the same seeds always give the same rows in the same
 * order, which is what makes a re-import produce the same database.
 */

const KM_PER_DEGREE_LAT = 111.32;

/** A box that surely contains a circle of `radiusKm` around a point. */
export function boundingBox(lat: number, lng: number, radiusKm: number) {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  const cos = Math.cos((lat * Math.PI) / 180);
  // Near the poles a circle spans every longitude.
  const dLng = cos < 1e-6 ? 180 : Math.min(180, radiusKm / (KM_PER_DEGREE_LAT * cos));
  return {
    minLat: Math.max(-90, lat - dLat),
    maxLat: Math.min(90, lat + dLat),
    minLng: dLng >= 180 ? -180 : lng - dLng,
    maxLng: dLng >= 180 ? 180 : lng + dLng,
  };
}

function polygonBox(geojson: { type: string; coordinates: unknown[] }) {
  const points: number[][] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node) && typeof node[0] === "number") points.push(node as number[]);
    else if (Array.isArray(node)) node.forEach(walk);
  };
  walk(geojson.coordinates);
  const lats = points.map((p) => p[1]!);
  const lngs = points.map((p) => p[0]!);
  return { minLat: Math.min(...lats), maxLat: Math.max(...lats), minLng: Math.min(...lngs), maxLng: Math.max(...lngs) };
}

function areaColumns(area: SeedServiceArea) {
  const none = {
    country: null,
    subdivision: null,
    centerLat: null,
    centerLng: null,
    radiusKm: null,
    minLat: null,
    maxLat: null,
    minLng: null,
    maxLng: null,
    extent: null,
    extentType: null,
  };
  switch (area.kind) {
    case "global":
      return none;
    case "country":
      return { ...none, country: area.country };
    case "subdivision":
      return { ...none, country: area.subdivision.split("-")[0]!, subdivision: area.subdivision };
    case "locality":
    case "radius":
      return {
        ...none,
        country: area.kind === "locality" ? area.country : null,
        subdivision: area.kind === "locality" ? (area.subdivision ?? null) : null,
        centerLat: area.latitude,
        centerLng: area.longitude,
        radiusKm: area.radiusKm,
        ...boundingBox(area.latitude, area.longitude, area.radiusKm),
      };
    case "polygon":
      return { ...none, extent: JSON.stringify(area.geojson), extentType: "geojson", ...polygonBox(area.geojson) };
  }
}

export function taxonomyRows() {
  const taxonomies = [
    {
      id: stableId(`taxonomy:${SERVICE_TYPE_TAXONOMY_ID}`),
      name: "Waypoint service types",
      description: "Kinds of help for survivors of child sexual abuse and online exploitation.",
      uri: `urn:waypoint:taxonomy:${SERVICE_TYPE_TAXONOMY_ID}`,
      version: "1",
    },
    {
      id: stableId(`taxonomy:${ATTRIBUTE_TAXONOMY_ID}`),
      name: "Waypoint attributes",
      description: "Who a service is for, how it is delivered, and how it can be reached.",
      uri: `urn:waypoint:taxonomy:${ATTRIBUTE_TAXONOMY_ID}`,
      version: "1",
    },
  ];
  const terms = [
    ...Object.entries(SERVICE_TYPES).map(([code, t]) => ({
      id: stableId(`term:${code}`),
      code,
      name: t.name,
      description: t.name,
      taxonomyId: taxonomies[0]!.id,
    })),
    ...ATTRIBUTE_TERMS.map((code) => ({
      id: stableId(`term:${code}`),
      code,
      name: code,
      description: code,
      taxonomyId: taxonomies[1]!.id,
    })),
  ];
  const mappings = Object.entries(SERVICE_TYPES)
    .filter(([, t]) => t.openEligibility)
    .map(([code, t]) => ({
      id: stableId(`mapping:${code}:open-eligibility`),
      termId: stableId(`term:${code}`),
      externalTaxonomy: "open-eligibility",
      externalCode: t.openEligibility!,
      // Our terms are narrower than Open Eligibility's broad service codes.
      matchType: "broad",
    }));
  return { taxonomies, terms, mappings };
}

export function directoryRows(seeds: ValidatedSeedsData) {
  const organizations: Prisma.OrganizationCreateManyInput[] = [];
  const locations: Prisma.LocationCreateManyInput[] = [];
  const addresses: Prisma.AddressCreateManyInput[] = [];
  const accessibility: Prisma.AccessibilityCreateManyInput[] = [];
  const services: Prisma.ServiceCreateManyInput[] = [];
  const serviceAtLocations: Prisma.ServiceAtLocationCreateManyInput[] = [];
  const phones: Prisma.PhoneCreateManyInput[] = [];
  const schedules: Prisma.ScheduleCreateManyInput[] = [];
  const languages: Prisma.LanguageCreateManyInput[] = [];
  const costOptions: Prisma.CostOptionCreateManyInput[] = [];
  const serviceAreas: Prisma.ServiceAreaCreateManyInput[] = [];
  const attributes: Prisma.AttributeCreateManyInput[] = [];
  const programmes: Prisma.CompensationProgrammeCreateManyInput[] = [];
  const deadlines: Prisma.ProgrammeDeadlineCreateManyInput[] = [];

  for (const { data } of seeds) {
    for (const org of data.organizations) {
      const orgId = stableId(`organization:${org.id}`);
      organizations.push({
        id: orgId,
        slug: org.id,
        name: org.name,
        description: org.description,
        website: org.website ?? null,
        email: org.email ?? null,
        sourceUrl: org.source.url,
        checkedOn: org.source.checkedOn,
      });
      for (const loc of org.locations) {
        const locationId = stableId(`location:${loc.id}`);
        locations.push({
          id: locationId,
          slug: loc.id,
          organizationId: orgId,
          name: loc.name ?? null,
          locationType: loc.type,
          addressVisibility: loc.addressVisibility,
          latitude: loc.latitude ?? null,
          longitude: loc.longitude ?? null,
          sourceUrl: org.source.url,
          checkedOn: org.source.checkedOn,
        });
        if (loc.address) {
          const a = loc.address;
          addresses.push({
            id: stableId(`address:${loc.id}`),
            locationId,
            address1: a.line1 ?? null,
            address2: a.line2 ?? null,
            city: a.city,
            region: a.region ?? null,
            postalCode: a.postalCode ?? null,
            country: a.country,
            subdivisionCode: a.subdivision ?? null,
            addressType: loc.type === "postal" ? "postal" : "physical",
          });
        }
        (loc.accessibility ?? []).forEach((description, i) =>
          accessibility.push({ id: stableId(`accessibility:${loc.id}:${i}`), locationId, description }),
        );
      }
      for (const s of org.services) {
        const serviceId = stableId(`service:${s.id}`);
        services.push({
          id: serviceId,
          slug: s.id,
          organizationId: orgId,
          name: s.name,
          description: s.description,
          status: s.status,
          replacedBySlug: s.replacedBy ?? null,
          url: s.url ?? null,
          email: s.email ?? null,
          eligibilityDescription: s.eligibility ?? null,
          applicationProcess: s.applicationProcess ?? null,
          feesDescription: s.fees ?? null,
          minimumAge: s.minimumAge ?? null,
          maximumAge: s.maximumAge ?? null,
          whatToExpect: s.whatToExpect ?? null,
          sourceUrl: s.source.url,
          checkedOn: s.source.checkedOn,
        });
        for (const ref of s.locations) {
          serviceAtLocations.push({
            id: stableId(`service-at-location:${s.id}:${ref}`),
            serviceId,
            locationId: stableId(`location:${ref}`),
          });
        }
        s.phones.forEach((p, i) => {
          const phoneId = stableId(`phone:${s.id}:${i}`);
          phones.push({
            id: phoneId,
            serviceId,
            number: p.number,
            isShortCode: !p.number.startsWith("+"),
            country: p.country ?? null,
            type: p.type,
            description: p.description ?? null,
            isCrisisLine: p.crisisLine,
            isTollFree: p.tollFree ?? null,
            display: displayPhone(p.number, !p.number.startsWith("+")),
            position: i,
          });
          (p.languages ?? []).forEach((code) =>
            languages.push({ id: stableId(`language:phone:${s.id}:${i}:${code}`), serviceId: null, phoneId, code }),
          );
        });
        s.schedules.forEach((sc, i) =>
          schedules.push({
            id: stableId(`schedule:${s.id}:${i}`),
            serviceId,
            timezone: sc.timezone,
            byDay: sc.days.join(","),
            opensAt: sc.opensAt,
            closesAt: sc.closesAt,
            description: sc.description ?? null,
            position: i,
          }),
        );
        s.languages.forEach((code) =>
          languages.push({ id: stableId(`language:service:${s.id}:${code}`), serviceId, phoneId: null, code }),
        );
        s.costs.forEach((c, i) =>
          costOptions.push({
            id: stableId(`cost:${s.id}:${i}`),
            serviceId,
            option: c.option,
            amount: c.amount ?? null,
            currency: c.currency ?? null,
          }),
        );
        s.areas.forEach((area, i) =>
          serviceAreas.push({
            id: stableId(`area:${s.id}:${i}`),
            serviceId,
            kind: area.kind,
            name: "name" in area ? (area.name ?? null) : null,
            description: "description" in area ? (area.description ?? null) : null,
            ...areaColumns(area),
          }),
        );

        const attr = (
          term: AttributeTerm | string,
          extra: Partial<{ value: string; evidence: string; sourceUrl: string; checkedOn: string }> = {},
        ) =>
          attributes.push({
            id: stableId(`attribute:${s.id}:${term}`),
            serviceId,
            linkEntity: "service",
            taxonomyTermId: stableId(`term:${term}`),
            value: extra.value ?? null,
            evidence: extra.evidence ?? null,
            sourceUrl: extra.sourceUrl ?? null,
            checkedOn: extra.checkedOn ?? null,
          });
        s.types.forEach((t) => attr(t));
        s.audiences.forEach((a) => attr(`audience:${a}`));
        s.delivery.forEach((d) => attr(`delivery:${d}`));
        if (s.free !== undefined) attr("access:free", { value: String(s.free) });
        if (s.anonymousContact !== undefined) attr("access:anonymous", { value: String(s.anonymousContact) });
        if (s.open247 !== undefined) attr("access:24-7", { value: String(s.open247) });
        if (s.traumaInformed) {
          attr("approach:trauma-informed", {
            value: "true",
            evidence: s.traumaInformed.evidence,
            sourceUrl: s.traumaInformed.source.url,
            checkedOn: s.traumaInformed.source.checkedOn,
          });
        }

        const c = s.compensation;
        if (c) {
          const programmeId = stableId(`programme:${s.id}`);
          programmes.push({
            id: programmeId,
            serviceId,
            jurisdictionCountry: c.jurisdiction.country,
            jurisdictionSubdivision: c.jurisdiction.subdivision ?? null,
            kind: c.kind,
            legalBasis: c.legalBasis ?? null,
            applicationUrl: c.applicationUrl ?? null,
            applicationMethods: c.applicationMethods.join(","),
            howToApply: c.howToApply,
            residencyRule: c.residencyRule ?? null,
            coversResidentsVictimisedAbroad: c.coversResidentsVictimisedAbroad,
            policeReportRule: c.policeReportRule,
            convictionRequired: c.convictionRequired,
            payerOfLastResort: c.payerOfLastResort,
            maxAwardAmount: c.maxAward?.amount ?? null,
            maxAwardCurrency: c.maxAward?.currency ?? null,
            opensOn: c.opensOn ?? null,
            closesOn: c.closesOn ?? null,
            sourceUrl: s.source.url,
            checkedOn: s.source.checkedOn,
          });
          c.deadlines.forEach((d, i) =>
            deadlines.push({
              id: stableId(`deadline:${s.id}:${i}`),
              programmeId,
              position: i,
              kind: d.kind,
              appliesTo: d.appliesTo,
              benefit: d.benefit ?? null,
              duration: d.duration,
              startsFrom: d.startsFrom,
              fixedDate: d.fixedDate ?? null,
              untilAge: d.untilAge ?? null,
              extendable: d.extendable ?? null,
              notes: d.notes ?? null,
              sourceUrl: d.source.url,
              checkedOn: d.source.checkedOn,
            }),
          );
        }
      }
    }
  }

  return {
    organizations,
    locations,
    addresses,
    accessibility,
    services,
    serviceAtLocations,
    phones,
    schedules,
    languages,
    costOptions,
    serviceAreas,
    attributes,
    programmes,
    deadlines,
  };
}

export type DirectoryRows = ReturnType<typeof directoryRows> & ReturnType<typeof taxonomyRows>;
