import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";

import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";

import { setLogSink } from "~/utils/log.server";

import { startServer } from "../setup/server";

/**
 * After many searches of every kind, nothing of them is anywhere on the
 * server: the database file is byte for byte the same (the server opens it
 * read-only), and the log holds no query string, search term or address.
 */

let server: Awaited<ReturnType<typeof startServer>>;
const lines: string[] = [];
const file = inject("databaseFile");
const digest = () => createHash("sha256").update(readFileSync(file)).digest("hex");
let before: string;

beforeAll(async () => {
  before = digest();
  setLogSink((l) => lines.push(l));
  server = await startServer();
});
afterAll(async () => {
  await server.close();
  setLogSink(undefined);
});

const TERMS = ["Leeds", "Portland", "97201", "Sydney", "Secretville"];

describe("after many searches", () => {
  test("the database is unchanged and the log holds nothing of them", async () => {
    const headers = { "X-Forwarded-For": "198.51.100.23", "X-Real-IP": "198.51.100.24" };
    for (let i = 0; i < 5; i++) {
      for (const place of TERMS) {
        await fetch(`${server.url}/api/match`, {
          method: "POST",
          headers: { ...headers, "Content-Type": "application/json" },
          body: JSON.stringify({ place }),
        });
        await fetch(`${server.url}/?index`, {
          method: "POST",
          headers,
          body: new URLSearchParams({ place, needs: "talk-now" }),
        });
      }
      await fetch(`${server.url}/api/match`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ lat: 53.8, lng: -1.55 }),
      });
      await fetch(`${server.url}/find?country=GB&subdivision=GB-ENG&needs=compensation`, { headers });
      await fetch(`${server.url}/?place=Leeds&q=Secretville`, { headers });
    }
    await expect.poll(() => lines.filter((l) => l.includes('"msg":"request"')).length).toBeGreaterThanOrEqual(65);

    expect(digest()).toBe(before);
    expect(existsSync(`${file}-journal`)).toBe(false);
    expect(existsSync(`${file}-wal`)).toBe(false);

    const log = lines.join("\n");
    for (const secret of [...TERMS, "53.8", "-1.55", "country=", "GB-ENG", "needs", "?", "198.51.100", "127.0.0.1"]) {
      expect(log, secret).not.toContain(secret);
    }
  }, 60_000);
});
