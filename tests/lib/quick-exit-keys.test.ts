import { describe, expect, test } from "vitest";

import { initialShiftState, isPlainShift, otherKey, pressShift, shouldExit } from "~/lib/quick-exit-keys";

const key = (
  over: Partial<{ key: string; repeat: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {},
) => ({
  key: "Shift",
  repeat: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...over,
});

describe("the Shift shortcut", () => {
  test("exits on the third press when each comes within five seconds of the last", () => {
    let s = pressShift(initialShiftState, 0);
    s = pressShift(s, 4_000);
    expect(shouldExit(s)).toBe(false);
    s = pressShift(s, 8_500);
    expect(shouldExit(s)).toBe(true);
  });

  test("starts again when a press comes more than five seconds after the last", () => {
    let s = pressShift(initialShiftState, 0);
    s = pressShift(s, 1_000);
    s = pressShift(s, 6_500);
    expect(s.count).toBe(1);
    expect(shouldExit(s)).toBe(false);
  });

  test("counts only a plain Shift: not held down, not with Ctrl, Alt or Cmd", () => {
    expect(isPlainShift(key())).toBe(true);
    expect(isPlainShift(key({ repeat: true }))).toBe(false);
    expect(isPlainShift(key({ ctrlKey: true }))).toBe(false);
    expect(isPlainShift(key({ altKey: true }))).toBe(false);
    expect(isPlainShift(key({ metaKey: true }))).toBe(false);
    expect(isPlainShift(key({ key: "Escape" }))).toBe(false);
  });

  test("another key in between resets the count", () => {
    expect(otherKey()).toEqual(initialShiftState);
  });
});
