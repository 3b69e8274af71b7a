import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, test } from "vitest";

import { axeViolations, trackCspViolations } from "../setup/browser";
import { WIPE_EVENT } from "~/components/quick-exit";

import { EXIT, useBrowserAndServer } from "../setup/e2e";

/**
 * The referral sheet as a caseworker would build it: three services from
 * search results, reordered, with a note, printed and shared. With and
 * without JavaScript. The note must never leave the browser.
 */

const e2e = useBrowserAndServer();
const SERVICES = ["Kids Helpline", "Blue Knot Helpline", "1800RESPECT counselling and support"];
const NOTE = "Ring on Tuesday after school and ask for Jo";

async function search(page: Page) {
  await page.getByLabel("Town, city or postcode").fill("2000");
  await page.getByRole("button", { name: "Find help" }).click();
  await page.getByRole("heading", { level: 2, name: /^Help for / }).waitFor();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A control named by its action and, for screen readers, the service it acts on. */
const control = (page: Page, action: string, name: string) =>
  page.getByRole("button", { name: new RegExp(`^${escape(action)}\\W*${escape(name)}$`) }).first();
const add = (page: Page, name: string) => control(page, "Add to referral list", name).click();

const headings = (page: Page) => page.locator(".referral-item h3").allTextContents();

/** Every request body and URL the browser sends, to prove the note never leaves. */
function recordTraffic(context: BrowserContext): string[] {
  const sent: string[] = [];
  context.on("request", (r) => sent.push(`${r.url()} ${r.postData() ?? ""}`));
  return sent;
}

async function pdfPages(page: Page): Promise<number> {
  const pdf = (await page.pdf({ format: "A4", printBackground: false })).toString("latin1");
  return pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

async function expectPrintedSheet(page: Page, noteVisible: () => Promise<boolean>) {
  await page.emulateMedia({ media: "print" });
  for (const name of SERVICES)
    await expect(page.getByRole("heading", { level: 3, name }).isVisible()).resolves.toBe(true);
  expect(
    await page
      .getByRole("button", { name: /^Remove/ })
      .first()
      .isVisible(),
  ).toBe(false);
  expect(await page.locator(".site-header").isVisible()).toBe(false);
  expect(await page.locator(".qr-code").isVisible()).toBe(true);
  expect(await noteVisible()).toBe(true);
  expect(await pdfPages(page)).toBe(1);
  await page.emulateMedia({ media: "screen" });
}

describe("referral sheet with JavaScript", () => {
  test("builds, reorders, prints and shares a list of three services; the note never leaves; the quick exit wipes it", async () => {
    const context = await e2e.browser.newContext();
    const sent = recordTraffic(context);
    await context.route(`${EXIT}**`, (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title>" }),
    );
    const page = await context.newPage();
    const csp = await trackCspViolations(page);
    await page.goto(`${e2e.url}/`);
    await search(page);
    for (const name of SERVICES) await add(page, name);
    await expect(page.getByText("Referral list: 3 services").isVisible()).resolves.toBe(true);
    // Added in memory: the results stay on screen.
    expect(new URL(page.url()).pathname).toBe("/");
    expect(await page.getByRole("heading", { level: 2, name: /^Help for / }).isVisible()).toBe(true);

    await page.getByRole("button", { name: "View and print the list" }).click();
    await page.getByRole("heading", { level: 1, name: "Referral sheet" }).waitFor();
    expect(await headings(page)).toEqual(SERVICES);
    await page.getByLabel(/Note for the person/).fill(NOTE);
    await control(page, "Move up", SERVICES[2]!).click();
    await page.waitForFunction(
      (first) => document.querySelectorAll(".referral-item h3")[1]?.textContent === first,
      SERVICES[2],
    );
    expect(await headings(page)).toEqual([SERVICES[0], SERVICES[2], SERVICES[1]]);
    expect(await page.getByLabel(/Note for the person/).inputValue()).toBe(NOTE);

    const share = await page.locator(".share-url a").getAttribute("href");
    expect(share).toMatch(
      /\/referral\?s=au-yourtown-kids-helpline%2Cau-1800respect-counselling%2Cau-blueknot-helpline$/,
    );
    expect(await axeViolations(page)).toEqual([]);

    // Back to the sheet's original order for the print check.
    await control(page, "Move down", SERVICES[2]!).click();
    await page.waitForFunction(
      (last) => document.querySelectorAll(".referral-item h3")[2]?.textContent === last,
      SERVICES[2],
    );
    await expectPrintedSheet(page, () => page.locator(".referral-note__print").getByText(NOTE).isVisible());

    expect(sent.filter((s) => s.includes("Tuesday") || s.includes("Jo"))).toEqual([]);
    expect(await csp()).toEqual([]);

    // What the quick exit fires empties the list and the note at once...
    await page.evaluate((event) => window.dispatchEvent(new Event(event)), WIPE_EVENT);
    await page.waitForFunction(
      () =>
        !document.querySelector(".referral-bar__inner") &&
        document.querySelector<HTMLTextAreaElement>("#referral-note")?.value === "",
    );
    // ...and the exit fires it before it leaves.
    const fired: boolean[] = [];
    await page.exposeFunction("__wipeFired", () => fired.push(true));
    await page.evaluate((event) => {
      const report = (window as unknown as { __wipeFired: () => void }).__wipeFired;
      window.addEventListener(event, () => report());
    }, WIPE_EVENT);
    await page.getByRole("link", { name: "Emergency: Exit this page" }).click();
    await expect.poll(() => fired.length).toBe(1);
    await context.close();
  });

  test("opens a shared list on another device with the same services in the same order", async () => {
    const context = await e2e.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${e2e.url}/referral?s=au-blueknot-helpline%2Cau-yourtown-kids-helpline`);
    expect(await headings(page)).toEqual(["Blue Knot Helpline", "Kids Helpline"]);
    await context.close();
  });
});

describe("referral sheet without JavaScript", () => {
  test("builds a list of three across searches, reorders it and prints it, sending no note", async () => {
    const context = await e2e.newContext(false);
    const sent = recordTraffic(context);
    const page = await context.newPage();
    await page.goto(`${e2e.url}/`);
    for (const [i, name] of SERVICES.entries()) {
      await search(page);
      await add(page, name);
      await page.getByRole("heading", { level: 1, name: "Referral sheet" }).waitFor();
      expect(await headings(page)).toEqual(SERVICES.slice(0, i + 1));
      if (i < SERVICES.length - 1) await page.getByRole("link", { name: "Find more services to add" }).click();
    }
    await page.getByLabel(/Note for the person/).fill(NOTE);
    await expectPrintedSheet(page, () => page.locator("#referral-note").isVisible());

    await control(page, "Move up", SERVICES[1]!).click();
    await page.waitForURL(/\/referral$/);
    expect(await headings(page)).toEqual([SERVICES[1], SERVICES[0], SERVICES[2]]);
    expect(sent.filter((s) => s.includes("Tuesday"))).toEqual([]);
    // axe needs JavaScript in the page: the same sheet is checked in the test above.
    await context.close();
  });
});
