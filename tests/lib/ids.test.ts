import { describe, expect, test } from "vitest";

import { stableId } from "~/lib/directory/ids";

describe("stableId", () => {
  test("is a version-5 RFC 4122 UUID", () => {
    expect(stableId("service:gb-nspcc-childline")).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  test("gives the same id for the same slug, and different ids for different slugs", () => {
    expect(stableId("service:a")).toBe(stableId("service:a"));
    expect(stableId("service:a")).not.toBe(stableId("service:b"));
  });

  test("matches an independent UUIDv5 implementation, so published ids never drift", () => {
    // Computed with Python: uuid.uuid5(uuid.UUID(NAMESPACE), "x"). Share
    // links depend on these ids; changing the namespace would break them.
    expect(stableId("x")).toBe("7b2cd15b-a19c-58d2-9373-c9a686932ff2");
  });
});
