/**
 * Date arithmetic for deadline estimates, on plain `YYYY-MM-DD` strings in
 * UTC so the answer never depends on the server's time zone.
 */

export function addDuration(isoDate: string, duration: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const [, datePart = "", timePart = ""] = /^P([^T]*)(?:T(.*))?$/.exec(duration) ?? [];
  const n = (part: string, unit: string) => Number(new RegExp(`(\\d+)${unit}`).exec(part)?.[1] ?? 0);
  d.setUTCFullYear(d.getUTCFullYear() + n(datePart, "Y"));
  d.setUTCMonth(d.getUTCMonth() + n(datePart, "M"));
  d.setUTCDate(d.getUTCDate() + 7 * n(datePart, "W") + n(datePart, "D"));
  d.setUTCHours(d.getUTCHours() + n(timePart, "H"));
  return d.toISOString().slice(0, 10);
}

export const yearStart = (year: number) => `${String(year).padStart(4, "0")}-01-01`;
export const yearEnd = (year: number) => `${String(year).padStart(4, "0")}-12-31`;

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
