import { describe, expect, test } from "vitest";

import { loader as findLoader } from "~/routes/find";
import { loader as serviceLoader } from "~/routes/services.$slug";

async function find(query: string) {
  try {
    const response = (await findLoader({
      request: new Request(`http://localhost/find?${query}`),
      params: {},
      context: { cspNonce: "" },
    })) as Response;
    return {
      status: response.status,
      body: (await response.json()) as {
        place: string;
        results: { slug: string; needs: string[]; coverage: string }[];
        more: { localShown: number; next: number; href: string } | null;
      },
    };
  } catch (thrown) {
    return { status: (thrown as Response).status, body: null };
  }
}

async function service(slug: string) {
  try {
    const response = (await serviceLoader({
      request: new Request(`http://localhost/services/${slug}`),
      params: { slug },
      context: { cspNonce: "" },
    })) as Response;
    return { status: response.status, body: (await response.json()) as { service: Record<string, unknown> } };
  } catch (thrown) {
    return { status: (thrown as Response).status, body: null };
  }
}

describe("share links (/find)", () => {
  test("show the region's services with the filters applied", async () => {
    const { status, body } = await find("country=AU&subdivision=AU-NSW&needs=compensation");
    expect(status).toBe(200);
    expect(body!.place).toBe("New South Wales, Australia");
    expect(body!.results.every((r) => r.needs.includes("compensation"))).toBe(true);
  });

  test.each(["place=Sydney&country=AU", "lat=-33.8&lng=151.2", "placeId=place:2147714", "country=AU&lat=1"])(
    "refuse a link carrying a place or a point (%s)",
    async (q) => {
      expect((await find(q)).status).toBe(400);
    },
  );

  test("offer more of a region's town-level services by a link that still holds only the region and filters", async () => {
    const { body } = await find("country=GB&subdivision=GB-ENG&localLimit=2");
    expect(body!.results.filter((r) => r.coverage === "local")).toHaveLength(2);
    expect(body!.more).toEqual({
      localShown: 2,
      next: 22,
      nearest: false,
      href: "/find?country=GB&subdivision=GB-ENG&localLimit=22",
    });
    const next = await find(body!.more!.href.split("?")[1]!);
    const local = (b: typeof body) => b!.results.filter((r) => r.coverage === "local").map((r) => r.slug);
    expect(local(next.body).length).toBeGreaterThan(2);
    // Asking for more keeps what was shown and adds to it.
    expect(local(next.body)).toEqual(expect.arrayContaining(local(body)));
  });

  test("refuse a link with an unknown region or filter", async () => {
    expect((await find("country=ZZ")).status).toBe(400);
    expect((await find("country=GB&needs=pizza")).status).toBe(400);
    expect((await find("country=GB&localLimit=0")).status).toBe(400);
    expect((await find("")).status).toBe(400);
  });
});

describe("service pages", () => {
  test("show eligibility, contact, deadlines with sources, and provenance", async () => {
    const { status, body } = await service("au-nsw-victims-support-scheme");
    expect(status).toBe(200);
    const s = body!.service as {
      compensation: { deadlines: { sourceUrl: string }[] };
      sourceUrl: string;
      lastChecked: string;
      phones: unknown[];
    };
    expect(s.compensation.deadlines.length).toBeGreaterThan(0);
    for (const d of s.compensation.deadlines) expect(d.sourceUrl).toMatch(/^https?:\/\//);
    expect(s.sourceUrl).toMatch(/^https?:\/\//);
    expect(s.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.phones.length).toBeGreaterThan(0);
  });

  test("a closed programme points to the one that replaced it", async () => {
    const { body } = await service("ca-on-cicb-compensation");
    expect(body!.service).toMatchObject({ status: "defunct", replacedBySlug: "ca-on-mag-vqrp-plus" });
  });

  test("a place with no scheme says so on its victim services' page", async () => {
    const { status, body } = await service("ca-yt-victim-services-support");
    expect(status).toBe(200);
    const s = body!.service as { compensation: { kind: string; howToApply: string; deadlines: unknown[] } };
    expect(s.compensation).toMatchObject({ kind: "none", deadlines: [] });
    expect(s.compensation.howToApply).toMatch(/no scheme/);
  });

  test("a confidential location shows the city at most", async () => {
    const { body } = await service("gb-havens-sarc");
    const locations = (
      body!.service as { locations: { visibility: string; address: { lines: string[] } | null; point: unknown }[] }
    ).locations;
    expect(locations.length).toBeGreaterThan(0);
    for (const l of locations.filter((l) => l.visibility !== "public")) {
      expect(l.point).toBeNull();
      expect(l.address?.lines ?? []).toEqual([]);
    }
  });

  test.each(["no-such-service", "UPPER", "../etc/passwd", "x".repeat(200)])(
    "an unknown or malformed slug is a 404 (%s)",
    async (slug) => {
      expect((await service(slug)).status).toBe(404);
    },
  );
});
