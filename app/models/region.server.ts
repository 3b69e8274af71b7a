import { allCountries, countryName, subdivisionName, topLevelSubdivisions } from "~/lib/geo/iso";
import { fieldErrors, RegionFormSchema } from "~/lib/region-form";

/**
 * The region picker's server side. It lives in a `.server` module so the
 * gazetteer and the validation schemas never reach the browser bundle.
 */

export { allCountries, countryName, topLevelSubdivisions };

export function placeName(country: string, subdivision?: string): string {
  const c = countryName(country) ?? country;
  return subdivision ? `${subdivisionName(subdivision) ?? subdivision}, ${c}` : c;
}

/** Reads the posted form; only values we recognise come back out. */
export function parseRegionForm(form: FormData) {
  const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);
  const parsed = RegionFormSchema.safeParse({
    country: str(form.get("country")),
    subdivision: str(form.get("subdivision")),
  });
  if (parsed.success) return { ok: true as const, value: parsed.data };
  const raw = str(form.get("country"))?.trim().toUpperCase();
  return {
    ok: false as const,
    errors: fieldErrors(parsed.error),
    knownCountry: raw && countryName(raw) ? raw : undefined,
  };
}
