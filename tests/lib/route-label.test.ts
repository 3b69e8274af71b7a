import { describe, expect, test } from "vitest";

import { routeLabel } from "~/lib/route-label";

describe("routeLabel", () => {
  test("keeps the paths Waypoint defines", () => {
    expect(routeLabel("/")).toBe("/");
    expect(routeLabel("/resources/healthcheck")).toBe("/resources/healthcheck");
    expect(routeLabel("/referral?s=gb-nspcc-childline")).toBe("/referral");
    expect(routeLabel("/compensation")).toBe("/compensation");
    expect(routeLabel("/map/basemap/world-110m")).toBe("/map/basemap/:param");
    expect(routeLabel("/map/places?west=1&south=2&east=3&north=4&zoom=5")).toBe("/map/places");
  });

  test("never includes a query string or fragment", () => {
    expect(routeLabel("/?index&place=Leeds")).toBe("/");
    expect(routeLabel("/services#top")).toBe("/services");
  });

  test("replaces unknown segments, such as typed words or ids, with :param", () => {
    expect(routeLabel("/portland-abuse-help")).toBe("/:param");
    expect(routeLabel("/services/gb-nspcc-childline")).toBe("/services/:param");
  });

  test("collapses build assets and very long paths", () => {
    expect(routeLabel("/build/routes/_index-ABC123.js")).toBe("/build/*");
    expect(routeLabel("/a/b/c/d/e/f/g")).toBe("/:long");
  });
});
