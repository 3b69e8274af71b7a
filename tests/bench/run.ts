/**
 * `npm run bench`: builds a base database with the app's own build code
 * (migrations, taxonomy, shipped directory, gazetteer) in a temporary
 * folder, then for each size runs tests/bench/run-size.ts in its own
 * process and prints a table with PASS/FAIL against the targets:
 *
 * - match p95 at 1M services no more than 3 × p95 at 10k;
 * - POST /api/match at 10k services at least half the healthcheck's req/s.
 *
 * Sizes: BENCH_SIZES=1000,10000 (default 1k, 10k, 100k, 1M). Searches per
 * size: BENCH_QUERIES (default 200). Seconds per autocannon run:
 * BENCH_HTTP_SECONDS (default 5). Generated databases are deleted.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

import { buildDatabase } from "../../seeds/build-db";

import type { SizeResult } from "./run-size";

const ROOT = path.resolve(import.meta.dirname ?? ".", "../..");
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000,100000,1000000").split(",").map(Number);

function runSize(n: number, base: string, dir: string): Promise<SizeResult | null> {
  return new Promise((resolve) => {
    const child = spawn(
      path.join(ROOT, "node_modules/.bin/tsx"),
      [path.join(ROOT, "tests/bench/run-size.ts"), String(n), base, dir],
      {
        cwd: ROOT,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let result: SizeResult | null = null;
    let buffered = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      let nl;
      while ((nl = buffered.indexOf("\n")) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        if (line.startsWith("RESULT ")) result = JSON.parse(line.slice("RESULT ".length)) as SizeResult;
        else console.log(line);
      }
    });
    child.on("close", (code) => {
      if (code !== 0) console.error(`size ${n} failed (exit ${code})`);
      resolve(result);
    });
  });
}

const pad = (s: string | number, w: number) => String(s).padStart(w);

async function main() {
  if (!existsSync(path.join(ROOT, "build/index.js")))
    throw new Error("build/index.js is missing: run `npm run build` first.");
  const dir = mkdtempSync(path.join(os.tmpdir(), "waypoint-bench-"));
  const started = Date.now();
  try {
    const base = path.join(dir, "base.db");
    console.log("Building the base database (migrations, taxonomy, directory, gazetteer)…");
    if (!(await buildDatabase(base, () => {}))) throw new Error("base database build failed");

    const results: SizeResult[] = [];
    for (const n of SIZES) {
      const r = await runSize(n, base, dir);
      if (r) results.push(r);
    }

    const lines: string[] = [];
    lines.push(
      "| services | generate s | DB MB | match p50 ms | match p95 ms | point p95 | region p95 | place p95 | /api/match req/s | healthcheck req/s | ratio |",
      "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    );
    for (const r of results) {
      const k = (kind: string) => (r.latency[kind] ? r.latency[kind]!.p95 : "–");
      lines.push(
        `| ${[
          r.services.toLocaleString("en"),
          (r.generateMs / 1000).toFixed(1),
          (r.dbBytes / 1e6).toFixed(0),
          r.latency.all!.p50,
          r.latency.all!.p95,
          k("point"),
          k("region"),
          k("place"),
          r.http.match.rps,
          r.http.health.rps,
          r.http.ratio,
        ].join(" | ")} |`,
      );
    }
    console.log("\nResults\n");
    console.log(lines.join("\n"));

    console.log(
      "\nWhere a search's time goes (first 45 searches, means; the rest of runMatch is matching and loading the shown results' details):\n",
    );
    console.log(
      "| services | kind | n | resolve ms | candidates | candidate-id query ms | candidate facts ms | runMatch ms |",
    );
    console.log("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (const r of results) {
      for (const [kind, c] of Object.entries(r.candidates)) {
        const cells = [
          r.services.toLocaleString("en"),
          kind,
          c.n,
          c.resolveMs,
          c.regionIds,
          c.regionMs,
          c.boxMs,
          c.totalMs,
        ];
        console.log(`| ${cells.join(" | ")} |`);
      }
    }
    console.log("\nOutcomes:");
    for (const r of results) {
      console.log(
        `  ${pad(r.services.toLocaleString("en"), 9)}: ${Object.entries(r.statuses)
          .map(([s, c]) => `${s} ${c}`)
          .join(
            ", ",
          )}; mean results shown ${r.meanResults}; HTTP non-2xx match ${r.http.match.non2xx}, errors ${r.http.match.errors}`,
      );
      if (r.firstError) console.log(`             first failure: ${r.firstError}`);
    }

    console.log("\nTargets:");
    const at = (n: number) => results.find((r) => r.services === n);
    const r10k = at(10_000);
    const r1m = at(1_000_000);
    if (r10k && r1m) {
      const limit = 3 * r10k.latency.all!.p95;
      const failed = (r1m.statuses.error ?? 0) + (r10k.statuses.error ?? 0);
      if (failed) console.log(`  FAIL  ${failed} search(es) failed at 10k/1M; the p95 below leaves them out`);
      console.log(
        `  ${r1m.latency.all!.p95 <= limit && !failed ? "PASS" : "FAIL"}  match p95 at 1M (${r1m.latency.all!.p95} ms) <= 3 × p95 at 10k (${round(limit)} ms)`,
      );
    } else console.log("  SKIP  match p95 at 1M vs 10k: both sizes not measured");
    if (r10k) {
      console.log(
        `  ${r10k.http.ratio >= 0.5 ? "PASS" : "FAIL"}  /api/match at 10k (${r10k.http.match.rps} req/s) >= 0.5 × healthcheck (${r10k.http.health.rps} req/s): ratio ${r10k.http.ratio}`,
      );
    } else console.log("  SKIP  /api/match vs healthcheck at 10k: not measured");
    console.log(`\nTotal ${(Date.now() - started) / 1000} s on ${os.cpus().length} CPU(s), Node ${process.version}.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

await main();
