import type { BrowserContext } from "playwright-core";
import { describe, expect, test } from "vitest";

import { axeViolations, trackCspViolations, watch } from "../setup/browser";
import { EXIT, useBrowserAndServer } from "../setup/e2e";

/**
 * The home page in a real browser, with JavaScript on and off: the region
 * search works, the quick exit leaves, and the privacy baseline holds
 * (no cookies, nothing from other origins, no CSP violations, axe-clean).
 */

const e2e = useBrowserAndServer();
const newContext = (js: boolean) => e2e.newContext(js);

async function searchRegion(context: BrowserContext, country: string, subdivision: string) {
  const page = await context.newPage();
  const violations = await trackCspViolations(page);
  await page.goto(`${e2e.url}/`);
  await page.getByText("Or choose a country and region").click();
  await page.getByLabel("Country", { exact: true }).selectOption(country);
  await page.getByRole("button", { name: "Find help" }).click();
  await page.getByLabel(/State, province or region/).waitFor();
  await page.getByLabel(/State, province or region/).selectOption(subdivision);
  await page.getByRole("button", { name: "Find help" }).click();
  await page.getByRole("heading", { level: 2, name: /^Help for / }).waitFor();
  await page.waitForLoadState("networkidle");
  return { page, violations };
}

async function searchPlace(context: BrowserContext, place: string) {
  const page = await context.newPage();
  const violations = await trackCspViolations(page);
  await page.goto(`${e2e.url}/`);
  await page.getByLabel("Town, city or postcode").fill(place);
  await page.getByRole("button", { name: "Find help" }).click();
  return { page, violations };
}

