import { z } from "zod";

import { copy } from "~/copy";

import { countryOfSubdivision, isCountryCode, isSubdivisionCode } from "../geo/iso";
import type { FinderInput, Place } from "./finder";

/**
 * The compensation finder's form, checked at the boundary. A place is one
 * code: a country (`FR`) or a subdivision (`US-TX`). Empty optional fields
 * mean "not given"; nothing here is stored or logged.
 */
const US_TERRITORIES = new Set(["US-AS", "US-GU", "US-MP", "US-PR", "US-UM", "US-VI"]);

const placeCode = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .toUpperCase()
    .refine((v) => isCountryCode(v) || isSubdivisionCode(v), message)
    .transform((v): Place => {
      // US territories have both codes (US-PR and PR); the directory files them as countries.
      if (US_TERRITORIES.has(v)) return { country: v.slice(3), subdivision: null };
      return isSubdivisionCode(v)
        ? { country: countryOfSubdivision(v), subdivision: v }
        : { country: v, subdivision: null };
    });

const optionalInt = (min: number, max: () => number, message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const n = Number(v);
      if (!/^\d{1,4}$/.test(v) || n < min || n > max()) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return n;
    });

const FinderFormSchema = z.object({
  crimePlace: placeCode(copy.compensation.errors.crimePlace),
  homePlace: placeCode(copy.compensation.errors.homePlace),
  age: optionalInt(0, () => 120, copy.compensation.errors.age),
  year: optionalInt(1900, () => new Date().getUTCFullYear(), copy.compensation.errors.year),
  reported: z.enum(["yes", "no", "unsure"], { error: copy.compensation.errors.reported }).default("unsure"),
});

export type FinderFormResult =
  { ok: true; value: Omit<FinderInput, "today"> } | { ok: false; errors: Record<string, string> };

export function parseFinderForm(form: FormData): FinderFormResult {
  const raw = Object.fromEntries(
    ["crimePlace", "homePlace", "age", "year", "reported"].map((k) => {
      const v = form.get(k);
      return [k, typeof v === "string" && v !== "" ? v.slice(0, 20) : undefined];
    }),
  );
  const parsed = FinderFormSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
    return { ok: false, errors };
  }
  const { crimePlace, homePlace, age, year, reported } = parsed.data;
  return { ok: true, value: { crime: crimePlace, home: homePlace, ageAtTime: age, crimeYear: year, reported } };
}
