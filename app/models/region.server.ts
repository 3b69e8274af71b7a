import { allCountries, countryName, topLevelSubdivisions } from "~/lib/geo/iso";
import { getPrisma } from "~/utils/db.server";

/**
 * Lists for the search form. A `.server` module so the gazetteer and the
 * ISO tables never reach the browser bundle.
 */
export { allCountries, countryName, topLevelSubdivisions };

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });

/** Languages some service in the directory offers, by English name. */
export async function directoryLanguages(): Promise<{ code: string; name: string }[]> {
  const rows = await getPrisma().language.findMany({
    where: { serviceId: { not: null } },
    select: { code: true },
    distinct: ["code"],
  });
  return rows
    .map((r) => ({ code: r.code, name: languageNames.of(r.code) ?? r.code }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}
