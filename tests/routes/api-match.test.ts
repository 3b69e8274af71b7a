import { describe, expect, test } from "vitest";

import { action as searchAction } from "~/routes/_index";
import { action, loader } from "~/routes/api.match";

/**
 * `POST /api/match` against the real directory and gazetteer, including
 * the acceptance checks: a city in each of the US, the UK, Canada
 * and Australia gets its jurisdiction's compensation programme, national
 * helplines and reporting channels.
 */

type Result = {
  id: string;
  slug: string;
  name: string;
  organization: string;
  needs: string[];
  coverage: string;
  distanceKm: number | null;
  phones: unknown[];
  website: string | null;
  lastChecked: string;
};
type Body = {
  status?: string;
  error?: string;
  resolved?: { country: string; subdivision: string | null; name: string };
  results?: Result[];
  moreNearby?: boolean;
  options?: { id: string; name: string }[];
};

async function call(body: unknown, init: { contentType?: string; raw?: string } = {}) {
  const request = new Request("http://localhost/api/match", {
    method: "POST",
    headers: { "Content-Type": init.contentType ?? "application/json" },
    body: init.raw ?? JSON.stringify(body),
  });
  const response = (await action({ request, params: {}, context: { cspNonce: "" } })) as Response;
  return { status: response.status, body: (await response.json()) as Body };
}

/** Resolve a town, choosing the option in the expected subdivision when the name is shared. */
async function searchTown(place: string, subdivision: string, extra: object = {}) {
  let r = await call({ place, ...extra });
  if (r.body.status === "ambiguous") {
    const option = r.body.options!.find((o) => (o as { subdivision?: string }).subdivision === subdivision)!;
    r = await call({ placeId: option.id, ...extra });
  }
  return r;
}

