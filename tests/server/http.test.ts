import { afterAll, beforeAll, describe, expect, test } from "vitest";

import { setLogSink } from "~/utils/log.server";

import { startServer } from "../setup/server";

/**
 * The privacy and security baseline, checked over real HTTP against the
 * built app: headers on every response, no cookies, no 500s from bad
 * input, and logs that never hold a query string, a search or an address.
 */

let server: Awaited<ReturnType<typeof startServer>>;
const logLines: string[] = [];

beforeAll(async () => {
  setLogSink((line) => logLines.push(line));
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  setLogSink(undefined);
});

const get = (p: string, init?: RequestInit) => fetch(`${server.url}${p}`, { redirect: "manual", ...init });
const postForm = (fields: Record<string, string>) =>
  get("/?index", { method: "POST", body: new URLSearchParams(fields) });

function expectBaselineHeaders(res: Response) {
  const csp = res.headers.get("content-security-policy") ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain("unsafe-inline");
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).not.toMatch(/https?:|\*/);
  expect(res.headers.get("referrer-policy")).toBe("no-referrer");
  expect(res.headers.get("permissions-policy")).toMatch(/(^|, )geolocation=\(self\)(,|$)/);
  expect(res.headers.get("permissions-policy")?.match(/=\((?!\))/g)).toEqual(["=("]);
  expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d{8,}/);
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  expect(res.headers.get("set-cookie")).toBeNull();
  expect(res.headers.get("x-powered-by")).toBeNull();
}

describe("every response", () => {
  test("the home page carries the security headers, no cookie, and no-store", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expectBaselineHeaders(res);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  test("the nonce is new on every request and is the one on the page's scripts", async () => {
    const [a, b] = await Promise.all([get("/"), get("/")]);
    const nonceA = a.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1]!;
    const nonceB = b.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1]!;
    expect(nonceA).not.toBe(nonceB);
    const html = await a.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonceA}"`);
  });

  test("a search result page carries the headers, no cookie and no-store", async () => {
    const res = await postForm({ country: "GB", subdivision: "GB-ENG" });
    expect(res.status).toBe(200);
    expectBaselineHeaders(res);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.text()).toContain("Childline");
  });

  test("static files carry the headers and no cookie", async () => {
    const html = await (await get("/")).text();
    const asset = html.match(/"(\/build\/[^"]+\.js)"/)![1]!;
    const res = await get(asset);
    expect(res.status).toBe(200);
    expectBaselineHeaders(res);
    expect(res.headers.get("cache-control")).toContain("immutable");
    const icon = await get("/favicon.svg");
    expect(icon.status).toBe(200);
    expectBaselineHeaders(icon);
  });

  test("the page title is neutral", async () => {
    const html = await (await postForm({ country: "US", subdivision: "US-CA" })).text();
    expect(html).toContain("<title>Waypoint</title>");
  });
});

describe("the health endpoint", () => {
  test("answers ok when the directory opens and is not empty", async () => {
    const res = await get("/resources/healthcheck");
    expect(res.status).toBe(200);
    expectBaselineHeaders(res);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("bad input", () => {
  test.each([
    ["an unknown page", "/no-such-page", 404],
    ["a broken percent-encoding", "/%E0%A4%A", 400],
    ["a broken encoding in a query", "/?x=%E0%A4%A", 200],
    ["a very long path", `/${"a".repeat(5000)}`, 404],
    ["a missing static asset", "/build/nothing.js", 404],
  ])("%s gets a clear answer, not a 500", async (_name, p, status) => {
    const res = await get(p);
    expect(res.status).toBe(status);
    expectBaselineHeaders(res);
  });

  test("an unknown country posted to the form gets a 400 and changes nothing", async () => {
    const res = await postForm({ country: "Atlantis" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Choose a country from the list.");
    expect(html).not.toContain("Atlantis");
  });

  test("a form post to a path with no form is a 404 or 405, not a 500", async () => {
    const res = await get("/no-such-page", { method: "POST", body: "a=b" });
    expect([404, 405]).toContain(res.status);
  });
});

describe("the request log", () => {
  test("records method, route, status and duration only, never a query, a search or an address", async () => {
    logLines.length = 0;
    await get("/?place=Secret%20Town&q=private-words");
    await postForm({ country: "GB", subdivision: "GB-ENG", note: "Secret Town" });
    await get("/services/private-words");
    await get("/", { headers: { "X-Forwarded-For": "203.0.113.9", "User-Agent": "SecretAgent/1.0" } });
    // A line is written when the response finishes, just after the client has it.
    await expect.poll(() => logLines.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(4);
    const requests = logLines.filter((l) => l.includes('"msg":"request"'));
    expect(requests.length).toBeGreaterThanOrEqual(4);
    for (const line of requests) {
      expect(Object.keys(JSON.parse(line)).sort()).toEqual(["level", "method", "ms", "msg", "route", "status"]);
    }
    const all = logLines.join("\n");
    for (const secret of [
      "Secret",
      "private-words",
      "place=",
      "?",
      "127.0.0.1",
      "203.0.113.9",
      "SecretAgent",
      "GB-ENG",
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});

describe("form posts", () => {
  test("our own form, posted with Origin: null because of no-referrer, is accepted", async () => {
    const res = await get("/?index", {
      method: "POST",
      headers: { Origin: "null", "Sec-Fetch-Site": "same-origin", "Content-Type": "application/x-www-form-urlencoded" },
      body: "country=AU",
    });
    expect(res.status).toBe(200);
  });

  test("a post from another site is refused with a 403, not a 500", async () => {
    const attempts: Record<string, string>[] = [
      { Origin: "https://elsewhere.example" },
      { "Sec-Fetch-Site": "cross-site" },
      { Origin: "not a url" },
    ];
    for (const headers of attempts) {
      const res = await get("/?index", {
        method: "POST",
        headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
        body: "country=AU",
      });
      expect(res.status).toBe(403);
      expectBaselineHeaders(res);
    }
  });
});
