import { describe, expect, test } from "vitest";

import {
  applyIntent,
  MAX_REFERRAL_ITEMS,
  parseIntent,
  parseReferralIds,
  referralPath,
  serializeIds,
} from "~/lib/referral/list";

describe("parseReferralIds", () => {
  test("reads a comma-separated list of slugs in order", () => {
    expect(parseReferralIds("b-one,a-two,c-three")).toEqual({ ids: ["b-one", "a-two", "c-three"], rejected: 0 });
  });

  test("reads repeated form values the same way as one joined value", () => {
    expect(parseReferralIds(["b-one", "a-two,c-three"]).ids).toEqual(["b-one", "a-two", "c-three"]);
  });

  test("keeps the first of a repeated slug and ignores blanks and spaces", () => {
    expect(parseReferralIds(" a , ,b,a ")).toEqual({ ids: ["a", "b"], rejected: 0 });
  });

  test("drops anything that is not a slug and counts it", () => {
    expect(parseReferralIds("good,Bad,<script>,x y,ok-2")).toEqual({ ids: ["good", "ok-2"], rejected: 3 });
  });

  test("stops at the maximum and counts the rest as rejected", () => {
    const many = Array.from({ length: MAX_REFERRAL_ITEMS + 3 }, (_, i) => `s${i}`).join(",");
    const parsed = parseReferralIds(many);
    expect(parsed.ids).toHaveLength(MAX_REFERRAL_ITEMS);
    expect(parsed.rejected).toBe(3);
  });

  test("treats missing or non-text input as an empty list", () => {
    expect(parseReferralIds(undefined)).toEqual({ ids: [], rejected: 0 });
    expect(parseReferralIds(42)).toEqual({ ids: [], rejected: 0 });
    expect(parseReferralIds({ s: "a" })).toEqual({ ids: [], rejected: 0 });
  });
});

describe("parseIntent", () => {
  test("reads each operation on a slug", () => {
    for (const op of ["add", "remove", "up", "down"] as const)
      expect(parseIntent(`${op}:gb-x`)).toEqual({ op, id: "gb-x" });
  });

  test("reads clear and view without a slug", () => {
    expect(parseIntent("clear")).toEqual({ op: "clear" });
    expect(parseIntent("view")).toEqual({ op: "view" });
  });

  test("refuses unknown operations, bad slugs and extra parts", () => {
    for (const bad of ["delete:a", "add:", "add:A", "add:a:b", "", 7, null, "x".repeat(200)])
      expect(parseIntent(bad)).toBeNull();
  });
});

describe("applyIntent", () => {
  test("adds a new service at the end", () => {
    expect(applyIntent(["a"], { op: "add", id: "b" })).toEqual({ ids: ["a", "b"], outcome: "added" });
  });

  test("does not add a service twice", () => {
    expect(applyIntent(["a", "b"], { op: "add", id: "a" })).toEqual({ ids: ["a", "b"], outcome: "already" });
  });

  test("refuses to add beyond the maximum and keeps the list as it was", () => {
    const full = Array.from({ length: MAX_REFERRAL_ITEMS }, (_, i) => `s${i}`);
    expect(applyIntent(full, { op: "add", id: "new" })).toEqual({ ids: full, outcome: "full" });
  });

  test("removes a service and keeps the others in order", () => {
    expect(applyIntent(["a", "b", "c"], { op: "remove", id: "b" })).toEqual({ ids: ["a", "c"], outcome: "removed" });
  });

  test("moves a service up and down by one place", () => {
    expect(applyIntent(["a", "b", "c"], { op: "up", id: "c" })).toEqual({ ids: ["a", "c", "b"], outcome: "moved" });
    expect(applyIntent(["a", "b", "c"], { op: "down", id: "a" })).toEqual({ ids: ["b", "a", "c"], outcome: "moved" });
  });

  test("leaves the list unchanged when a move would fall off either end or the service is absent", () => {
    expect(applyIntent(["a", "b"], { op: "up", id: "a" }).outcome).toBe("unchanged");
    expect(applyIntent(["a", "b"], { op: "down", id: "b" }).outcome).toBe("unchanged");
    expect(applyIntent(["a", "b"], { op: "remove", id: "z" })).toEqual({ ids: ["a", "b"], outcome: "unchanged" });
  });

  test("clears the whole list", () => {
    expect(applyIntent(["a", "b"], { op: "clear" })).toEqual({ ids: [], outcome: "cleared" });
  });

  test("never changes the list it was given", () => {
    const ids = ["a", "b"];
    applyIntent(ids, { op: "down", id: "a" });
    expect(ids).toEqual(["a", "b"]);
  });
});

describe("referralPath", () => {
  test("carries only the slugs, comma-separated", () => {
    expect(referralPath(["gb-a", "us-b"])).toBe("/referral?s=gb-a%2Cus-b");
    expect(serializeIds(["gb-a", "us-b"])).toBe("gb-a,us-b");
  });

  test("is the bare page for an empty list", () => {
    expect(referralPath([])).toBe("/referral");
  });
});