describe("POST /api/match", () => {
  test.each([
    [
      "Los Angeles",
      "US-CA",
      "us-calvcb-compensation",
      ["us-childhelp-hotline", "us-rainn-hotline"],
      "us-ncmec-cybertipline",
    ],
    ["London", "GB-ENG", "gb-cica-criminal-injuries-compensation", ["gb-nspcc-childline"], "gb-iwf-report-csam"],
    ["Belfast", "GB-NIR", "gb-dojni-criminal-injuries-compensation", ["gb-nspcc-childline"], "gb-iwf-report-csam"],
    ["Vancouver", "CA-BC", "ca-bc-cvap-benefits", ["ca-khp-text"], "ca-c3p-cybertip"],
    ["Sydney", "AU-NSW", "au-nsw-victims-support-scheme", ["au-yourtown-kids-helpline"], "au-esafety-illegal-content"],
  ])(
    "%s gets its compensation programme, national helplines and reporting channel",
    async (town, subdivision, programme, helplines, reporting) => {
      const { status, body } = await searchTown(town, subdivision);
      expect(status).toBe(200);
      expect(body.resolved).toMatchObject({ subdivision });
      const slugs = body.results!.map((r) => r.slug);
      expect(slugs).toContain(programme);
      for (const h of helplines) expect(slugs).toContain(h);
      expect(slugs).toContain(reporting);
    },
  );

  test("shows the nearest local services up to localLimit, keeps the broader ones, and says when more are nearby", async () => {
    const london = { lat: 51.51, lng: -0.13 };
    const few = await call({ ...london, localLimit: 3 });
    const all = await call({ ...london, localLimit: 200 });
    const local = (b: Body) => b.results!.filter((r) => r.coverage === "local").map((r) => r.slug);
    expect(few.status).toBe(200);
    expect(local(few.body)).toHaveLength(3);
    expect(few.body.moreNearby).toBe(true);
    expect(local(all.body).length).toBeGreaterThan(3);
    expect(all.body.moreNearby).toBe(false);
    // The nearest stay first, and nothing broader is lost to the cap.
    expect(local(all.body).slice(0, 3)).toEqual(local(few.body));
    const broader = (b: Body) => b.results!.filter((r) => r.coverage !== "local").map((r) => r.slug);
    expect(broader(few.body)).toEqual(broader(all.body));
    expect(broader(few.body)).toEqual(expect.arrayContaining(["gb-nspcc-childline", "gb-iwf-report-csam"]));
  });

  test.each([0, 201, "many"])("refuses a localLimit of %s with a 400 that names the field", async (localLimit) => {
    const { status, body } = await call({ country: "GB", localLimit });
    expect(status).toBe(400);
    expect(Object.keys((body as { errors: Record<string, string> }).errors)).toEqual(["localLimit"]);
  });

  test("each result has the documented fields", async () => {
    const { body } = await call({ country: "GB", subdivision: "GB-ENG" });
    for (const r of body.results!) {
      expect(r).toMatchObject({
        id: expect.any(String),
        name: expect.any(String),
        organization: expect.any(String),
        needs: expect.any(Array),
        phones: expect.any(Array),
      });
      expect(["local", "subdivision", "country", "international"]).toContain(r.coverage);
      expect(r.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (r.coverage !== "local") expect(r.distanceKm).toBeNull();
    }
  });

  test("a point near a service's office makes it local, with its distance", async () => {
    const { body } = await call({ lat: 51.52, lng: -0.1 });
    const havens = body.results!.find((r) => r.slug === "gb-havens-sarc");
    expect(havens?.coverage).toBe("local");
    expect(havens?.distanceKm).toBeLessThan(50);
    expect(body.results![0]!.coverage).toBe("local");
  });

  test("a ZIP code resolves to its state", async () => {
    const { body } = await call({ place: "90012" });
    expect(body.resolved).toMatchObject({ country: "US", subdivision: "US-CA" });
  });

  test("a shared town name asks which one", async () => {
    const { status, body } = await call({ place: "Portland" });
    expect(status).toBe(200);
    expect(body.status).toBe("ambiguous");
    expect(body.options!.map((o) => o.name)).toEqual(
      expect.arrayContaining(["Portland, Oregon, United States", "Portland, Maine, United States"]),
    );
  });

  test("returns the same services, in the same order, as the results page", async () => {
    const api = await call({ country: "AU", subdivision: "AU-NSW", needs: ["talk-now"] });
    const request = new Request("http://localhost/?index", {
      method: "POST",
      body: new URLSearchParams([
        ["country", "AU"],
        ["subdivision", "AU-NSW"],
        ["needs", "talk-now"],
      ]),
    });
    const page = (await (
      await (searchAction({ request, params: {}, context: { cspNonce: "" } }) as Promise<Response>)
    ).json()) as { results: Result[] };
    expect(api.body.results!.map((r) => r.id)).toEqual(page.results.map((r) => r.id));
  });

  test.each([
    ["not JSON", { raw: "{nope", contentType: "application/json" }, 400],
    ["a form body", { raw: "place=Leeds", contentType: "application/x-www-form-urlencoded" }, 415],
    ["an array", { raw: "[1,2]" }, 400],
    ["a huge body", { raw: JSON.stringify({ place: "x".repeat(20000) }) }, 413],
  ])("%s gets a clear error, not a 500", async (_name, init, status) => {
    const { status: s, body } = await call(undefined, init);
    expect(s).toBe(status);
    expect(typeof body.error).toBe("string");
  });

  test.each([
    [{}, "Enter a town, city or postcode, or choose a country."],
    [{ lat: 100, lng: 0 }, "We could not use that location. Enter a town or postcode instead."],
    [{ country: "GB", needs: ["pizza"] }, "Choose what you need from the list."],
    [{ place: "Leeds", radiusKm: -5 }, "Choose a distance from the list."],
  ])("bad input %j gets a 400 that says what to fix", async (body, message) => {
    const r = await call(body);
    expect(r.status).toBe(400);
    expect(r.body.error).toBe(message);
  });

  test("an unknown place is a 404 with a plain message", async () => {
    const r = await call({ place: "Qwxyzzy" });
    expect(r.status).toBe(404);
    expect(r.body.error).toMatch(/could not find that place/);
  });

  test("a point in the open ocean says so", async () => {
    const r = await call({ lat: 0, lng: -30 });
    expect(r.status).toBe(404);
  });

  test("GET is refused with 405", async () => {
    const response = (await loader()) as Response;
    expect(response.status).toBe(405);
  });
});
