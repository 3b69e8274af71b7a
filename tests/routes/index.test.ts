import { describe, expect, test } from "vitest";

import { action, loader } from "~/routes/_index";

/**
 * The search page's loader and action against the real directory database
 * built from seeds/ (see tests/setup/global-database.ts).
 */

type Body = {
  state: string;
  errors: Record<string, string>;
  echo: { country: string | null; place: string };
  place?: string;
  options?: { id: string; name: string }[];
  results?: {
    slug: string;
    coverage: string;
    needs: string[];
    distanceKm: number | null;
    locations: { visibility: string; address: { lines: string[]; city: string | null } | null; point: unknown }[];
  }[];
  safetyNet?: { slug: string }[];
  shareHref?: string;
  more?: { localShown: number; next: number; where: Record<string, string> } | null;
};

async function post(fields: [string, string][]) {
  const request = new Request("http://localhost/?index", { method: "POST", body: new URLSearchParams(fields) });
  const response = (await action({ request, params: {}, context: { cspNonce: "" } })) as Response;
  return { status: response.status, body: (await response.json()) as Body };
}
const slugs = (b: Body) => (b.results ?? []).map((r) => r.slug);

describe("search page loader", () => {
  test("lists every country and the directory's languages for the form", async () => {
    const request = new Request("http://localhost/");
    const response = (await loader({ request, params: {}, context: { cspNonce: "" } })) as Response;
    const body = (await response.json()) as {
      countries: { code: string }[];
      languages: { code: string; name: string }[];
      referralIds: string[];
    };
    expect(body.countries.length).toBeGreaterThan(240);
    expect(body.languages).toContainEqual({ code: "en", name: "English" });
    expect(body.referralIds).toEqual([]);
  });

  test("reads a referral list carried without JavaScript, keeping only slugs", async () => {
    const request = new Request("http://localhost/?s=gb-nspcc-childline,%3Cb%3E,us-rainn-hotline");
    const response = (await loader({ request, params: {}, context: { cspNonce: "" } })) as Response;
    const body = (await response.json()) as { referralIds: string[] };
    expect(body.referralIds).toEqual(["gb-nspcc-childline", "us-rainn-hotline"]);
  });
});

