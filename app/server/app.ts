import crypto from "node:crypto";
import path from "node:path";

import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";

import { logEvent, logRequest } from "../utils/log.server";
import { tileOrigin } from "../utils/env.server";
import { securityHeaders } from "../utils/security-headers.server";

/**
 * Forms may only be posted from Waypoint's own pages. Because we send
 * `Referrer-Policy: no-referrer`, browsers post our own forms with
 * `Origin: null`, which Remix's built-in check would turn into a 500. We
 * decide here instead, from the Fetch Metadata the browser sends: a
 * cross-site post gets a plain 403; a null origin from our own page passes
 * (with its Origin removed so Remix does not trip over it). Waypoint keeps
 * no sessions, so there is nothing a forged post could act on anyway.
 */
export const sameOriginForms: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  const host = req.get("host");
  const crossSite =
    (site && site !== "same-origin" && site !== "none") || (origin && origin !== "null" && safeHost(origin) !== host);
  if (crossSite) {
    res.status(403).type("text/plain").send("Forms can only be sent from this site.");
    return;
  }
  if (origin === "null") delete req.headers.origin;
  next();
};

function safeHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Waypoint's HTTP server: Express in front of Remix, because remix-serve
 * logs every full URL (query string included) and we must never log one.
 */
export function createApp({ build, publicDir }: { build: ServerBuild; publicDir: string }) {
  const app = express();
  const tiles = tileOrigin();
  app.disable("x-powered-by");
  app.disable("etag");

  app.use((req, res, next) => {
    const started = performance.now();
    // Read now: mounted middleware rewrites req.url. routeLabel drops the query.
    const path = req.originalUrl;
    res.on("finish", () =>
      logRequest({ method: req.method, path, status: res.statusCode, durationMs: performance.now() - started }),
    );
    next();
  });

  app.use((_req, res, next) => {
    const nonce = crypto.randomBytes(16).toString("base64");
    res.locals.cspNonce = nonce;
    res.set(securityHeaders(nonce, tiles));
    next();
  });

  app.use(compression());
  app.use(sameOriginForms);

  // Fingerprinted build assets never change; everything else in public/
  // may, so it is cached briefly.
  app.use(
    "/build",
    express.static(path.join(publicDir, "build"), { immutable: true, maxAge: "1y", fallthrough: false }),
  );
  app.use(express.static(publicDir, { maxAge: "1h", dotfiles: "ignore" }));

  // Pages may reveal what someone looked for, and a shared device keeps
  // caches: nothing Remix renders is stored by the browser or a proxy.
  // Set here, once, for every page, data request and error.
  app.use((_req, res, next) => {
    res.set("Cache-Control", "no-store");
    next();
  });

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: build.mode,
      getLoadContext: (_req, res) => ({ cspNonce: String(res.locals.cspNonce) }),
    }),
  );

  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status >= 500) logEvent("error", "unhandled server error", { name: String(error?.name ?? "Error") });
    res
      .status(status)
      .type("text/plain")
      .set("Cache-Control", "no-store")
      .send(status === 404 ? "Not found" : status < 500 ? "Bad request" : "Something went wrong");
  };
  app.use(onError);

  return app;
}
