import { describe, expect, test } from "vitest";

import { GUIDANCE } from "~/content/guidance";

import { axeViolations, trackCspViolations } from "../setup/browser";
import { useBrowserAndServer } from "../setup/e2e";

/**
 * The privacy promises, proved on every kind of page in a real browser:
 * no cookie, nothing stored, nothing asked of another origin, an enforced
 * CSP with no violation, a neutral title, no-store, and axe-clean.
 */

const e2e = useBrowserAndServer();

const PAGES = [
  "/",
  "/safety",
  "/privacy",
  "/guidance",
  ...GUIDANCE.map((g) => `/guidance/${g.slug}`),
  "/services/gb-nspcc-childline",
  "/services/au-nsw-victims-support-scheme",
  "/services/ca-on-cicb-compensation",
  "/services/gb-havens-sarc",
  "/find?country=US&subdivision=US-CA&needs=compensation",
  "/referral?s=gb-nspcc-childline%2Cus-rainn-hotline",
  "/compensation",
  "/no-such-page",
];

describe("every page", () => {
  test.each(PAGES)("%s keeps every privacy promise and is accessible", async (path) => {
    const context = await e2e.browser.newContext();
    const requests: string[] = [];
    context.on("request", (r) => requests.push(r.url()));
    const page = await context.newPage();
    const violations = await trackCspViolations(page);
    const response = await page.goto(`${e2e.url}${path}`);
    await page.waitForLoadState("networkidle");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["cache-control"]).toBe("no-store");
    expect(headers["set-cookie"]).toBeUndefined();
    expect(await page.title()).toBe("Waypoint");
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
      "",
      0,
      0,
    ]);
    expect(requests.filter((u) => new URL(u).origin !== new URL(e2e.url).origin)).toEqual([]);
    expect(await violations()).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe("the search flow", () => {
  test("leaves no search term in the URL, the title, cookies or storage", async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.url}/`);
    await page.getByLabel("Town, city or postcode").fill("90012");
    await page.getByText("What do you need? (optional)").click();
    await page.getByLabel("Counselling and support").check();
    await page.getByRole("button", { name: "Find help" }).click();
    await page.getByRole("heading", { level: 2, name: /^Help for Los Angeles/ }).waitFor();
    expect(page.url()).not.toMatch(/90012|counselling|place|needs/i);
    expect(await page.title()).toBe("Waypoint");
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    // The browser's own record of where this tab has been holds nothing of the search either.
    expect(await page.evaluate(() => history.length)).toBeLessThanOrEqual(2);
    await context.close();
  });
});
