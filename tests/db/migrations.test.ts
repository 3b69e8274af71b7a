import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";

/**
 * The migrations in prisma/migrations, applied with `prisma migrate
 * deploy`, must produce exactly the database schema.prisma describes. We
 * compare the two SQLite schemas object by object; the only exception is
 * the R*Tree virtual table, which Prisma cannot express and which is
 * checked on its own.
 */

const root = path.resolve(".");
const prismaBin = path.join(root, "node_modules", ".bin", "prisma");
const config = path.join(root, "prisma", "prisma.config.ts");
const dir = mkdtempSync(path.join(os.tmpdir(), "waypoint-migrations-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function schemaOf(file: string) {
  const db = new Database(file, { readonly: true });
  const rows = db
    .prepare(
      "SELECT type, name, tbl_name AS tbl, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma_%' AND tbl_name NOT LIKE 'x_service_area_rtree%' ORDER BY type, name",
    )
    .all() as { type: string; name: string; tbl: string; sql: string | null }[];
  db.close();
  return rows.map((r) => ({ ...r, sql: r.sql?.replace(/\s+/g, " ").trim() ?? null }));
}

describe("migrations", () => {
  test("prisma migrate deploy gives exactly the schema that schema.prisma describes", () => {
    const migrated = path.join(dir, "migrated.db");
    execFileSync(prismaBin, ["migrate", "deploy", "--config", config], {
      env: { ...process.env, DATABASE_URL: `file:${migrated}` },
      stdio: "pipe",
    });

    const script = execFileSync(
      prismaBin,
      [
        "migrate",
        "diff",
        "--config",
        config,
        "--from-empty",
        "--to-schema-datamodel",
        path.join(root, "prisma", "schema.prisma"),
        "--script",
      ],
      {
        env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "unused.db")}` },
        stdio: ["ignore", "pipe", "pipe"],
      },
    ).toString();
    const expected = path.join(dir, "expected.db");
    const db = new Database(expected);
    db.exec(script);
    db.close();

    const actual = schemaOf(migrated);
    expect(actual.length).toBeGreaterThan(10);
    expect(actual).toEqual(schemaOf(expected));

    // The one object Prisma cannot describe: the R*Tree spatial index (ADR 006).
    const db2 = new Database(migrated, { readonly: true });
    const rtree = db2.prepare("SELECT sql FROM sqlite_master WHERE name = 'x_service_area_rtree'").get() as {
      sql: string;
    };
    db2.close();
    expect(rtree.sql).toMatch(/USING rtree/i);
  }, 60_000);
});