describe("search page action", () => {
  test("a country lists its national services and international ones", async () => {
    const { status, body } = await post([["country", "GB"]]);
    expect(status).toBe(200);
    expect(body.state).toBe("results");
    expect(slugs(body)).toContain("gb-nspcc-childline");
    expect(slugs(body)).toContain("us-ncmec-take-it-down");
    expect(body.results!.every((s) => s.coverage === "country" || s.coverage === "international")).toBe(true);
  });

  test("a region adds that region's services, and not a neighbour's", async () => {
    const ni = await post([
      ["country", "GB"],
      ["subdivision", "GB-NIR"],
    ]);
    const england = await post([
      ["country", "GB"],
      ["subdivision", "GB-ENG"],
    ]);
    expect(slugs(ni.body)).toContain("gb-dojni-criminal-injuries-compensation");
    expect(slugs(ni.body)).not.toContain("gb-cica-criminal-injuries-compensation");
    expect(slugs(england.body)).toContain("gb-cica-criminal-injuries-compensation");
    expect(slugs(england.body)).not.toContain("gb-dojni-criminal-injuries-compensation");
  });

  test("results come most local first", async () => {
    const { body } = await post([
      ["country", "US"],
      ["subdivision", "US-CA"],
    ]);
    const order = ["local", "subdivision", "country", "international"];
    const ranks = body.results!.map((s) => order.indexOf(s.coverage));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  test("offers more services nearby by asking again for the chosen place by its id, never by the typed text", async () => {
    const first = await post([["place", "London"]]);
    const id = first.body.options?.find((o) => o.name.includes("England"))?.id;
    expect(id).toBeDefined();
    const { body } = await post([
      ["placeId", id!],
      ["localLimit", "3"],
      ["needs", "counselling"],
    ]);
    const local = (b: Body) => b.results!.filter((r) => r.coverage === "local");
    expect(local(body)).toHaveLength(3);
    expect(body.more).toEqual({
      localShown: 3,
      next: 23,
      nearest: true,
      where: { placeId: id },
      filters: expect.objectContaining({ needs: ["counselling"] }),
      referralIds: [],
    });
    const again = await post([...Object.entries(body.more!.where), ["localLimit", "23"], ["needs", "counselling"]]);
    expect(local(again.body).length).toBeGreaterThan(3);
    expect(local(again.body).slice(0, 3)).toEqual(local(body));
  });

  test("asks again for a location by its rounded point", async () => {
    const { body } = await post([
      ["lat", "51.5074"],
      ["lng", "-0.1278"],
      ["localLimit", "1"],
    ]);
    expect(body.more?.where).toEqual({ lat: "51.51", lng: "-0.13" });
  });

  test("offers no more nearby when every local service is shown", async () => {
    const { body } = await post([
      ["lat", "51.51"],
      ["lng", "-0.13"],
      ["localLimit", "200"],
    ]);
    expect(body.results!.some((r) => r.coverage === "local")).toBe(true);
    expect(body.more).toBeNull();
  });

  test("a need filter keeps only services that meet it", async () => {
    const { body } = await post([
      ["country", "AU"],
      ["subdivision", "AU-NSW"],
      ["needs", "compensation"],
    ]);
    expect(body.results!.length).toBeGreaterThan(0);
    expect(body.results!.every((r) => r.needs.includes("compensation"))).toBe(true);
    expect(slugs(body)).toContain("au-nsw-victims-support-scheme");
  });

  test("the share link holds the region and filters only", async () => {
    const { body } = await post([
      ["country", "AU"],
      ["subdivision", "AU-NSW"],
      ["needs", "compensation"],
    ]);
    expect(body.shareHref).toBe("/find?country=AU&subdivision=AU-NSW&needs=compensation");
  });

  test("lower-case codes are accepted", async () => {
    const { status } = await post([
      ["country", "au"],
      ["subdivision", "au-nsw"],
    ]);
    expect(status).toBe(200);
  });

  test("nothing chosen gets a 400 with a plain message", async () => {
    const { status, body } = await post([]);
    expect(status).toBe(400);
    expect(body.errors).toEqual({ place: "Enter a town, city or postcode, or choose a country." });
  });

  test("an unknown country gets a 400 and the message does not repeat the input", async () => {
    const { status, body } = await post([["country", "<script>Leeds</script>"]]);
    expect(status).toBe(400);
    expect(JSON.stringify(body.errors)).not.toContain("Leeds");
    expect(body.echo.country).toBeNull();
  });

  test("a region from another country gets a 400", async () => {
    const { status, body } = await post([
      ["country", "GB"],
      ["subdivision", "US-CA"],
    ]);
    expect(status).toBe(400);
    expect(body.errors).toHaveProperty("subdivision");
  });

  test("an unknown filter value gets a 400, not a 500", async () => {
    const { status, body } = await post([
      ["country", "GB"],
      ["needs", "pizza"],
      ["radiusKm", "far"],
    ]);
    expect(status).toBe(400);
    expect(Object.keys(body.errors).length).toBeGreaterThan(0);
  });

  test("a body that is not a form gets a 400, not a 500", async () => {
    const request = new Request("http://localhost/?index", {
      method: "POST",
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      body: "\u00ff\u00fe not multipart",
    });
    const response = (await action({ request, params: {}, context: { cspNonce: "" } })) as Response;
    expect(response.status).toBe(400);
  });

  test("never sends a hidden address to the browser", async () => {
    for (const country of ["GB", "US", "AU", "CA", "NZ", "IE"]) {
      const { body } = await post([["country", country]]);
      for (const s of body.results!) {
        for (const l of s.locations) {
          if (l.visibility !== "public") {
            expect(l.point).toBeNull();
            expect(l.address?.lines ?? []).toEqual([]);
          }
          if (l.visibility === "hidden") expect(l.address?.city ?? null).toBeNull();
        }
      }
    }
  });
});
