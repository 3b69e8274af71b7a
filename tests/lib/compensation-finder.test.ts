import { describe, expect, test } from "vitest";

import { addDuration } from "~/lib/compensation/dates";
import {
  estimate,
  findProgrammes,
  type FinderInput,
  type Programme,
  type ProgrammeDeadline,
} from "~/lib/compensation/finder";

const deadline = (d: Partial<ProgrammeDeadline>): ProgrammeDeadline => ({
  kind: "file",
  appliesTo: "all",
  benefit: null,
  duration: "P2Y",
  startsFrom: "crime-date",
  fixedDate: null,
  untilAge: null,
  extendable: null,
  notes: null,
  sourceUrl: "https://example.org/rule",
  ...d,
});

const programme = (slug: string, p: Partial<Programme> & { country?: string; subdivision?: string }): Programme => ({
  slug,
  name: slug,
  kind: "national",
  status: "active",
  areas: [{ country: p.country ?? null, subdivision: p.subdivision ?? null, global: false }],
  coversResidentsVictimisedAbroad: "unknown",
  policeReportRule: "required",
  deadlines: [],
  ...p,
});

const input = (i: Partial<FinderInput>): FinderInput => ({
  crime: { country: "FR", subdivision: null },
  home: { country: "FR", subdivision: null },
  ageAtTime: null,
  crimeYear: null,
  reported: "unsure",
  today: "2026-11-27",
  ...i,
});

const DIRECTORY: Programme[] = [
  programme("fr-civi", { country: "FR" }),
  programme("de-oeg", { country: "DE" }),
  programme("de-assist", { country: "DE", kind: "cross-border-assisting" }),
  programme("fr-assist", { country: "FR", kind: "cross-border-assisting" }),
  programme("us-tx", { kind: "state", subdivision: "US-TX", coversResidentsVictimisedAbroad: "yes" }),
  programme("us-ca", { kind: "state", subdivision: "US-CA", coversResidentsVictimisedAbroad: "no" }),
  programme("us-dma", { kind: "special", country: "US" }),
  programme("gb-cica", {
    areas: ["GB-ENG", "GB-SCT", "GB-WLS"].map((s) => ({ country: null, subdivision: s, global: false })),
  }),
  programme("gb-ni", { subdivision: "GB-NIR" }),
  programme("au-nsw", { kind: "state", subdivision: "AU-NSW" }),
  programme("au-nrs", { kind: "redress", country: "AU" }),
  programme("ca-on-closed", { kind: "state", subdivision: "CA-ON", status: "defunct" }),
  programme("ca-on-new", { kind: "state", subdivision: "CA-ON" }),
  programme("ca-yt-none", { kind: "none", subdivision: "CA-YT" }),
];
const found = (i: Partial<FinderInput>) => findProgrammes(input(i), DIRECTORY).map((a) => [a.programme.slug, a.reason]);

describe("findProgrammes", () => {
  test("offers the scheme of the state where the crime happened, then federal special schemes", () => {
    expect(
      found({ crime: { country: "US", subdivision: "US-CA" }, home: { country: "US", subdivision: "US-CA" } }),
    ).toEqual([
      ["us-ca", "crime-place"],
      ["us-dma", "special"],
    ]);
  });

  test("offers the scheme for England, Scotland and Wales for a crime in England", () => {
    expect(
      found({ crime: { country: "GB", subdivision: "GB-ENG" }, home: { country: "GB", subdivision: "GB-ENG" } }),
    ).toEqual([["gb-cica", "crime-place"]]);
  });

  test("offers Northern Ireland's own scheme, not the British one, for a crime in Northern Ireland", () => {
    expect(
      found({ crime: { country: "GB", subdivision: "GB-NIR" }, home: { country: "GB", subdivision: "GB-NIR" } }),
    ).toEqual([["gb-ni", "crime-place"]]);
  });

  test("offers an Australian state's scheme and the national redress scheme", () => {
    expect(
      found({ crime: { country: "AU", subdivision: "AU-NSW" }, home: { country: "AU", subdivision: "AU-NSW" } }),
    ).toEqual([
      ["au-nsw", "crime-place"],
      ["au-nrs", "special"],
    ]);
  });

  test("for someone living in one EU state about a crime in another, offers the crime state's scheme and the home assisting authority", () => {
    expect(found({ crime: { country: "FR", subdivision: null }, home: { country: "DE", subdivision: null } })).toEqual([
      ["fr-civi", "crime-place"],
      ["de-assist", "eu-assisting"],
    ]);
  });

  test("offers no assisting authority when the crime and the home are in the same EU state", () => {
    expect(found({})).toEqual([["fr-civi", "crime-place"]]);
  });

  test("offers no EU assisting authority when either place is outside the EU", () => {
    expect(
      found({ crime: { country: "GB", subdivision: "GB-ENG" }, home: { country: "FR", subdivision: null } }),
    ).toEqual([["gb-cica", "crime-place"]]);
  });

  test("adds the home scheme when it covers residents harmed elsewhere", () => {
    expect(
      found({ crime: { country: "FR", subdivision: null }, home: { country: "US", subdivision: "US-TX" } }),
    ).toEqual([
      ["fr-civi", "crime-place"],
      ["us-tx", "home-covers-abroad"],
    ]);
  });

  test("does not add a home scheme that does not say it covers residents harmed elsewhere", () => {
    expect(
      found({ crime: { country: "US", subdivision: "US-TX" }, home: { country: "US", subdivision: "US-CA" } }),
    ).toEqual([
      ["us-tx", "crime-place"],
      ["us-dma", "special"],
    ]);
  });

  test("never offers a closed programme", () => {
    expect(
      found({ crime: { country: "CA", subdivision: "CA-ON" }, home: { country: "CA", subdivision: "CA-ON" } }),
    ).toEqual([["ca-on-new", "crime-place"]]);
  });

  test("offers nothing where the directory has no programme", () => {
    expect(found({ crime: { country: "JP", subdivision: null }, home: { country: "JP", subdivision: null } })).toEqual(
      [],
    );
  });

  test("says first and plainly that a place has no scheme, with what exists instead", () => {
    expect(
      found({ crime: { country: "CA", subdivision: "CA-YT" }, home: { country: "CA", subdivision: "CA-ON" } }),
    ).toEqual([["ca-yt-none", "no-scheme"]]);
  });

  test("never offers a place's 'no scheme' record for a crime somewhere else", () => {
    expect(
      found({ crime: { country: "CA", subdivision: "CA-ON" }, home: { country: "CA", subdivision: "CA-YT" } }),
    ).toEqual([["ca-on-new", "crime-place"]]);
  });

  test("offers each programme once, for its first reason", () => {
    const answers = findProgrammes(
      input({ crime: { country: "US", subdivision: "US-TX" }, home: { country: "US", subdivision: "US-TX" } }),
      DIRECTORY,
    );
    expect(answers.filter((a) => a.programme.slug === "us-tx")).toHaveLength(1);
  });
});

