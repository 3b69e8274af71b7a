import type { DeadlineRow } from "../deadline-text";
import { addDays, addDuration, yearEnd, yearStart } from "./dates";
import { EU_MEMBER_STATES } from "./eu";

/**
 * Which compensation programmes may apply to someone, and roughly by when.
 * Pure and deterministic: the route passes today's date in, and nothing
 * here is stored or logged (the inputs describe a person's history).
 */

export type Place = { country: string; subdivision: string | null };

export type FinderInput = {
  crime: Place;
  home: Place;
  /** Age when it happened (or began); null when not given. */
  ageAtTime: number | null;
  /** Roughly which year; null when not given. */
  crimeYear: number | null;
  reported: "yes" | "no" | "unsure";
  /** YYYY-MM-DD, UTC. */
  today: string;
};

export type ProgrammeDeadline = DeadlineRow & { notes: string | null; sourceUrl: string };

export type Programme = {
  slug: string;
  name: string;
  kind: string;
  status: string;
  /** Where the programme's own area reaches (countries and subdivisions). */
  areas: { country: string | null; subdivision: string | null; global: boolean }[];
  coversResidentsVictimisedAbroad: string;
  policeReportRule: string;
  deadlines: ProgrammeDeadline[];
};

/** Why a programme is offered, in the order people should look at them. */
export const REASONS = ["no-scheme", "crime-place", "eu-assisting", "home-covers-abroad", "special"] as const;
export type Reason = (typeof REASONS)[number];

export type DeadlineStatus = "open" | "close" | "passed" | "no-limit" | "not-started" | "unknown";

export type DeadlineEstimate = {
  rule: ProgrammeDeadline;
  status: DeadlineStatus;
  /** The window in which the limit falls, when it can be estimated. */
  earliest: string | null;
  latest: string | null;
};

export type Answer<P extends Programme> = { programme: P; reason: Reason; deadlines: DeadlineEstimate[] };

/** A limit within this many days of today is "close": act now, get advice. */
export const CLOSE_DAYS = 180;

function covers(p: Programme, place: Place): boolean {
  return p.areas.some(
    (a) =>
      a.global ||
      (a.subdivision !== null && a.subdivision === place.subdivision) ||
      (a.subdivision === null && a.country === place.country),
  );
}

const samePlace = (a: Place, b: Place) => a.country === b.country && (a.subdivision ?? "") === (b.subdivision ?? "");

export function findProgrammes<P extends Programme>(input: FinderInput, programmes: readonly P[]): Answer<P>[] {
  const live = programmes.filter((p) => p.status === "active");
  const picked = new Map<string, Answer<P>>();
  const offer = (p: P, reason: Reason) => {
    if (!picked.has(p.slug)) picked.set(p.slug, { programme: p, reason, deadlines: estimateAll(p, input) });
  };
  const general = (p: P) => p.kind === "state" || p.kind === "national";

  // An honest "there is no scheme here", and what exists instead, comes first.
  for (const p of live) if (p.kind === "none" && covers(p, input.crime)) offer(p, "no-scheme");
  for (const p of live) if (general(p) && covers(p, input.crime)) offer(p, "crime-place");

  const crossBorderEu =
    input.crime.country !== input.home.country &&
    EU_MEMBER_STATES.has(input.crime.country) &&
    EU_MEMBER_STATES.has(input.home.country);
  if (crossBorderEu)
    for (const p of live) if (p.kind === "cross-border-assisting" && covers(p, input.home)) offer(p, "eu-assisting");

  if (!samePlace(input.crime, input.home))
    for (const p of live)
      if (general(p) && p.coversResidentsVictimisedAbroad === "yes" && covers(p, input.home))
        offer(p, "home-covers-abroad");

  for (const p of live)
    if ((p.kind === "special" || p.kind === "redress") && covers(p, input.crime)) offer(p, "special");

  return [...picked.values()].sort((a, b) => REASONS.indexOf(a.reason) - REASONS.indexOf(b.reason));
}

function applies(d: ProgrammeDeadline, age: number | null): boolean {
  if (d.appliesTo === "minor-at-time") return age === null || age < 18;
  if (d.appliesTo === "adult-at-time") return age === null || age >= 18;
  return true;
}

function estimateAll(p: Programme, input: FinderInput): DeadlineEstimate[] {
  return p.deadlines.filter((d) => applies(d, input.ageAtTime)).map((d) => estimate(d, input));
}

/**
 * The window in which one limit falls. A year and an age give a window,
 * not a date: someone aged 15 in 2010 turned 18 in 2012 or 2013.
 */
export function estimate(d: ProgrammeDeadline, input: FinderInput): DeadlineEstimate {
  const { crimeYear: year, ageAtTime: age, today } = input;
  const none = (status: DeadlineStatus): DeadlineEstimate => ({ rule: d, status, earliest: null, latest: null });

  let window: [string, string] | null = null;
  if (d.startsFrom === "fixed-date" && d.fixedDate) window = [d.fixedDate, d.fixedDate];
  else if (d.duration === null && d.untilAge !== null) {
    // "Before your 21st birthday", with no period from an event.
    const birthday = birthdayYears(year, age, d.untilAge);
    return birthday ? withStatus(d, [yearStart(birthday[0]), yearEnd(birthday[1])], today) : none("unknown");
  } else if (d.duration === null) return none("no-limit");
  else if (d.startsFrom === "first-police-report") return none(input.reported === "no" ? "not-started" : "unknown");
  else if (d.startsFrom === "discovery") return none("unknown");
  else if (d.startsFrom === "crime-date") {
    if (year === null) return none("unknown");
    window = [addDuration(yearStart(year), d.duration), addDuration(yearEnd(year), d.duration)];
  } else if (d.startsFrom === "eighteenth-birthday") {
    const turned18 = birthdayYears(year, age, 18);
    if (!turned18) return none("unknown");
    window = [addDuration(yearStart(turned18[0]), d.duration), addDuration(yearEnd(turned18[1]), d.duration)];
  } else return none("unknown");

  // "…or until your 20th birthday": whichever is later.
  if (d.untilAge !== null) {
    const birthday = birthdayYears(year, age, d.untilAge);
    if (birthday) {
      window = [maxDate(window[0], yearStart(birthday[0])), maxDate(window[1], yearEnd(birthday[1]))];
    }
  }
  return withStatus(d, window, today);
}

function withStatus(d: ProgrammeDeadline, [earliest, latest]: [string, string], today: string): DeadlineEstimate {
  const status: DeadlineStatus = latest < today ? "passed" : earliest > addDays(today, CLOSE_DAYS) ? "open" : "close";
  return { rule: d, status, earliest, latest };
}

/** The years in which someone aged `age` in `year` reaches `target`. */
function birthdayYears(year: number | null, age: number | null, target: number): [number, number] | null {
  if (year === null || age === null) return null;
  return [year - age - 1 + target, year - age + target];
}

const maxDate = (a: string, b: string) => (a > b ? a : b);
