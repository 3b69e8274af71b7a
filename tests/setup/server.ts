import { existsSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";

import type { ServerBuild } from "@remix-run/node";

import { createApp } from "../../app/server/app";

/**
 * Starts Waypoint's real server (Express + the Remix build) in this process
 * on a free port. `npm test` builds the app first.
 */
export async function startServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const buildFile = path.resolve("build/index.js");
  if (!existsSync(buildFile)) throw new Error("build/index.js is missing: run `npm run build` (npm test does this).");
  const build = (await import(pathToFileURL(buildFile).href)) as ServerBuild;
  const app = createApp({ build, publicDir: path.resolve("public") });
  const server = app.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
