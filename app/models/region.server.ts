import { allCountries, countryName, countryParts, topLevelSubdivisions } from "~/lib/geo/iso";
import { getPrisma } from "~/utils/db.server";

/**
 * Lists for the search form. A `.server` module so the gazetteer and the
 * ISO tables never reach the browser bundle.
 */
export { allCountries, countryName, countryParts, topLevelSubdivisions };

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

let languages: Promise<{ code: string; name: string }[]> | undefined;

/**
 * Languages some service in the directory offers, by English name. Read
 * once: the directory is read-only while the server runs (ADR 006), and
 * the home page asks on every visit.
 */
export function directoryLanguages(): Promise<{ code: string; name: string }[]> {
  languages ??= getPrisma()
    .language.findMany({ where: { serviceId: { not: null } }, select: { code: true }, distinct: ["code"] })
    .then((rows) =>
      rows
        .map((r) => ({ code: r.code, name: languageNames.of(r.code) ?? r.code }))
        .sort((a, b) => a.name.localeCompare(b.name, "en")),
    )
    .catch((error: unknown) => {
      languages = undefined; // try again next time rather than keep a failure
      throw error;
    });
  return languages;
}
