import { encode } from "uqr";
import { describe, expect, test } from "vitest";

import { qrCodePath } from "~/lib/referral/qr";

/** Paints the path back onto a grid, to compare with the encoder's matrix. */
function paint(size: number, path: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(w); i++) grid[Number(y)]![Number(x) + i] = true;
  }
  return grid;
}

describe("qrCodePath", () => {
  test("draws exactly the dark modules of the encoded link", () => {
    const text = "https://waypoint.example/referral?s=gb-nspcc-childline%2Cus-rainn-hotline";
    const { size, path } = qrCodePath(text);
    const expected = encode(text, { ecc: "M", border: 2 });
    expect(size).toBe(expected.size);
    expect(paint(size, path)).toEqual(expected.data);
  });

  test("gives a different code for a different list", () => {
    expect(qrCodePath("https://w.example/referral?s=a").path).not.toBe(
      qrCodePath("https://w.example/referral?s=b").path,
    );
  });
});
