import { describe, expect, test } from "vitest";

import { parseEnv, tileOrigin } from "~/utils/env.server";
import { contentSecurityPolicy } from "~/utils/security-headers.server";

describe("parseEnv", () => {
  test("gives safe defaults", () => {
    expect(parseEnv({})).toMatchObject({
      PORT: 3000,
      DATABASE_URL: "file:./prisma/waypoint.db",
      QUICK_EXIT_URL: "https://www.bbc.co.uk/weather",
    });
  });

  test("honours PORT", () => {
    expect(parseEnv({ PORT: "8080" }).PORT).toBe(8080);
  });

  test("refuses a bad port, database URL or exit address with a message naming the setting", () => {
    expect(() => parseEnv({ PORT: "eighty" })).toThrow(/PORT/);
    expect(() => parseEnv({ DATABASE_URL: "postgres://x" })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ QUICK_EXIT_URL: "javascript:alert(1)" })).toThrow(/QUICK_EXIT_URL/);
  });
});

describe("map tile server setting", () => {
  test("is off by default, so the map asks no other origin", () => {
    expect(parseEnv({}).MAP_TILE_URL).toBeUndefined();
    expect(tileOrigin(parseEnv({}))).toBeNull();
    expect(contentSecurityPolicy("n")).toContain("img-src 'self' data:;");
  });

  test("when set, allows that one origin for images and no other", () => {
    const env = parseEnv({ MAP_TILE_URL: "https://tiles.example.org/osm/{z}/{x}/{y}.png" });
    expect(tileOrigin(env)).toBe("https://tiles.example.org");
    const csp = contentSecurityPolicy("n", tileOrigin(env));
    expect(csp).toContain("img-src 'self' data: https://tiles.example.org;");
    expect(csp).toContain("connect-src 'self';");
  });

  test("refuses an address that is not https or lacks {z}, {x} and {y}", () => {
    expect(() => parseEnv({ MAP_TILE_URL: "http://tiles.example.org/{z}/{x}/{y}.png" })).toThrow(/MAP_TILE_URL/);
    expect(() => parseEnv({ MAP_TILE_URL: "https://tiles.example.org/tile.png" })).toThrow(/MAP_TILE_URL/);
  });
});
