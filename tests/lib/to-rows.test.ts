import { describe, expect, test } from "vitest";

import { boundingBox, directoryRows, taxonomyRows } from "~/lib/directory/to-rows";
import { validateSeeds } from "~/lib/directory/validate-seeds";

import { asInput, validSeedFile } from "../fixtures/seeds";

function rowsFor(file = validSeedFile()) {
  const result = validateSeeds([asInput(file)]);
  if (!result.ok) throw new Error("fixture should be valid");
  return directoryRows(result.seeds);
}

describe("directoryRows", () => {
  test("gives identical rows for identical seeds", () => {
    expect(rowsFor()).toEqual(rowsFor());
  });

  test("records provenance on organisations, services and locations", () => {
    const rows = rowsFor();
    expect(rows.organizations[0]).toMatchObject({ sourceUrl: "https://example.org/about", checkedOn: "2026-11-01" });
    expect(rows.services[0]).toMatchObject({ sourceUrl: "https://example.org/line", checkedOn: "2026-11-01" });
    expect(rows.locations[0]).toMatchObject({ sourceUrl: "https://example.org/about", checkedOn: "2026-11-01" });
  });

  test("turns types, audiences, delivery and access into attributes", () => {
    const rows = rowsFor();
    const { terms } = taxonomyRows();
    const codes = rows.attributes.map((a) => terms.find((t) => t.id === a.taxonomyTermId)?.code);
    expect(codes).toEqual(["vs-crisis-line", "audience:child", "audience:teen", "delivery:phone", "access:24-7"]);
  });

  test("marks short codes and keeps E.164 numbers as they are", () => {
    const file = validSeedFile();
    file.organizations[0]!.services[0]!.phones.push({
      number: "116111",
      country: "GB",
      type: "voice",
      crisisLine: true,
    } as never);
    const phones = rowsFor(file).phones;
    expect(phones.map((p) => [p.number, p.isShortCode, p.country])).toEqual([
      ["+442071234567", false, null],
      ["116111", true, "GB"],
    ]);
  });

  test("every attribute points at a term that exists", () => {
    const { terms } = taxonomyRows();
    const ids = new Set(terms.map((t) => t.id));
    for (const a of rowsFor().attributes) expect(ids.has(a.taxonomyTermId)).toBe(true);
  });
});

describe("boundingBox", () => {
  test("contains the circle at the equator", () => {
    const box = boundingBox(0, 0, 111.32);
    expect(box.minLat).toBeCloseTo(-1);
    expect(box.maxLat).toBeCloseTo(1);
    expect(box.maxLng).toBeCloseTo(1);
  });

  test("widens in longitude away from the equator", () => {
    const box = boundingBox(60, 10, 111.32);
    expect(box.maxLng - 10).toBeCloseTo(2, 1);
  });

  test("spans every longitude at a pole and never leaves the globe", () => {
    const box = boundingBox(90, 0, 50);
    expect(box).toMatchObject({ minLng: -180, maxLng: 180, maxLat: 90 });
  });
});
