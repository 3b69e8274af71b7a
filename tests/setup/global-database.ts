import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import type { TestProject } from "vitest/node";

import { buildDatabase } from "../../seeds/build-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseFile: string;
  }
}

/**
 * Builds a real SQLite database from seeds/ with the same code `npm start`
 * uses, once per test run, in a temporary folder.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "waypoint-test-"));
  const file = path.join(dir, "directory.db");
  const ok = await buildDatabase(file, () => {});
  if (!ok) throw new Error("The seeds did not validate; see the problems above.");
  project.provide("databaseUrl", `file:${file}`);
  project.provide("databaseFile", file);
  return () => rmSync(dir, { recursive: true, force: true });
}
