import { describe, expect, test } from "vitest";

import { deadlineText, durationText, type DeadlineRow } from "~/lib/deadline-text";

const row = (over: Partial<DeadlineRow>): DeadlineRow => ({
  kind: "file",
  appliesTo: "all",
  benefit: null,
  duration: "P2Y",
  startsFrom: "crime-date",
  fixedDate: null,
  untilAge: null,
  extendable: null,
  ...over,
});

describe("deadlines in plain words", () => {
  test("durations read naturally", () => {
    expect(durationText("P2Y")).toBe("2 years");
    expect(durationText("P1Y6M")).toBe("1 year 6 months");
    expect(durationText("PT72H")).toBe("72 hours");
    expect(durationText("P45D")).toBe("45 days");
  });

  test("a filing deadline counted from the crime, that can be extended", () => {
    expect(deadlineText(row({ extendable: true }))).toBe(
      "Apply within 2 years of the crime. Late applications may be accepted in some cases.",
    );
  });

  test("a rule for people who were children, with an age limit", () => {
    expect(deadlineText(row({ appliesTo: "minor-at-time", duration: "P7Y", untilAge: 28 }))).toBe(
      "If you were under 18 at the time: apply within 7 years of the crime, or until your 28th birthday.",
    );
  });

  test("a limit that runs only to an age", () => {
    expect(deadlineText(row({ appliesTo: "minor-at-time", duration: null, untilAge: 21 }))).toBe(
      "If you were under 18 at the time: apply before your 21st birthday.",
    );
  });

  test("a closing date and no time limit", () => {
    expect(deadlineText(row({ duration: null, startsFrom: "fixed-date", fixedDate: "2027-06-30" }))).toBe(
      "Apply by 30 June 2027.",
    );
    expect(deadlineText(row({ kind: "benefit", appliesTo: "benefit", benefit: "counselling", duration: null }))).toBe(
      "Claim counselling: no time limit.",
    );
  });

  test("a police reporting rule", () => {
    expect(deadlineText(row({ kind: "report", duration: "PT72H" }))).toBe(
      "Report to the police within 72 hours of the crime.",
    );
  });
});
