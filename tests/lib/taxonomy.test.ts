import { describe, expect, test } from "vitest";

import { NEED_CODES, NEEDS, needsForTypes, SERVICE_TYPES } from "~/lib/directory/taxonomy";

describe("taxonomy", () => {
  test("every need is met by known service types", () => {
    for (const need of NEED_CODES) {
      for (const type of NEEDS[need]) expect(SERVICE_TYPES).toHaveProperty(type);
    }
  });

  test("maps service types to needs in a fixed order", () => {
    expect(needsForTypes(["vs-image-removal", "vs-crisis-line"])).toEqual(["talk-now", "image-removal"]);
    expect(needsForTypes(["vs-compensation"])).toEqual(["compensation"]);
  });

  test("an advocate meets both the support and the legal need", () => {
    expect(needsForTypes(["vs-advocacy"])).toEqual(["counselling", "legal-help"]);
  });

  test("a type outside every need yields no need", () => {
    expect(needsForTypes(["vs-safe-housing"])).toEqual([]);
  });
});
