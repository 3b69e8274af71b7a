import { describe, expect, test } from "vitest";

import { axeViolations, trackCspViolations } from "../setup/browser";
import { useBrowserAndServer } from "../setup/e2e";

/**
 * The compensation finder in a real browser, with JavaScript on and off:
 * the answers appear, nothing typed reaches the address bar, and the page
 * is accessible.
 */

const e2e = useBrowserAndServer();

describe.each([
  ["with JavaScript", true],
  ["without JavaScript", false],
])("compensation finder %s", (_label, js) => {
  test("answers a cross-border EU case with both schemes and estimated time limits, keeping the answers out of the URL", async () => {
    const context = await e2e.newContext(js);
    const page = await context.newPage();
    const csp = await trackCspViolations(page);
    await page.goto(`${e2e.url}/compensation`);
    await page.getByLabel("Where did it happen?").selectOption("FR");
    await page.getByLabel("Where do you live now?").selectOption("DE");
    await page.getByLabel(/How old were you/).fill("15");
    await page.getByLabel(/Roughly what year/).fill("2022");
    await page.getByLabel("Yes", { exact: true }).check();
    await page.getByRole("button", { name: "Show schemes" }).click();
    await page.getByRole("heading", { level: 2, name: /schemes? may apply/ }).waitFor();

    const schemes = await page.locator("#finder-results ~ ol h3").allTextContents();
    expect(schemes.length).toBeGreaterThanOrEqual(2);
    expect(await page.getByText("The scheme where it happened.").count()).toBe(1);
    expect(await page.getByText(/Because you live in another EU country/).count()).toBe(1);
    expect(await page.getByText(/^Estimate:|Estimate:/).count()).toBeGreaterThan(0);
    expect(page.url()).toBe(`${e2e.url}/compensation`);
    expect(await page.title()).toBe("Waypoint");
    expect(await csp()).toEqual([]);
    if (js) expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test("shows a clear message for each missing answer and keeps the form", async () => {
    const context = await e2e.newContext(js);
    const page = await context.newPage();
    await page.goto(`${e2e.url}/compensation`);
    await page.getByLabel(/Roughly what year/).fill("1700");
    await page.getByRole("button", { name: "Show schemes" }).click();
    await page.getByRole("alert").or(page.locator(".error-summary")).first().waitFor();
    for (const message of ["Choose where it happened", "Choose where you live now", "Enter a year such as 2015"])
      expect(await page.getByText(message).count()).toBeGreaterThan(0);
    expect(await page.getByLabel(/Roughly what year/).inputValue()).toBe("1700");
    await context.close();
  });
});
