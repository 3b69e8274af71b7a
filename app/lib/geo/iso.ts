import { iso31661, iso31662 } from "iso-3166";

/**
 * ISO 3166 lookups from the `iso-3166` package (data only, no network).
 * Codes are upper-case: `GB`, `GB-ENG`.
 */

const countries = new Map(iso31661.filter((c) => c.state === "assigned").map((c) => [c.alpha2, c.name]));
const subdivisions = new Map(iso31662.map((s) => [s.code, s]));

export function isCountryCode(code: string): boolean {
  return countries.has(code);
}

export function isSubdivisionCode(code: string): boolean {
  return subdivisions.has(code);
}

/** The country a subdivision belongs to: `GB-ENG` → `GB`. */
export function countryOfSubdivision(code: string): string {
  return code.split("-")[0] ?? "";
}

// Intl's names are the everyday ones ("United Kingdom", not ISO's long
// form) and come with every language the runtime knows.
const displayNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

export function countryName(code: string): string | undefined {
  if (!countries.has(code)) return undefined;
  return displayNames.of(code) ?? countries.get(code);
}

export function subdivisionName(code: string): string | undefined {
  return subdivisions.get(code)?.name;
}

/**
 * The chain of parents of a subdivision, nearest first: `FR-75C` →
 * [`FR-IDF`]. A service that covers `FR-IDF` serves a point in `FR-75C`.
 */
export function subdivisionAncestors(code: string): string[] {
  const chain: string[] = [];
  let parent = subdivisions.get(code)?.parent;
  while (parent && parent.includes("-")) {
    chain.push(parent);
    parent = subdivisions.get(parent)?.parent;
  }
  return chain;
}

/** Top-level subdivisions of a country (states, provinces, nations), by name. */
export function topLevelSubdivisions(country: string): { code: string; name: string }[] {
  return iso31662
    .filter((s) => s.parent === country)
    .map((s) => ({ code: s.code, name: s.name }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

export function allCountries(): { code: string; name: string }[] {
  return [...countries.keys()]
    .map((code) => ({ code, name: countryName(code)! }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}

/**
 * The parts of a country people name when asked where something happened:
 * its top-level subdivisions, except for the United Kingdom, whose ISO list
 * is flat (200+ council areas) and whose laws divide by nation.
 */
export function countryParts(country: string): { code: string; name: string }[] {
  const parts = topLevelSubdivisions(country);
  if (country !== "GB") return parts;
  const nations = new Set(["GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS"]);
  return parts.filter((p) => nations.has(p.code));
}
