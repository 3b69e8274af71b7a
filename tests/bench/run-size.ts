/**
 * One benchmark size, in its own process (getPrisma() is a per-process
 * singleton reading DATABASE_URL):
 *
 *   tsx tests/bench/run-size.ts <services> <base.db> <work-dir>
 *
 * Copies the base database, adds <services> generated services, then
 * measures (a) runMatch latency over a fixed mix of searches and (b)
 * requests per second of POST /api/match and GET /resources/healthcheck on
 * the real server (createApp + the Remix build) with autocannon. The last
 * line of stdout is `RESULT <json>` for tests/bench/run.ts.
 */
import { copyFileSync, existsSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

import type { ServerBuild } from "@remix-run/node";

import type { MatchInput } from "../../app/lib/match-request";

import { generate, makeQueries, type BenchQuery } from "./generate";

export type SizeResult = {
  services: number;
  generateMs: number;
  dbBytes: number;
  kinds: Record<string, number>;
  queries: number;
  withPlaces: boolean;
  latency: Record<string, { n: number; p50: number; p95: number; mean: number }>;
  statuses: Record<string, number>;
  firstError: string | null;
  meanResults: number;
  candidates: Record<
    string,
    {
      n: number;
      resolveMs: number;
      regionIds: number;
      boxIds: number;
      regionMs: number;
      boxMs: number;
      totalMs: number;
    }
  >;
  http: {
    health: { rps: number; p50: number; p95: number; non2xx: number; errors: number };
    match: { rps: number; p50: number; p95: number; non2xx: number; errors: number };
    ratio: number;
  };
};

type AutocannonResult = {
  requests: { average: number };
  latency: { p50: number; p97_5: number; p90: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
};
type Autocannon = (opts: Record<string, unknown>) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const ROOT = path.resolve(import.meta.dirname ?? ".", "../..");
const QUERIES = Number(process.env.BENCH_QUERIES ?? 200);
const HTTP_SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const round = (x: number) => Math.round(x * 100) / 100;
const toBody = (q: BenchQuery): Record<string, unknown> => {
  const { by: _by, ...rest } = q;
  return rest;
};

async function main() {
  const [nArg, base, workDir] = process.argv.slice(2);
  const n = Number(nArg);
  if (!Number.isInteger(n) || n < 1 || !base || !workDir)
    throw new Error("usage: run-size.ts <services> <base.db> <work-dir>");
  const file = path.join(workDir, `bench-${n}.db`);
  copyFileSync(base, file);
  // Before any app module reads it.
  process.env.DATABASE_URL = `file:${file}`;
  process.env.NODE_ENV = "production";

  try {
    console.log(`[${n}] generating ${n.toLocaleString("en")} services…`);
    const gen = generate(file, n);
    const dbBytes = statSync(file).size;
    console.log(
      `[${n}] generated in ${(gen.ms / 1000).toFixed(1)} s (${Object.entries(gen.kinds)
        .map(([k, v]) => `${k} ${v}`)
        .join(
          ", ",
        )}; ${gen.organizations} orgs; ${gen.rtreeRows} R*Tree rows); database ${(dbBytes / 1e6).toFixed(0)} MB`,
    );

    const withPlaces = existsSync(path.join(ROOT, "app/models/place.server.ts"));
    const { parseMatchInput } = await import("../../app/lib/match-request");
    const { runMatch } = await import("../../app/models/match.server");
    const { setLogSink } = await import("../../app/utils/log.server");
    const { getPrisma } = await import("../../app/utils/db.server");

    const parsed: { kind: string; input: MatchInput; body: Record<string, unknown> }[] = [];
    for (const q of makeQueries(QUERIES + 20, withPlaces)) {
      const p = parseMatchInput(toBody(q));
      if (p.ok) parsed.push({ kind: q.by, input: p.value, body: toBody(q) });
    }
    const now = new Date("2026-11-30T11:00:00Z");
    const warm = parsed.slice(0, 20);
    const measured = parsed.slice(20);
    // As the server does at boot (app/server/main.ts): load the facts of
    // every non-local service before the first search.
    const { warmCaches } = await import("../../app/models/match-sql.server");
    const warmStarted = performance.now();
    const warmed = await warmCaches();
    console.log(
      `[${n}] caches warmed: ${warmed} non-local services in ${Math.round(performance.now() - warmStarted)} ms`,
    );
    for (const q of warm) await runMatch(q.input, now).catch(() => null);

    // (a) latency of the real search path, one search at a time.
    console.log(
      `[${n}] timing runMatch over ${measured.length} searches${withPlaces ? "" : " (no place.server: points and regions only)"}…`,
    );
    const times: Record<string, number[]> = { all: [] };
    const statuses: Record<string, number> = {};
    let results = 0;
    let resolvedCount = 0;
    let firstError: string | undefined;
    for (const q of measured) {
      const t0 = performance.now();
      const out = await runMatch(q.input, now).catch((error: unknown) => {
        firstError ??= `${q.kind} search: ${String(error instanceof Error ? error.message : error)
          .trim()
          .split("\n")
          .pop()}`;
        return { status: "error" } as const;
      });
      const ms = performance.now() - t0;
      statuses[out.status] = (statuses[out.status] ?? 0) + 1;
      // Percentiles are over searches that answered; failures are counted in statuses.
      if (out.status === "error") continue;
      times.all!.push(ms);
      (times[q.kind] ??= []).push(ms);
      if (out.status === "resolved") {
        results += out.results.length;
        resolvedCount++;
      }
    }
    const latency: SizeResult["latency"] = {};
    for (const [k, xs] of Object.entries(times)) {
      const s = [...xs].sort((a, b) => a - b);
      latency[k] = {
        n: s.length,
        p50: round(percentile(s, 50)),
        p95: round(percentile(s, 95)),
        mean: round(s.reduce((a, b) => a + b, 0) / s.length),
      };
    }
    console.log(`[${n}] runMatch p50 ${latency.all!.p50} ms, p95 ${latency.all!.p95} ms`);
    if (firstError) console.log(`[${n}] ${statuses.error} search(es) failed; first: ${firstError}`);

    // Where the time goes, for a sample: resolving the place, the candidate
    // id query (indexes + R*Tree) and loading the candidates' facts.
    const candidates: SizeResult["candidates"] = {};
    {
      const { subdivisionAncestors } = await import("../../app/lib/geo/iso");
      const { candidateFacts, candidateServiceIds } = await import("../../app/models/match-sql.server");
      const place = withPlaces ? await import("../../app/models/place.server") : null;
      const sums: Record<string, SizeResult["candidates"][string]> = {};
      for (const q of measured.slice(0, 45)) {
        let country: string;
        let subdivision: string | null = null;
        let point: { lat: number; lng: number } | null = null;
        const i = q.input;
        const tr = performance.now();
        if (i.by === "region") {
          country = i.country;
          subdivision = i.subdivision ?? null;
        } else if (i.by === "point" && place) {
          const p = await place.nearestPlace(Math.round(i.lat * 100) / 100, Math.round(i.lng * 100) / 100);
          if (!p) continue;
          country = p.country;
          subdivision = p.subdivision;
          point = { lat: Math.round(i.lat * 100) / 100, lng: Math.round(i.lng * 100) / 100 };
        } else if (i.by === "place" && place) {
          const r = await place.resolvePlace(i.place);
          if (r.kind !== "found") continue;
          country = r.place.country;
          subdivision = r.place.subdivision;
          point = { lat: r.place.lat, lng: r.place.lng };
        } else continue;
        const subs = subdivision ? [subdivision, ...subdivisionAncestors(subdivision)] : [];
        const t0 = performance.now();
        const resolveMs = t0 - tr;
        const { ids } = await candidateServiceIds({
          country,
          subdivisions: subs,
          point,
          localWanted: i.localLimit * 3 + 1,
        });
        const t1 = performance.now();
        await candidateFacts(ids);
        const t2 = performance.now();
        const t3 = performance.now();
        await runMatch(i, now).catch(() => null);
        const total = performance.now() - t3;
        const s = (sums[q.kind] ??= { n: 0, resolveMs: 0, regionIds: 0, boxIds: 0, regionMs: 0, boxMs: 0, totalMs: 0 });
        s.n++;
        s.resolveMs += resolveMs;
        s.regionIds += ids.length;
        s.boxIds += 0;
        s.regionMs += t1 - t0;
        s.boxMs += t2 - t1;
        s.totalMs += total;
      }
      for (const [k, s] of Object.entries(sums)) {
        candidates[k] = {
          n: s.n,
          resolveMs: round(s.resolveMs / s.n),
          regionIds: Math.round(s.regionIds / s.n),
          boxIds: Math.round(s.boxIds / s.n),
          regionMs: round(s.regionMs / s.n),
          boxMs: round(s.boxMs / s.n),
          totalMs: round(s.totalMs / s.n),
        };
      }
    }

    // (b) throughput of the real server, in this process, on this database.
    setLogSink(() => {});
    const buildFile = path.join(ROOT, "build/index.js");
    if (!existsSync(buildFile)) throw new Error("build/index.js is missing: run `npm run build`.");
    const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
    const { createApp } = await import("../../app/server/app");
    const app = createApp({ build, publicDir: path.join(ROOT, "public") });
    const server = app.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", () => resolve()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const bodies = measured
      .filter((q) => q.kind === "point" || q.kind === "region")
      .slice(0, 100)
      .map((q) => JSON.stringify(q.body));
    const shoot = async (opts: Record<string, unknown>) => {
      const r = await autocannon({ url, connections: 10, duration: HTTP_SECONDS, timeout: 60, ...opts });
      if (r.non2xx) console.log(`[${n}]   warning: ${r.non2xx} non-2xx answers`);
      return {
        rps: round(r.requests.average),
        p50: r.latency.p50,
        p95: r.latency.p97_5,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
      };
    };
    try {
      const warmRes = await fetch(`${url}/resources/healthcheck`);
      if (!warmRes.ok) throw new Error(`healthcheck answered ${warmRes.status}`);
      const probe = await fetch(`${url}/api/match`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: bodies[0],
      });
      if (!probe.ok) console.log(`[${n}]   warning: first /api/match probe answered ${probe.status}`);
      console.log(`[${n}] autocannon GET /resources/healthcheck, ${HTTP_SECONDS} s, 10 connections…`);
      const health = await shoot({ url: `${url}/resources/healthcheck`, method: "GET" });
      console.log(`[${n}]   ${health.rps} req/s`);
      console.log(
        `[${n}] autocannon POST /api/match (${bodies.length} bodies in rotation), ${HTTP_SECONDS} s, 10 connections…`,
      );
      const match = await shoot({
        requests: bodies.map((body) => ({
          method: "POST",
          path: "/api/match",
          headers: { "content-type": "application/json" },
          body,
        })),
      });
      console.log(`[${n}]   ${match.rps} req/s`);
      const result: SizeResult = {
        services: n,
        generateMs: Math.round(gen.ms),
        dbBytes,
        kinds: gen.kinds,
        queries: measured.length,
        withPlaces,
        latency,
        statuses,
        firstError: firstError ?? null,
        meanResults: resolvedCount ? round(results / resolvedCount) : 0,
        candidates,
        http: { health, match, ratio: round(match.rps / health.rps) },
      };
      console.log(`RESULT ${JSON.stringify(result)}`);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await getPrisma().$disconnect();
    }
  } finally {
    for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
}

await main();