describe("estimate", () => {
  const at = (d: Partial<ProgrammeDeadline>, i: Partial<FinderInput>) => estimate(deadline(d), input(i));

  test("gives the window of a limit counted from a crime in a given year", () => {
    expect(at({ duration: "P3Y" }, { crimeYear: 2024 })).toMatchObject({
      status: "close",
      earliest: "2027-01-01",
      latest: "2027-12-31",
    });
  });

  test("says a limit has passed when the whole window is before today", () => {
    expect(at({ duration: "P2Y" }, { crimeYear: 2010 }).status).toBe("passed");
  });

  test("says a limit is open when the window starts well after today", () => {
    expect(at({ duration: "P10Y" }, { crimeYear: 2025 }).status).toBe("open");
  });

  test("says a limit is close when today falls inside the window", () => {
    expect(at({ duration: "P1Y" }, { crimeYear: 2025 }).status).toBe("close");
  });

  test("counts from the 18th birthday using the age at the time", () => {
    // Aged 10 in 2015: turned 18 in 2022 or 2023; two years later is 2024–2025.
    expect(
      at({ startsFrom: "eighteenth-birthday", duration: "P2Y" }, { crimeYear: 2015, ageAtTime: 10 }),
    ).toMatchObject({
      earliest: "2024-01-01",
      latest: "2025-12-31",
      status: "passed",
    });
  });

  test("takes the later of a period and an age limit", () => {
    // Aged 8 in 2020: two years is 2022, but the 20th birthday falls in 2031 or 2032.
    expect(at({ duration: "P2Y", untilAge: 20 }, { crimeYear: 2020, ageAtTime: 8 })).toMatchObject({
      earliest: "2031-01-01",
      latest: "2032-12-31",
      status: "open",
    });
  });

  test("cannot estimate without the year", () => {
    expect(at({ duration: "P2Y" }, {}).status).toBe("unknown");
    expect(at({ startsFrom: "eighteenth-birthday" }, { crimeYear: 2010 }).status).toBe("unknown");
  });

  test("says a limit counted from a police report has not started when nothing was reported", () => {
    expect(at({ startsFrom: "first-police-report" }, { reported: "no", crimeYear: 2000 }).status).toBe("not-started");
    expect(at({ startsFrom: "first-police-report" }, { reported: "yes", crimeYear: 2000 }).status).toBe("unknown");
  });

  test("reports no limit, and a fixed closing date as it is", () => {
    expect(at({ duration: null }, { crimeYear: 1990 }).status).toBe("no-limit");
    expect(at({ startsFrom: "fixed-date", duration: null, fixedDate: "2027-06-30" }, {})).toMatchObject({
      earliest: "2027-06-30",
      latest: "2027-06-30",
      status: "open",
    });
  });

  test("shows only the rules for the age group the person was in", () => {
    const p = programme("x", {
      country: "FR",
      deadlines: [deadline({ appliesTo: "minor-at-time" }), deadline({ appliesTo: "adult-at-time" })],
    });
    const rules = (age: number | null) =>
      findProgrammes(input({ ageAtTime: age }), [p])[0]!.deadlines.map((d) => d.rule.appliesTo);
    expect(rules(12)).toEqual(["minor-at-time"]);
    expect(rules(30)).toEqual(["adult-at-time"]);
    expect(rules(null)).toEqual(["minor-at-time", "adult-at-time"]);
  });
});

describe("addDuration", () => {
  test("adds years, months, weeks, days and hours in UTC", () => {
    expect(addDuration("2024-02-29", "P1Y")).toBe("2025-03-01");
    expect(addDuration("2024-01-31", "P1M")).toBe("2024-03-02");
    expect(addDuration("2024-01-01", "P2W3D")).toBe("2024-01-18");
    expect(addDuration("2024-01-01", "PT72H")).toBe("2024-01-04");
  });
});

describe("estimate of an age limit alone", () => {
  test("puts a limit 'before your 21st birthday' in the years the person turns 21", () => {
    // Aged 12 in 2020: turns 21 in 2028 or 2029.
    const d = deadline({ duration: null, untilAge: 21, appliesTo: "minor-at-time" });
    expect(
      estimate(d, {
        crime: { country: "US", subdivision: "US-TX" },
        home: { country: "US", subdivision: "US-TX" },
        ageAtTime: 12,
        crimeYear: 2020,
        reported: "yes",
        today: "2026-11-27",
      }),
    ).toMatchObject({ earliest: "2028-01-01", latest: "2029-12-31", status: "open" });
  });
});
