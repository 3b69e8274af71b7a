import { describe, expect, test } from "vitest";

import { formToMatchBody, parseMatchInput } from "~/lib/match-request";

describe("parseMatchInput", () => {
  test("reads each kind of place", () => {
    expect(parseMatchInput({ place: "Leeds" })).toMatchObject({
      ok: true,
      value: { by: "place", place: "Leeds", radiusKm: 50, localLimit: 20, limit: 100 },
    });
    expect(parseMatchInput({ lat: 53.8, lng: -1.55 })).toMatchObject({ ok: true, value: { by: "point" } });
    expect(parseMatchInput({ country: "gb", subdivision: "gb-eng" })).toMatchObject({
      ok: true,
      value: { by: "region", country: "GB", subdivision: "GB-ENG" },
    });
    expect(parseMatchInput({ placeId: "place:2644688" })).toMatchObject({ ok: true, value: { by: "placeId" } });
  });

  test("applies filter defaults and keeps valid filters", () => {
    const r = parseMatchInput({ place: "Leeds", needs: ["talk-now"], audience: "teen", freeOnly: true, radiusKm: 25 });
    expect(r).toMatchObject({
      ok: true,
      value: {
        needs: ["talk-now"],
        audience: "teen",
        freeOnly: true,
        radiusKm: 25,
        language: null,
        delivery: [],
        openNow: false,
      },
    });
  });

  test.each([
    ["nothing at all", {}, "place"],
    ["not an object", "Leeds", "form"],
    ["an array", ["Leeds"], "form"],
    ["an empty place", { place: "   " }, "place"],
    ["a place that is too long", { place: "x".repeat(101) }, "place"],
    ["a latitude off the globe", { lat: 91, lng: 0 }, "lat"],
    ["a missing longitude", { lat: 10 }, "lng"],
    ["an unknown country", { country: "XX" }, "country"],
    ["a region of another country", { country: "GB", subdivision: "US-CA" }, "subdivision"],
    ["an unknown need", { place: "Leeds", needs: ["pizza"] }, "needs"],
    ["an unknown audience", { place: "Leeds", audience: "everyone" }, "audience"],
    ["a radius too large", { place: "Leeds", radiusKm: 10000 }, "radiusKm"],
    ["a radius that is not a number", { place: "Leeds", radiusKm: "far" }, "radiusKm"],
    ["a malformed place id", { placeId: "'; DROP TABLE" }, "placeId"],
    ["no nearby services at all", { place: "Leeds", localLimit: 0 }, "localLimit"],
    ["too many nearby services", { place: "Leeds", localLimit: 201 }, "localLimit"],
    ["a fraction of a nearby service", { place: "Leeds", localLimit: 2.5 }, "localLimit"],
    ["a result limit that is not a number", { place: "Leeds", limit: "all" }, "limit"],
  ])("refuses %s with a message on the right field", (_name, body, field) => {
    const r = parseMatchInput(body);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors)).toContain(field);
      expect(JSON.stringify(r.errors)).not.toMatch(/DROP|pizza|everyone/);
    }
  });

  test("reads a posted form the same way as JSON", () => {
    const form = new FormData();
    form.set("place", "Leeds");
    form.append("needs", "talk-now");
    form.append("needs", "counselling");
    form.set("freeOnly", "on");
    form.set("radiusKm", "25");
    form.set("localLimit", "40");
    expect(parseMatchInput(formToMatchBody(form))).toMatchObject({
      ok: true,
      value: {
        by: "place",
        place: "Leeds",
        needs: ["talk-now", "counselling"],
        freeOnly: true,
        radiusKm: 25,
        localLimit: 40,
      },
    });
  });
});
