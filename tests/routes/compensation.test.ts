import { describe, expect, test } from "vitest";

import { action, loader } from "~/routes/compensation";

type Body = {
  errors: Record<string, string>;
  answers:
    | { programme: { slug: string }; reason: string; deadlines: { status: string; rule: { sourceUrl: string } }[] }[]
    | null;
};

async function ask(fields: Record<string, string>) {
  const request = new Request("http://localhost/compensation", { method: "POST", body: new URLSearchParams(fields) });
  const response = (await action({ request, params: {}, context: { cspNonce: "" } })) as Response;
  return { status: response.status, body: (await response.json()) as Body };
}
const answers = (b: Body) => (b.answers ?? []).map((a) => [a.programme.slug, a.reason]);

describe("compensation finder (shipped directory)", () => {
  test("offers the state's own programme for a crime in a US state", async () => {
    const { status, body } = await ask({
      crimePlace: "US-TX",
      homePlace: "US-TX",
      age: "12",
      year: "2020",
      reported: "yes",
    });
    expect(status).toBe(200);
    expect(answers(body)[0]).toEqual(["us-tx-oag-crime-victims-compensation", "crime-place"]);
    expect(answers(body).map(([slug]) => slug)).not.toContain("us-calvcb-compensation");
    // Aged 12 in 2020: the rule for children runs to the 21st birthday, in 2028 or 2029.
    const child = body.answers![0]!.deadlines.find((d) => (d.rule as { untilAge?: number }).untilAge === 21);
    expect(child).toMatchObject({ status: "open", earliest: "2028-01-01", latest: "2029-12-31" });
  });

  test("offers the British scheme for a crime in England", async () => {
    const { body } = await ask({ crimePlace: "GB-ENG", homePlace: "GB-ENG", year: "2025", reported: "yes" });
    expect(answers(body)).toEqual([["gb-cica-criminal-injuries-compensation", "crime-place"]]);
    expect(body.answers![0]!.deadlines[0]).toMatchObject({
      status: "close",
      earliest: "2027-01-01",
      latest: "2027-12-31",
    });
  });

  test("offers Northern Ireland's own scheme for a crime in Northern Ireland, with its time limits and sources", async () => {
    const { body } = await ask({ crimePlace: "GB-NIR", homePlace: "GB-NIR", age: "30", year: "2025", reported: "yes" });
    expect(answers(body)).toEqual([["gb-dojni-criminal-injuries-compensation", "crime-place"]]);
    const deadlines = body.answers![0]!.deadlines;
    expect(deadlines.length).toBeGreaterThan(0);
    for (const d of deadlines) expect(d.rule.sourceUrl).toMatch(/^https?:\/\//);
  });

  test("offers an Australian state's scheme and the National Redress Scheme for a crime in New South Wales", async () => {
    const { body } = await ask({ crimePlace: "AU-NSW", homePlace: "AU-NSW", age: "9", year: "1995", reported: "no" });
    expect(answers(body)).toEqual([
      ["au-nsw-victims-support-scheme", "crime-place"],
      ["au-nrs-redress", "special"],
    ]);
    // Aged 9 in 1995: the rules for children apply, each with its source.
    const rules = body.answers![0]!.deadlines;
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((d) => /^https?:\/\//.test(d.rule.sourceUrl))).toBe(true);
  });

  test("says honestly that Yukon has no scheme and points to its victim services", async () => {
    const { status, body } = await ask({ crimePlace: "CA-YT", homePlace: "CA-YT", reported: "unsure" });
    expect(status).toBe(200);
    expect(answers(body)).toEqual([["ca-yt-victim-services-support", "no-scheme"]]);
  });

  test("for someone living in Germany about a crime in France, offers France's scheme and Germany's assisting authority", async () => {
    const { body } = await ask({ crimePlace: "FR", homePlace: "DE", age: "15", year: "2022", reported: "yes" });
    const found = answers(body);
    expect(found[0]).toEqual(["fr-civi-indemnisation", "crime-place"]);
    expect(found).toContainEqual(["de-bas-cross-border-assisting", "eu-assisting"]);
    expect(body.answers![0]!.deadlines.length).toBeGreaterThan(0);
  });

  test("refuses a place that is not a country or region code, with a message for each field, and finds nothing", async () => {
    const { status, body } = await ask({ crimePlace: "Atlantis", homePlace: "", age: "two hundred", year: "1800" });
    expect(status).toBe(400);
    expect(body.answers).toBeNull();
    expect(Object.keys(body.errors).sort()).toEqual(["age", "crimePlace", "homePlace", "year"]);
  });

  test("answers a body that is not a form with a clear error, not a crash", async () => {
    const request = new Request("http://localhost/compensation", {
      method: "POST",
      body: "{not a form",
      headers: { "Content-Type": "application/json" },
    });
    const response = (await action({ request, params: {}, context: { cspNonce: "" } })) as Response;
    expect(response.status).toBe(400);
  });

  test("lists the states and provinces of countries whose programmes are regional", async () => {
    const response = (await loader()) as Response;
    const { options } = (await response.json()) as { options: { code: string; regions?: { code: string }[] }[] };
    const us = options.find((o) => o.code === "US");
    expect(us?.regions?.map((r) => r.code)).toContain("US-TX");
    expect(options.find((o) => o.code === "FR")?.regions).toBeUndefined();
  });
});

describe("compensation finder places", () => {
  test("treats a US territory chosen as a state as the territory itself", async () => {
    const { body } = await ask({ crimePlace: "US-PR", homePlace: "US-PR" });
    const found = answers(body).map(([slug]) => slug);
    expect(found.some((slug) => slug?.startsWith("pr-"))).toBe(true);
  });

  test("offers the four nations of the United Kingdom, not its council areas", async () => {
    const response = (await loader()) as Response;
    const { options } = (await response.json()) as { options: { code: string; regions?: { code: string }[] }[] };
    expect(
      options
        .find((o) => o.code === "GB")
        ?.regions?.map((r) => r.code)
        .sort(),
    ).toEqual(["GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS"]);
  });
});