describe("use my location", () => {
  test("asks only after a tap and sends the position rounded to about 1 km", async () => {
    const context = await e2e.browser.newContext({ geolocation: { latitude: 51.523712, longitude: -0.158532 } });
    const page = await context.newPage();
    await page.goto(`${e2e.url}/`);
    // Nothing is asked for on load: permission is granted only now, before the tap.
    await context.grantPermissions(["geolocation"], { origin: e2e.url });
    const posted = page.waitForRequest((r) => r.method() === "POST");
    await page.getByRole("button", { name: "Use my location" }).click();
    const body = new URLSearchParams((await posted).postData() ?? "");
    expect(body.get("lat")).toBe("51.52");
    expect(body.get("lng")).toBe("-0.16");
    await page.getByRole("heading", { level: 2, name: /^Help for / }).waitFor();
    expect(new URL(page.url()).search).toMatch(/^(\?index)?$/);
    await expect(
      page
        .getByRole("heading", { level: 4, name: /Havens/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    await context.close();
  });

  test("is not offered without JavaScript", async () => {
    const context = await newContext(false);
    const page = await context.newPage();
    await page.goto(`${e2e.url}/`);
    expect(await page.getByRole("button", { name: "Use my location" }).count()).toBe(0);
    await context.close();
  });
});

describe.each([
  ["when JavaScript is available", true],
  ["when JavaScript is unavailable", false],
])("%s", (_label, js) => {
  test("the home page renders with a neutral title and the quick exit", async () => {
    const context = await newContext(js);
    const page = await context.newPage();
    const response = await page.goto(`${e2e.url}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(await page.title()).toBe("Waypoint");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Find support near you");
    const exit = page.getByRole("link", { name: "Emergency: Exit this page" });
    expect(await exit.getAttribute("href")).toBe(EXIT);
    expect(await exit.getAttribute("rel")).toBe("nofollow noreferrer");
    await context.close();
  });

  test("a region search lists services, keeps the search out of the URL and the title", async () => {
    const context = await newContext(js);
    const { requests } = watch(context);
    const { page, violations } = await searchRegion(context, "AU", "AU-NSW");
    const heading = await page.getByRole("heading", { level: 2, name: /^Help for / }).textContent();
    expect(heading).toContain("New South Wales, Australia");
    // With JavaScript the results arrive without a page load, and focus moves to them.
    if (js) expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-heading");
    await expect(
      page
        .getByRole("heading", { level: 4, name: /Kids Helpline/ })
        .first()
        .isVisible(),
    ).resolves.toBe(true);
    expect(new URL(page.url()).search).toMatch(/^(\?index)?$/);
    expect(page.url()).not.toMatch(/AU|NSW|country|subdivision/i);
    expect(await page.title()).toBe("Waypoint");
    // No cookie, nothing stored, nothing asked of another origin.
    expect(await context.cookies()).toEqual([]);
    if (js)
      expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])).toEqual([
        "",
        0,
        0,
      ]);
    const origin = new URL(e2e.url).origin;
    expect(requests.filter((u) => new URL(u).origin !== origin)).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  test("a town with several namesakes asks which one, then finds that place's help", async () => {
    const context = await newContext(js);
    const { requests } = watch(context);
    const { page, violations } = await searchPlace(context, "Sydney");
    await page.getByRole("heading", { name: "Which place did you mean?" }).waitFor();
    await page.getByLabel("Sydney, New South Wales, Australia").check();
    await page.getByRole("button", { name: "Show help here" }).click();
    await page.getByRole("heading", { level: 2, name: /^Help for Sydney/ }).waitFor();
    const text = (await page.locator("#results-heading").locator("..").textContent()) ?? "";
    expect(text).toContain("Victims Support Scheme");
    expect(text).toContain("Kids Helpline");
    expect(page.url()).not.toMatch(/sydney|place/i);
    expect(await page.title()).toBe("Waypoint");
    expect(requests.filter((u) => new URL(u).origin !== new URL(e2e.url).origin)).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  test("a place with many local services shows the nearest first, and more on request", async () => {
    const context = await newContext(js);
    const page = await context.newPage();
    const violations = await trackCspViolations(page);
    // Ask for only 3 local services, as a client of the form could, from a
    // page on the same origin (the server refuses posts from elsewhere).
    await page.route(`${e2e.url}/test-form`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" action="/?index"><input name="lat" value="51.51"><input name="lng" value="-0.13"><input name="localLimit" value="3"><button>Go</button></form>`,
      }),
    );
    await page.goto(`${e2e.url}/test-form`);
    await page.getByRole("button", { name: "Go" }).click();
    const heading = page.getByRole("heading", { level: 2, name: /^Help for / });
    await heading.waitFor();
    const count = async () => Number(/\((\d+) services\)/.exec((await heading.textContent()) ?? "")?.[1]);
    const before = await count();
    await page.getByText("This shows the 3 nearest local services. There are more nearby.").waitFor();
    if (js) {
      await page.waitForLoadState("networkidle");
      expect(await axeViolations(page)).toEqual([]);
    }
    await page.getByRole("button", { name: "Show 20 more services nearby" }).click();
    await page.getByText(/nearest local services/).waitFor({ state: "detached" });
    expect(await count()).toBeGreaterThan(before);
    // With JavaScript the button is gone with the note: focus goes to the results' heading, not to nowhere.
    if (js) expect(await page.evaluate(() => document.activeElement?.id)).toBe("results-heading");
    // Still a national helpline, and still nothing of the search in the address bar.
    expect(await page.getByRole("heading", { level: 4, name: /Childline/ }).count()).toBeGreaterThan(0);
    expect(page.url()).not.toMatch(/51\.5|0\.13|lat|lng|localLimit/);
    expect(await violations()).toEqual([]);
    await context.close();
  });

  test("a postcode finds its place, and a service page shows everything about one result", async () => {
    const context = await newContext(js);
    const { page } = await searchPlace(context, "2000");
    await page.getByRole("heading", { level: 2, name: /^Help for / }).waitFor();
    await page.getByRole("link", { name: "Victims Support Scheme" }).first().click();
    await page.waitForURL(/\/services\/au-nsw-victims-support-scheme$/);
    await page.getByRole("heading", { level: 1, name: "Victims Support Scheme" }).waitFor();
    expect(await page.getByRole("heading", { level: 3, name: "Time limits" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { level: 2, name: "Where this information comes from" }).isVisible()).toBe(
      true,
    );
    expect(await page.title()).toBe("Waypoint");
    await context.close();
  });

  test("the quick exit leaves for the neutral site without telling it where from", async () => {
    const context = await newContext(js);
    const page = await context.newPage();
    await page.goto(`${e2e.url}/`);
    const exitRequest = page.waitForRequest((r) => r.url().startsWith(EXIT));
    await page.getByRole("link", { name: "Emergency: Exit this page" }).click();
    const request = await exitRequest;
    await page.waitForURL(`${EXIT}**`);
    expect(await request.headerValue("referer")).toBeNull();
    expect(await page.title()).toBe("Weather");
    await context.close();
  });

  test("axe finds no accessibility violations on the home page, results or an error", async () => {
    const context = await newContext(true);
    const { page } = await searchRegion(context, "GB", "GB-ENG");
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${e2e.url}/`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Find help" }).click();
    await page.getByRole("alert").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${e2e.url}/no-such-page`);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
