import { describe, expect, test } from "vitest";

import { shareLink } from "~/lib/share-link";

const filters = {
  needs: ["talk-now", "counselling"],
  audience: "caregiver",
  language: "en",
  freeOnly: true,
  delivery: ["chat"],
  openNow: true,
};

describe("shareLink", () => {
  test("carries the region and the filters", () => {
    const url = new URL(shareLink({ country: "GB", subdivision: "GB-ENG" }, filters), "http://x");
    expect(url.pathname).toBe("/find");
    expect(url.searchParams.get("country")).toBe("GB");
    expect(url.searchParams.get("subdivision")).toBe("GB-ENG");
    expect(url.searchParams.getAll("needs")).toEqual(["talk-now", "counselling"]);
    expect(url.searchParams.get("audience")).toBe("caregiver");
  });

  test("never carries a typed place, a place id or coordinates", () => {
    const href = shareLink(
      {
        country: "US",
        subdivision: null,
        ...({ place: "Portland", lat: 45.5, lng: -122.6, placeId: "place:1" } as object),
      },
      {
        ...filters,
        ...({ place: "Portland" } as object),
      },
    );
    expect(href).not.toMatch(/Portland|45\.5|122|place/i);
  });
});
