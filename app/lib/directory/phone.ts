import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/**
 * How a stored phone number is shown and dialled. E.164 numbers are
 * formatted the international way; a short code (116 111) stays as it is
 * and is only dialable in its own country.
 */
export type PublicPhone = {
  display: string;
  href: string;
  type: string;
  description: string | null;
  crisisLine: boolean;
  /** For a short code: the only country it works in. */
  onlyIn: string | null;
};

/** How a number is written for people: international format, or a short code as it is. */
export function displayPhone(number: string, isShortCode: boolean): string {
  if (isShortCode) return number;
  return parsePhoneNumberFromString(number)?.formatInternational() ?? number;
}

export function toPublicPhone(p: {
  number: string;
  isShortCode: boolean;
  country: string | null;
  type: string;
  description: string | null;
  isCrisisLine: boolean;
  /** Formatted at import; formatted here when absent. */
  display?: string | null;
}): PublicPhone {
  const scheme = p.type === "text" ? "sms" : "tel";
  if (p.isShortCode) {
    return {
      display: p.number,
      href: `${scheme}:${p.number}`,
      type: p.type,
      description: p.description,
      crisisLine: p.isCrisisLine,
      onlyIn: p.country,
    };
  }
  return {
    display: p.display ?? displayPhone(p.number, false),
    href: `${scheme}:${p.number}`,
    type: p.type,
    description: p.description,
    crisisLine: p.isCrisisLine,
    onlyIn: null,
  };
}
