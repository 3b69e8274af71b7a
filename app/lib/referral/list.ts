/**
 * A referral list is nothing but an ordered list of service slugs. It is
 * never stored: it travels in form fields, in a share link and in the
 * memory of one tab (ADR 007). These functions are pure so that the
 * JavaScript and no-JavaScript paths apply exactly the same rules.
 */

/** Slugs are lower-case words and digits joined by hyphens (seeds/README.md). */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 120;

/** A printed sheet stays readable and a QR code stays scannable. */
export const MAX_REFERRAL_ITEMS = 12;

export type ParsedList = { ids: string[]; rejected: number };

/**
 * Reads `a,b,c` (or repeated values) into a clean list: only well-formed
 * slugs, each once, in the order given, at most MAX_REFERRAL_ITEMS.
 * `rejected` counts what was dropped, so the page can say so.
 */
export function parseReferralIds(raw: unknown): ParsedList {
  const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
  const parts = values
    .flatMap((v) => v.slice(0, 4000).split(","))
    .map((p) => p.trim())
    .filter(Boolean);
  const ids: string[] = [];
  let rejected = 0;
  for (const p of parts) {
    if (p.length > MAX_SLUG_LENGTH || !SLUG.test(p) || ids.length >= MAX_REFERRAL_ITEMS) rejected++;
    else if (!ids.includes(p)) ids.push(p);
  }
  return { ids, rejected };
}

export type ReferralIntent = { op: "add" | "remove" | "up" | "down"; id: string } | { op: "clear" } | { op: "view" };

/** Reads a submit button's value such as `add:gb-nspcc-childline`. */
export function parseIntent(raw: unknown): ReferralIntent | null {
  if (typeof raw !== "string" || raw.length > 140) return null;
  if (raw === "clear" || raw === "view") return { op: raw };
  const [op, id, extra] = raw.split(":");
  if (extra !== undefined || !id || !SLUG.test(id)) return null;
  if (op === "add" || op === "remove" || op === "up" || op === "down") return { op, id };
  return null;
}

export type Outcome = "added" | "already" | "full" | "removed" | "moved" | "cleared" | "unchanged";

export function applyIntent(ids: readonly string[], intent: ReferralIntent): { ids: string[]; outcome: Outcome } {
  const list = [...ids];
  switch (intent.op) {
    case "view":
      return { ids: list, outcome: "unchanged" };
    case "clear":
      return { ids: [], outcome: list.length ? "cleared" : "unchanged" };
    case "add":
      if (list.includes(intent.id)) return { ids: list, outcome: "already" };
      if (list.length >= MAX_REFERRAL_ITEMS) return { ids: list, outcome: "full" };
      return { ids: [...list, intent.id], outcome: "added" };
    case "remove":
      return list.includes(intent.id)
        ? { ids: list.filter((x) => x !== intent.id), outcome: "removed" }
        : { ids: list, outcome: "unchanged" };
    case "up":
    case "down": {
      const from = list.indexOf(intent.id);
      const to = intent.op === "up" ? from - 1 : from + 1;
      if (from === -1 || to < 0 || to >= list.length) return { ids: list, outcome: "unchanged" };
      [list[from], list[to]] = [list[to]!, list[from]!];
      return { ids: list, outcome: "moved" };
    }
  }
}

/** The form-field and link form of a list: `a,b,c`. */
export const serializeIds = (ids: readonly string[]): string => ids.join(",");

/** The share link: service slugs only, never a note or anything typed. */
export function referralPath(ids: readonly string[]): string {
  return ids.length ? `/referral?${new URLSearchParams({ s: serializeIds(ids) }).toString()}` : "/referral";
}
