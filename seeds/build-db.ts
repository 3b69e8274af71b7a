/**
 * `npm run db:build`: make sure the embedded database exists and is newer
 * than the seeds, the migrations and the import code; rebuild it when not.
 * The new database is built beside the old one and moved into place only
 * when complete, so a failed build never leaves a half-written directory.
 * `--force` rebuilds regardless.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

import { createPrisma } from "../app/utils/db.server";

import { databasePath } from "./database-file";
import { importGazetteer } from "./gazetteer";
import { importSeeds } from "./import";
import { readSeedFiles, SEEDS_DIR } from "./read";

const ROOT = path.dirname(SEEDS_DIR);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function isFresh(file: string): boolean {
  if (!existsSync(file)) return false;
  const inputs = Math.max(
    newestMtime(path.join(ROOT, "seeds")),
    newestMtime(path.join(ROOT, "prisma", "migrations")),
    newestMtime(path.join(ROOT, "app", "lib", "directory")),
    newestMtime(path.join(ROOT, "app", "lib", "geo")),
  );
  return statSync(file).mtimeMs >= inputs;
}

export async function buildDatabase(target: string, log: (line: string) => void = console.log): Promise<boolean> {
  const building = `${target}.building`;
  for (const f of [building, `${building}-journal`]) rmSync(f, { force: true });

  log("Applying migrations…");
  try {
    execFileSync(
      path.join(ROOT, "node_modules", ".bin", "prisma"),
      ["migrate", "deploy", "--config", path.join(ROOT, "prisma", "prisma.config.ts")],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${building}` }, stdio: "pipe" },
    );
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`${e.stdout?.toString() ?? ""}${e.stderr?.toString() ?? ""}`);
    throw new Error("prisma migrate deploy failed");
  }

  const prisma = createPrisma(`file:${building}`);
  try {
    const result = await importSeeds(prisma, await readSeedFiles(), log);
    if (!result.ok) {
      for (const p of result.problems) console.error(p);
      console.error(`\n${result.problems.length} problem(s). The database was not changed.`);
      return false;
    }
    const started = performance.now();
    const gazetteer = await importGazetteer(prisma, log);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`Gazetteer: ${gazetteer.places} place(s), ${gazetteer.postalCodes} postcode row(s) in ${seconds} s.`);
  } finally {
    await prisma.$disconnect();
  }
  renameSync(building, target);
  rmSync(`${target}-journal`, { force: true });
  log(`Database ready: ${path.relative(ROOT, target)}`);
  return true;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename ?? "");
if (isMain) {
  const target = databasePath();
  if (!process.argv.includes("--force") && isFresh(target)) {
    console.log(`Database up to date: ${path.relative(ROOT, target)}`);
  } else if (!(await buildDatabase(target))) {
    process.exitCode = 1;
  }
}
