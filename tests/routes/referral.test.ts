import { describe, expect, test } from "vitest";

import { action, loader } from "~/routes/referral";

type Sheet = {
  ids: string[];
  services: { slug: string; name: string; phones: unknown[] }[];
  missing: number;
  rejected: number;
  outcome: string;
  shareUrl: string;
  qr: { size: number; path: string } | null;
};

async function post(fields: [string, string][]) {
  const request = new Request("https://waypoint.example/referral", {
    method: "POST",
    body: new URLSearchParams(fields),
  });
  const response = (await action({ request, params: {}, context: { cspNonce: "" } })) as Response;
  return { status: response.status, body: (await response.json()) as Sheet };
}

async function open(query: string) {
  const request = new Request(`https://waypoint.example/referral${query}`);
  const response = (await loader({ request, params: {}, context: { cspNonce: "" } })) as Response;
  return (await response.json()) as Sheet;
}

describe("referral sheet", () => {
  test("adds services in order and returns their contact details", async () => {
    const { status, body } = await post([
      ["s", "gb-nspcc-childline,us-rainn-hotline"],
      ["intent", "add:au-blueknot-helpline"],
    ]);
    expect(status).toBe(200);
    expect(body.outcome).toBe("added");
    expect(body.services.map((s) => s.slug)).toEqual([
      "gb-nspcc-childline",
      "us-rainn-hotline",
      "au-blueknot-helpline",
    ]);
    expect(body.services.every((s) => s.phones.length > 0)).toBe(true);
  });

  test("moves and removes services as asked", async () => {
    const moved = await post([
      ["s", "gb-nspcc-childline,us-rainn-hotline"],
      ["intent", "up:us-rainn-hotline"],
    ]);
    expect(moved.body.ids).toEqual(["us-rainn-hotline", "gb-nspcc-childline"]);
    const removed = await post([
      ["s", "gb-nspcc-childline,us-rainn-hotline"],
      ["intent", "remove:gb-nspcc-childline"],
    ]);
    expect(removed.body.ids).toEqual(["us-rainn-hotline"]);
  });

  test("makes a share link and QR code that carry only the service slugs", async () => {
    const { body } = await post([
      ["s", "gb-nspcc-childline"],
      ["intent", "add:us-rainn-hotline"],
      ["note", "Call after school — Sam"],
    ]);
    expect(body.shareUrl).toBe("https://waypoint.example/referral?s=gb-nspcc-childline%2Cus-rainn-hotline");
    expect(body.qr?.path.length).toBeGreaterThan(100);
    expect(JSON.stringify(body)).not.toContain("Sam");
  });

  test("opens a shared link with the same list", async () => {
    const sheet = await open("?s=gb-nspcc-childline%2Cus-rainn-hotline");
    expect(sheet.ids).toEqual(["gb-nspcc-childline", "us-rainn-hotline"]);
  });

  test("drops what is not a service, says how many, and keeps the rest", async () => {
    const sheet = await open("?s=gb-nspcc-childline,%3Cscript%3E,no-such-service");
    expect(sheet.ids).toEqual(["gb-nspcc-childline"]);
    expect(sheet.rejected).toBe(1);
    expect(sheet.missing).toBe(1);
  });

  test("answers an unknown action with 400 and the list unchanged", async () => {
    const { status, body } = await post([
      ["s", "gb-nspcc-childline"],
      ["intent", "delete-everything"],
    ]);
    expect(status).toBe(400);
    expect(body.ids).toEqual(["gb-nspcc-childline"]);
  });

  test("shows an empty sheet with no link or code when nothing is in it", async () => {
    const sheet = await open("");
    expect(sheet.ids).toEqual([]);
    expect(sheet.qr).toBeNull();
  });
});
