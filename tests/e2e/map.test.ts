import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, test } from "vitest";

import { axeViolations, trackCspViolations } from "../setup/browser";
import { useBrowserAndServer } from "../setup/e2e";

/**
 * The map beside the results: loaded only when asked for, markers linked to
 * the list both ways, keyboard and reduced motion respected, readable from
 * world view to a town, and not one request to another origin.
 */

const e2e = useBrowserAndServer();

function recordOrigins(context: BrowserContext): { origins: Set<string>; urls: string[] } {
  const seen = { origins: new Set<string>(), urls: [] as string[] };
  context.on("request", (r) => {
    seen.origins.add(new URL(r.url()).origin);
    seen.urls.push(r.url());
  });
  return seen;
}

async function searchMorganton(page: Page) {
  await page.goto(`${e2e.url}/`);
  await page.getByLabel("Town, city or postcode").fill("Morganton");
  await page.getByRole("button", { name: "Find help" }).click();
  await page.getByRole("heading", { level: 2, name: /^Help for Morganton/ }).waitFor();
}

async function showMap(page: Page) {
  await page.getByRole("button", { name: "Show map" }).click();
  await page.locator(".map-pin").first().waitFor();
}

describe("results map", () => {
  test("loads only when shown, links markers and list both ways, and asks no other origin for anything", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const seen = recordOrigins(context);
    const page = await context.newPage();
    const csp = await trackCspViolations(page);
    await searchMorganton(page);
    await page.waitForLoadState("networkidle");
    expect(seen.urls.filter((u) => u.includes("results-map") || u.includes("/map/"))).toEqual([]);

    await showMap(page);
    const pins = page.locator(".map-pin");
    expect(await pins.count()).toBeGreaterThan(0);

    // A marker, chosen with the mouse, moves focus to its service in the list.
    await pins.first().click();
    const focusedSlug = () =>
      page.evaluate(() => document.activeElement?.closest("[data-slug]")?.getAttribute("data-slug"));
    const first = await focusedSlug();
    expect(first).toBeTruthy();
    expect(await page.locator(`[data-slug="${first}"].service-card--selected`).count()).toBeGreaterThan(0);

    // The list's "Show on map" selects the marker with the same number.
    await page
      .getByRole("button", { name: /^Show on map \(marker 2\)/ })
      .first()
      .click();
    await page.locator(".map-pin--selected").waitFor();
    expect(await page.locator(".map-pin--selected .map-pin__n").textContent()).toBe("2");

    // By keyboard: a marker takes focus and Enter moves to the list.
    await pins.first().focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => !!document.activeElement?.closest("[data-slug]"));

    // A state-wide service shows its state's outline.
    await page
      .locator('[data-slug="us-nc-dps-compensation"]')
      .getByRole("button", { name: /^Show on map/ })
      .first()
      .click();
    await expect.poll(() => seen.urls.some((u) => u.endsWith("/map/area/US-NC")), { timeout: 10_000 }).toBe(true);
    await page.waitForFunction(
      () => document.querySelectorAll(".leaflet-overlay-pane path[stroke-dasharray='2 6']").length === 1,
    );

    expect(await axeViolations(page)).toEqual([]);
    expect(await csp()).toEqual([]);
    expect([...seen.origins]).toEqual([e2e.url]);
    await context.close();
  });

  test("is readable from world view down to the town, with outlines and place names from our own origin", async () => {
    // Without animation each zoom step lands at once.
    const context = await e2e.browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: "reduce" });
    const seen = recordOrigins(context);
    const page = await context.newPage();
    await searchMorganton(page);
    await showMap(page);
    const zoomOut = page.getByRole("button", { name: "Zoom out", exact: true });
    // Out as far as the map goes (the control is disabled at world view).
    while ((await zoomOut.getAttribute("aria-disabled")) !== "true") await zoomOut.click();
    await expect
      .poll(() => seen.urls.some((u) => u.includes("/map/basemap/world-110m")), { timeout: 10_000 })
      .toBe(true);
    await page.waitForFunction(() => document.querySelectorAll(".leaflet-overlay-pane path").length > 50);
    // Far out, the world's big cities are named.
    await page.waitForFunction(() => document.querySelectorAll(".map-label").length > 3);
    const zoomIn = page.getByRole("button", { name: "Zoom in", exact: true });
    for (let i = 0; i < 8; i++) await zoomIn.click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll(".map-label")].some((l) => l.textContent === "Morganton"),
    );
    expect(seen.urls.some((u) => u.includes("/map/basemap/world-50m"))).toBe(true);
    expect(seen.urls.some((u) => u.includes("/map/basemap/us-states"))).toBe(true);
    expect([...seen.origins]).toEqual([e2e.url]);
    await context.close();
  });

  test("does not animate when the person asks for reduced motion", async () => {
    const count = async (reducedMotion: "reduce" | "no-preference") => {
      const context = await e2e.browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await searchMorganton(page);
      await showMap(page);
      const animated = await page.locator(".leaflet-marker-icon.leaflet-zoom-animated").count();
      await context.close();
      return animated;
    };
    expect(await count("reduce")).toBe(0);
    expect(await count("no-preference")).toBeGreaterThan(0);
  });

  test("is absent without JavaScript, where the list carries everything", async () => {
    const context = await e2e.newContext(false);
    const page = await context.newPage();
    await searchMorganton(page);
    expect(await page.getByRole("button", { name: "Show map" }).count()).toBe(0);
    expect(await page.locator("[data-slug]").count()).toBeGreaterThan(0);
    expect(await page.getByText(/Morganton/).count()).toBeGreaterThan(0);
    await context.close();
  });
});
