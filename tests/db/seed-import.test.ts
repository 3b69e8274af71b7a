import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";

import type { PrismaClient } from "~/generated/prisma/client";
import { createPrisma } from "~/utils/db.server";

import { importSeeds } from "../../seeds/import";
import { readSeedFiles } from "../../seeds/read";
import { asInput, validSeedFile } from "../fixtures/seeds";

/**
 * The importer against a real SQLite database built by the same code
 * `npm start` uses (tests/setup/global-database.ts).
 */

const dir = mkdtempSync(path.join(os.tmpdir(), "waypoint-import-"));
const file = path.join(dir, "copy.db");
let prisma: PrismaClient;

beforeAll(() => {
  copyFileSync(inject("databaseFile"), file);
  prisma = createPrisma(`file:${file}`);
});
afterAll(async () => {
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Every row of every directory table, in primary-key order. The gazetteer
 * tables are left out: importSeeds never touches them (the gazetteer has
 * its own import), and they are large.
 */
function dump(dbFile: string): Record<string, unknown[]> {
  const db = new Database(dbFile, { readonly: true });
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%' AND name NOT LIKE 'x_service_area_rtree_%' AND name NOT IN ('x_place', 'x_postal_code') ORDER BY name",
    )
    .all() as { name: string }[];
  const out: Record<string, unknown[]> = {};
  for (const { name } of tables) out[name] = db.prepare(`SELECT * FROM "${name}" ORDER BY id`).all();
  db.close();
  return out;
}

// A full import of the shipped directory (over a thousand services) takes
// several seconds on a busy two-core machine: more than vitest's default.
describe("importSeeds", { timeout: 60_000 }, () => {
  test("importing the shipped seeds again gives the same database", async () => {
    const before = dump(file);
    expect(before.service!.length).toBeGreaterThanOrEqual(30);
    const result = await importSeeds(prisma, await readSeedFiles());
    expect(result.ok).toBe(true);
    expect(dump(file)).toEqual(before);
  });

  test("an invalid record writes nothing and reports file, record and field", async () => {
    const before = readFileSync(file);
    const bad = validSeedFile();
    (bad.organizations[0]!.services[0]! as Record<string, unknown>).phones = [
      { number: "123", type: "voice", crisisLine: true },
    ];
    const result = await importSeeds(prisma, [...(await readSeedFiles()), asInput(bad, "seeds/directory/zz-bad.json")]);
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /^seeds\/directory\/zz-bad\.json › organizations\[0\] \(test-org\) › services\[0\] \(test-org-line\) › phones\[0\]\.country: /,
        ),
      ],
    });
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  test("replaces the directory: a record removed from the seeds is gone after import", async () => {
    const result = await importSeeds(prisma, [asInput(validSeedFile())]);
    expect(result.ok).toBe(true);
    expect(await prisma.service.findMany({ select: { slug: true } })).toEqual([{ slug: "test-org-line" }]);
    // Put the shipped directory back for any later test in this file.
    expect((await importSeeds(prisma, await readSeedFiles())).ok).toBe(true);
  });

  test("prints progress while it works", async () => {
    const lines: string[] = [];
    await importSeeds(prisma, await readSeedFiles(), (l) => lines.push(l));
    expect(lines[0]).toMatch(/^Validating \d+ seed file/);
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}service: \d+$/));
  });
});
