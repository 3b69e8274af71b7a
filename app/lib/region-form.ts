import { z } from "zod";

import { copy } from "~/copy";

import { countryOfSubdivision, isCountryCode, isSubdivisionCode } from "./geo/iso";

/**
 * The region picker's form, checked on the server. Messages never repeat
 * what was sent; an unknown value just asks the visitor to pick again.
 */
export const RegionFormSchema = z
  .object({
    country: z
      .string({ error: copy.errors.countryRequired })
      .trim()
      .toUpperCase()
      .min(1, copy.errors.countryRequired)
      .refine(isCountryCode, copy.errors.countryUnknown),
    subdivision: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((v) => (v ? v : undefined)),
  })
  .superRefine((v, ctx) => {
    if (v.subdivision && (!isSubdivisionCode(v.subdivision) || countryOfSubdivision(v.subdivision) !== v.country)) {
      ctx.addIssue({ code: "custom", path: ["subdivision"], message: copy.errors.subdivisionUnknown });
    }
  });

export type RegionForm = z.infer<typeof RegionFormSchema>;

/** Field name → first message, for showing beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}
