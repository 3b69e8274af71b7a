import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

import { setLogSink } from "~/utils/log.server";

import { launchBrowser } from "./browser";
import { startServer } from "./server";

/** The quick exit's default destination (GOV.UK's choice). */
export const EXIT = "https://www.bbc.co.uk/weather";

/**
 * One real server and one Chromium for a browser-test file. Pages of other
 * sites the tests visit (the exit's neutral site, a site "before"
 * Waypoint) are answered locally: the tests never touch the network.
 */
export function useBrowserAndServer() {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let launched: Awaited<ReturnType<typeof launchBrowser>> | undefined;

  beforeAll(async () => {
    // The request log is tested in tests/server; keep this output readable.
    setLogSink(() => {});
    server = await startServer();
    launched = await launchBrowser();
  });
  afterAll(async () => {
    await launched?.close();
    await server?.close();
    setLogSink(undefined);
  });

  return {
    get url(): string {
      return server!.url;
    },
    get browser(): Browser {
      return launched!.browser;
    },
    async newContext(
      javaScriptEnabled: boolean,
      elsewhere: Record<string, string> = { [EXIT]: "Weather" },
    ): Promise<BrowserContext> {
      const context = await launched!.browser.newContext({ javaScriptEnabled });
      for (const [url, title] of Object.entries(elsewhere)) {
        await context.route(`${url}**`, (route) =>
          route.fulfill({ status: 200, contentType: "text/html", body: `<title>${title}</title><h1>${title}</h1>` }),
        );
      }
      return context;
    },
  };
}
