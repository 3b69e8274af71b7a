/**
 * A compensation deadline in plain words, from its structured row.
 * Kept pure so it can be tested and, later, translated.
 */
export type DeadlineRow = {
  kind: string;
  appliesTo: string;
  benefit: string | null;
  duration: string | null;
  startsFrom: string;
  fixedDate: string | null;
  untilAge: number | null;
  extendable: boolean | null;
};

const UNITS: Record<string, [string, string]> = {
  Y: ["year", "years"],
  M: ["month", "months"],
  W: ["week", "weeks"],
  D: ["day", "days"],
  H: ["hour", "hours"],
};

export function durationText(iso: string): string {
  const parts: string[] = [];
  const time = iso.includes("T") ? iso.slice(iso.indexOf("T") + 1) : "";
  const date = iso.slice(1, iso.includes("T") ? iso.indexOf("T") : undefined);
  for (const [, n, u] of date.matchAll(/(\d+)([YMWD])/g)) parts.push(`${n} ${UNITS[u!]![Number(n) === 1 ? 0 : 1]}`);
  for (const [, n, u] of time.matchAll(/(\d+)([HM])/g))
    parts.push(`${n} ${u === "H" ? UNITS.H![Number(n) === 1 ? 0 : 1] : Number(n) === 1 ? "minute" : "minutes"}`);
  return parts.join(" ") || iso;
}

const WHAT: Record<string, string> = { report: "Report to the police", file: "Apply", benefit: "Claim" };
const FROM: Record<string, string> = {
  "crime-date": "of the crime",
  "eighteenth-birthday": "of your 18th birthday",
  "first-police-report": "of first reporting it to the police",
  discovery: "of realising the harm it caused",
};
const WHO: Record<string, string> = {
  all: "",
  "minor-at-time": "If you were under 18 at the time: ",
  "adult-at-time": "If you were an adult at the time: ",
  "sexual-offence": "For sexual offences: ",
  benefit: "",
};

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

export function deadlineText(d: DeadlineRow): string {
  const who = WHO[d.appliesTo] ?? "";
  const what = d.kind === "benefit" && d.benefit ? `Claim ${lowerFirst(d.benefit)}` : (WHAT[d.kind] ?? "Apply");
  let rule: string;
  if (d.startsFrom === "fixed-date" && d.fixedDate)
    rule = `${what} by ${longDate.format(new Date(`${d.fixedDate}T00:00:00Z`))}`;
  else if (d.duration === null && d.untilAge !== null) rule = `${what} before your ${ordinal(d.untilAge)} birthday`;
  else if (d.duration === null) rule = `${what}: no time limit`;
  else rule = `${what} within ${durationText(d.duration)} ${FROM[d.startsFrom] ?? ""}`.trim();
  if (d.duration !== null && d.untilAge !== null) rule += `, or until your ${ordinal(d.untilAge)} birthday`;
  const ext = d.extendable === true ? " Late applications may be accepted in some cases." : "";
  const lead = who ? `${who}${rule.charAt(0).toLowerCase()}${rule.slice(1)}` : rule;
  return `${lead}.${ext}`;
}

function lowerFirst(s: string): string {
  // "Counselling" → "counselling", but keep acronyms such as "NRS" as they are.
  return /^[A-Z][a-z]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

function ordinal(n: number): string {
  const s = ["th", "st", "nd", "rd"];
  const v = n % 100;
  return `${n}${s[(v - 20) % 10] ?? s[v] ?? s[0]}`;
}
