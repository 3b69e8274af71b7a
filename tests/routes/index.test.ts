import { describe, expect, test } from "vitest";

import { action, loader } from "~/routes/_index";

/**
 * The home route's loader and action against the real directory database
 * built from seeds/ (see tests/setup/global-database.ts).
 */

function post(fields: Record<string, string>) {
  return new Request("http://localhost/?index", { method: "POST", body: new URLSearchParams(fields) });
}

async function run(fields: Record<string, string>) {
  const response = (await action({ request: post(fields), params: {}, context: { cspNonce: "" } })) as Response;
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & {
      services?: { slug: string; coverage: string; needs: string[] }[];
    },
  };
}

describe("home page loader", () => {
  test("lists every country for the picker", async () => {
    const response = (await loader()) as Response;
    const body = (await response.json()) as { countries: { code: string }[] };
    expect(body.countries.length).toBeGreaterThan(240);
  });
});

describe("home page action", () => {
  test("a country lists its national services and international ones", async () => {
    const { status, body } = await run({ country: "GB" });
    expect(status).toBe(200);
    const slugs = body.services!.map((s) => s.slug);
    expect(slugs).toContain("gb-nspcc-childline");
    expect(slugs).toContain("us-ncmec-take-it-down");
    expect(body.services!.every((s) => s.coverage === "country" || s.coverage === "international")).toBe(true);
  });

  test("a region adds that region's services, and not a neighbour's", async () => {
    const ni = await run({ country: "GB", subdivision: "GB-NIR" });
    const england = await run({ country: "GB", subdivision: "GB-ENG" });
    const niSlugs = ni.body.services!.map((s) => s.slug);
    const enSlugs = england.body.services!.map((s) => s.slug);
    expect(niSlugs).toContain("gb-dojni-criminal-injuries-compensation");
    expect(niSlugs).not.toContain("gb-cica-criminal-injuries-compensation");
    expect(enSlugs).toContain("gb-cica-criminal-injuries-compensation");
    expect(enSlugs).not.toContain("gb-dojni-criminal-injuries-compensation");
  });

  test("results come most local first", async () => {
    const { body } = await run({ country: "US", subdivision: "US-CA" });
    const order = ["local", "subdivision", "country", "international"];
    const ranks = body.services!.map((s) => order.indexOf(s.coverage));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(body.services![0]!.coverage).toBe("subdivision");
  });

  test("lower-case codes are accepted", async () => {
    const { status } = await run({ country: "au", subdivision: "au-nsw" });
    expect(status).toBe(200);
  });

  test("a missing country gets a 400 with a plain message", async () => {
    const { status, body } = await run({});
    expect(status).toBe(400);
    expect(body.errors).toEqual({ country: "Choose a country from the list." });
  });

  test("an unknown country gets a 400 and the message does not repeat the input", async () => {
    const { status, body } = await run({ country: "<script>Leeds</script>" });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toContain("Leeds");
  });

  test("a region from another country gets a 400", async () => {
    const { status, body } = await run({ country: "GB", subdivision: "US-CA" });
    expect(status).toBe(400);
    expect(body.errors).toHaveProperty("subdivision");
    expect(body.selected).toEqual({ country: "GB" });
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
      const { body } = await run({ country });
      for (const s of body.services! as unknown as {
        locations: { visibility: string; address: { lines: string[]; city: string | null } | null; point: unknown }[];
      }[]) {
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
