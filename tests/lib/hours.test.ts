import { describe, expect, test } from "vitest";

import { isOpenAt, openNow } from "~/lib/hours";

const weekdays = (timezone: string, opensAt = "09:00", closesAt = "17:00") => [
  { timezone, byDay: "MO,TU,WE,TH,FR", opensAt, closesAt },
];

describe("opening hours", () => {
  test("are read in the service's own time zone", () => {
    const mondayNoonUtc = new Date("2026-11-23T12:00:00Z");
    expect(isOpenAt(weekdays("Europe/London"), mondayNoonUtc)).toBe(true);
    expect(isOpenAt(weekdays("America/New_York"), mondayNoonUtc)).toBe(false); // 07:00
    expect(isOpenAt(weekdays("Asia/Kolkata"), mondayNoonUtc)).toBe(false); // 17:30, just closed
  });

  test("follow daylight saving", () => {
    // 08:30 UTC is 09:30 in London in July (BST) but 08:30 in January.
    expect(isOpenAt(weekdays("Europe/London"), new Date("2026-07-06T08:30:00Z"))).toBe(true);
    expect(isOpenAt(weekdays("Europe/London"), new Date("2026-01-05T08:30:00Z"))).toBe(false);
  });

  test("use the local day, which can differ from the UTC day", () => {
    // Sunday 23:00 UTC is Monday 10:00 in Sydney.
    expect(isOpenAt(weekdays("Australia/Sydney"), new Date("2026-11-22T23:00:00Z"))).toBe(true);
  });

  test("close at the closing minute, except 23:59, which means midnight", () => {
    expect(isOpenAt(weekdays("UTC"), new Date("2026-11-23T17:00:00Z"))).toBe(false);
    expect(isOpenAt(weekdays("UTC", "18:00", "23:59"), new Date("2026-11-23T23:59:30Z"))).toBe(true);
  });

  test("answer each instant afresh, however often the same zones were asked before", () => {
    const hours = weekdays("America/New_York");
    const instants = ["2026-11-23T12:00:00Z", "2026-11-23T15:00:00Z", "2026-11-23T12:00:00Z", "2026-11-23T22:30:00Z"];
    expect(instants.map((t) => isOpenAt(hours, new Date(t)))).toEqual([false, true, false, false]);
    // One instant, many zones in turn, then the first zone again.
    const at = new Date("2026-11-23T15:00:00Z");
    expect(
      ["America/New_York", "Europe/London", "Asia/Tokyo", "America/New_York"].map((z) => isOpenAt(weekdays(z), at)),
    ).toEqual([true, true, false, true]);
  });

  test("an unknown time zone never throws and never counts as open", () => {
    expect(isOpenAt(weekdays("Mars/Olympus"), new Date())).toBe(false);
  });

  test("a 24/7 service is open; a service with no hours is unknown, not closed", () => {
    expect(openNow({ open247: true, schedules: [] }, new Date())).toBe(true);
    expect(openNow({ open247: false, schedules: [] }, new Date())).toBeNull();
  });
});
