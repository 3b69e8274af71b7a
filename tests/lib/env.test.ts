import { describe, expect, test } from "vitest";

import { parseEnv } from "~/utils/env.server";

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
