import Database from "better-sqlite3";
import { describe, expect, inject, test } from "vitest";

import { validateSeeds } from "~/lib/directory/validate-seeds";

import { readSeedFiles } from "../../seeds/read";

/**
 * Quality gates on the directory Waypoint ships: it validates, it is
 * broad enough to be useful, and every record says where it came from.
 */

describe("the shipped directory", () => {
  test("every seed file passes the schema", async () => {
    const result = validateSeeds(await readSeedFiles());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  const db = () => new Database(inject("databaseFile"), { readonly: true });

  test("has at least 30 services across at least 5 countries", () => {
    const d = db();
    const services = d.prepare("SELECT count(*) AS n FROM service").get() as { n: number };
    const countries = d
      .prepare("SELECT count(DISTINCT slug_country) AS n FROM (SELECT substr(slug, 1, 2) AS slug_country FROM service)")
      .get() as { n: number };
    const areaCountries = d
      .prepare("SELECT count(DISTINCT x_country) AS n FROM service_area WHERE x_country IS NOT NULL")
      .get() as { n: number };
    d.close();
    expect(services.n).toBeGreaterThanOrEqual(30);
    expect(countries.n).toBeGreaterThanOrEqual(5);
    expect(areaCountries.n).toBeGreaterThanOrEqual(5);
  });

  test("covers counselling, legal help, compensation, helplines, reporting and image removal", () => {
    const d = db();
    const codes = (
      d
        .prepare(
          "SELECT DISTINCT t.code FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id WHERE t.code LIKE 'vs-%'",
        )
        .all() as { code: string }[]
    ).map((r) => r.code);
    d.close();
    expect(codes).toEqual(
      expect.arrayContaining([
        "vs-counselling",
        "vs-legal-advice",
        "vs-compensation",
        "vs-child-helpline",
        "vs-csam-report",
        "vs-image-removal",
      ]),
    );
  });

  test("every record carries a source URL and the date it was checked", () => {
    const d = db();
    for (const table of ["organization", "service", "location", "compensation_programme", "programme_deadline"]) {
      const missing = d
        .prepare(
          `SELECT count(*) AS n FROM ${table} WHERE source_url IS NULL OR source_url NOT LIKE 'http%' OR checked_on IS NULL OR checked_on NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`,
        )
        .get() as { n: number };
      expect(missing.n, table).toBe(0);
    }
    d.close();
  });

  test("each compensation programme has a jurisdiction and a way to apply", () => {
    const d = db();
    const rows = d
      .prepare("SELECT crime_jurisdiction_country AS c, how_to_apply AS h FROM compensation_programme")
      .all() as {
      c: string;
      h: string;
    }[];
    d.close();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const r of rows) {
      expect(r.c).toMatch(/^[A-Z]{2}$/);
      expect(r.h.length).toBeGreaterThan(10);
    }
  });
});
