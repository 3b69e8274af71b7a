/**
 * How typed place names and postcodes are made comparable. The gazetteer
 * import and the lookup both go through these functions, so a name is
 * found exactly when its key matches, whatever accents, case, dots or
 * apostrophes the person typed.
 */

// Letters that NFD does not split into base letter + accent.
const FOLD: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ł: "l",
  ı: "i",
};

// Short forms people type interchangeably with the long ones ("St Paul",
// "Saint Paul"). Both sides are keyed to the short form.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  saint: "st",
  sainte: "ste",
  mount: "mt",
  fort: "ft",
};

/** A comparison key: "St. John's" and "saint johns" both give "st johns". */
export function searchKey(text: string): string {
  const folded = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøđðþłı]/g, (c) => FOLD[c] ?? c)
    // Apostrophes join ("john's" → "johns"); other punctuation separates.
    .replace(/['’‘`´]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return (
    folded
      .split(" ")
      .map((word) => ABBREVIATIONS[word] ?? word)
      .join(" ")
      // Initials close up: "Washington, D.C." and "washington dc" meet.
      .replace(/\b\p{L}(?: \p{L}\b)+/gu, (run) => run.replace(/ /g, ""))
  );
}

export type PostcodeCandidate = { country: string; code: string };

/**
 * Places outside the 50 states and DC that use US ZIP codes. A five-digit
 * code is looked up in these countries too (00601 is in Puerto Rico).
 */
export const ZIP_COUNTRIES: readonly string[] = ["US", "PR", "VI", "GU", "AS", "MP", "PW", "FM", "MH"];

// Canada Post never uses D, F, I, O, Q or U, and W and Z never come first.
const CANADIAN = /^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])(?:\d[ABCEGHJ-NPRSTV-Z]\d)?$/;

/**
 * The postcodes a text could be, most likely first. Codes come back
 * normalised (upper-case, no spaces): a ZIP+4 gives its five-digit ZIP, a
 * full Canadian postcode its forward sortation area (`M5V 3L9` → `M5V`),
 * the precision our data has.
 */
export function parsePostcode(text: string): PostcodeCandidate[] {
  const compact = text
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, "");
  if (compact.length > 10) return [];
  if (/^\d{5}(\d{4})?$/.test(compact)) return [{ country: "US", code: compact.slice(0, 5) }];
  if (/^\d{4}$/.test(compact)) return [{ country: "AU", code: compact }];
  const ca = CANADIAN.exec(compact);
  if (ca) return [{ country: "CA", code: ca[1]! }];
  return [];
}
