/**
 * `npm start`: serve the built app. Settings are checked before anything
 * listens, so a bad value fails loudly at boot.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";

import type { ServerBuild } from "@remix-run/node";

import { warmCaches } from "../models/match-sql.server";
import { getEnv } from "../utils/env.server";
import { logEvent } from "../utils/log.server";

import { createApp } from "./app";

const env = getEnv();
const root = process.cwd();
const build = (await import(pathToFileURL(path.join(root, "build", "index.js")).href)) as ServerBuild;
const app = createApp({ build, publicDir: path.join(root, "public") });

const server = app.listen(env.PORT, env.HOST, () => {
  logEvent("info", "listening", { port: env.PORT });
});

// Fill the directory caches in the background; searches work meanwhile.
const warmStarted = performance.now();
warmCaches()
  .then((n) => logEvent("info", "caches warm", { services: n, ms: Math.round(performance.now() - warmStarted) }))
  .catch(() => logEvent("warn", "cache warm-up failed"));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
