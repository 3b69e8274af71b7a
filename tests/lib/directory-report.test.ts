import { describe, expect, test } from "vitest";

import { directoryReport, serviceCountries } from "~/lib/directory/report";
import { SeedFileSchema, type SeedFile } from "~/lib/directory/seed-schema";

import { validSeedFile } from "../fixtures/seeds";

function fileWith(services: Record<string, unknown>[], checkedOn = "2026-11-01"): SeedFile {
  const raw = validSeedFile();
  const base = raw.organizations[0]!.services[0]!;
  raw.organizations[0]!.source.checkedOn = checkedOn;
  raw.organizations[0]!.services = services.map((s, i) => ({
    ...base,
    id: `svc-${i}`,
    name: `Service ${i}`,
    locations: [],
    ...s,
  }));
  return SeedFileSchema.parse(raw);
}

const source = (checkedOn: string) => ({ url: "https://example.org", checkedOn });

describe("directoryReport", () => {
  const file = fileWith([
    { areas: [{ kind: "country", country: "FR" }], types: ["vs-child-helpline"] },
    { areas: [{ kind: "subdivision", subdivision: "US-TX" }], types: ["vs-abuse-report"] },
    { areas: [{ kind: "global" }], types: ["vs-image-removal"], source: source("2024-05-01") },
  ]);
  const report = directoryReport([file], "2026-11-27");

  test("counts services by the country they serve, with worldwide ones as international", () => {
    expect(report.byCountry).toEqual([
      ["FR", 1],
      ["international", 1],
      ["US", 1],
    ]);
    expect(report.countries).toBe(2);
  });

  test("counts services by kind of service and kind of area", () => {
    expect(report.byType).toContainEqual(["vs-child-helpline", 1]);
    expect(report.byAreaKind).toEqual([
      ["country", 1],
      ["global", 1],
      ["subdivision", 1],
    ]);
  });

  test("lists records checked more than 12 months ago", () => {
    expect(report.stale).toEqual([{ id: "svc-2", checkedOn: "2024-05-01" }]);
  });

  test("measures coverage against the targets and names what is missing", () => {
    const eu = report.targets.find((t) => t.label === "compensation: EU member states")!;
    expect(eu).toMatchObject({ have: 0, want: 27 });
    expect(eu.missing).toContain("FR");
    expect(report.targets.find((t) => t.label === "child helplines")).toMatchObject({ have: 1, want: 140 });
    expect(report.targets.find((t) => t.label.startsWith("countries with a police"))).toMatchObject({ have: 1 });
  });
});

describe("serviceCountries", () => {
  test("reads the country of a subdivision area", () => {
    const [s] = fileWith([{ areas: [{ kind: "subdivision", subdivision: "AU-NSW" }] }]).organizations[0]!.services;
    expect(serviceCountries(s!)).toEqual(["AU"]);
  });
});
