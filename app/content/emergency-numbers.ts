import { EU_MEMBER_STATES } from "~/lib/compensation/eu";

/**
 * Emergency numbers by country (ISO 3166-1 alpha-2), as dialled digits.
 *
 * Every entry cites an official page (government, EU or emergency service)
 * that was read when this file was written. Only numbers that page states
 * are listed: if a page gave no separate ambulance number, `ambulance` is
 * left out rather than guessed. Check the source before changing a number.
 */

export type EmergencyNumbers = {
  country: string /* ISO 3166-1 alpha-2 */;
  police: string;
  ambulance?: string;
  general?: string /* e.g. 112 */;
  source: string /* URL */;
};

/**
 * The European Commission's 112 page says the same number, 112, reaches
 * emergency services anywhere in the EU. Many member states also keep
 * national numbers alongside 112; we list only 112 for them because the
 * source we read covers 112 alone.
 */
const EU_112_SOURCE = "https://digital-strategy.ec.europa.eu/en/news/112-day-raises-awareness-eu-emergency-number";

// Ireland keeps 999 beside 112 and has its own entry below.
const EU_MEMBER_STATES_112_ONLY = [...EU_MEMBER_STATES].filter((c) => c !== "IE");

const euEntries: Record<string, EmergencyNumbers> = Object.fromEntries(
  EU_MEMBER_STATES_112_ONLY.map((country) => [
    country,
    { country, police: "112", ambulance: "112", general: "112", source: EU_112_SOURCE },
  ]),
);

export const EMERGENCY_NUMBERS: Record<string, EmergencyNumbers> = {
  ...euEntries,

  // National 911 Program (US Department of Transportation, NHTSA): 911 reaches
  // police, fire or emergency medical help.
  US: {
    country: "US",
    police: "911",
    ambulance: "911",
    source: "https://www.911.gov/about_national_911program.html",
  },

  // CRTC (Canada's telecoms regulator), 9-1-1 action plan: about 96 percent of
  // Canadians can reach 9-1-1, so a few remote areas may use local numbers.
  // The Government of New Brunswick confirms 911 calls are passed to police,
  // fire or ambulance: https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html
  CA: {
    country: "CA",
    police: "911",
    ambulance: "911",
    source: "https://crtc.gc.ca/eng/archive/2014/2014-342.htm",
  },

  // Devon & Cornwall Police: 999 for police, ambulance, fire or coastguard.
  // 112 also works in the UK, but we found no official page for it to cite.
  GB: {
    country: "GB",
    police: "999",
    ambulance: "999",
    source: "https://youth.devon-cornwall.police.uk/young-people/crime-and-the-law/contacting-the-police",
  },

  // HSE (Ireland's health service): 112 and 999 both reach Gardaí, ambulance,
  // fire brigade and coast guard, free of charge.
  IE: {
    country: "IE",
    police: "999",
    ambulance: "999",
    general: "112",
    source: "https://www2.hse.ie/emergencies/when-to-call-112-or-999/",
  },

  // Triple Zero (Australian Government): 000 from any phone; 112 from most
  // mobile phones.
  AU: {
    country: "AU",
    police: "000",
    ambulance: "000",
    general: "112",
    source: "https://www.triplezero.gov.au/triple-zero/other-emergency-numbers",
  },

  // govt.nz: dial 111 for police, fire or ambulance.
  NZ: {
    country: "NZ",
    police: "111",
    ambulance: "111",
    source: "https://www.govt.nz/browse/crime-and-justice/crimes-and-emergencies/111-emergency-service/",
  },

  // Vikaspedia (Government of India portal): Emergency Response Support System,
  // a single number 112 for police, fire and health emergencies.
  IN: {
    country: "IN",
    police: "112",
    ambulance: "112",
    general: "112",
    source: "https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system",
  },

  // South African Police Service: 10111 for police emergencies. No ambulance
  // number is given on this page, so none is listed.
  ZA: {
    country: "ZA",
    police: "10111",
    source: "https://www.saps.gov.za/services/cc_10111.php",
  },

  // Odate City (Japanese local government): 110 for police, 119 for fire
  // and ambulance.
  JP: {
    country: "JP",
    police: "110",
    ambulance: "119",
    source: "https://www.city.odate.lg.jp/city/foreign-language/english/emergency-call",
  },

  // Singapore Police Force: 999 for police emergencies. The ambulance number,
  // 995, is from the Singapore Civil Defence Force:
  // https://www.scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services
  SG: {
    country: "SG",
    police: "999",
    ambulance: "995",
    source: "https://www.police.gov.sg/news-and-publications/features/The%20Line%20Between%20Life%20and%20Death",
  },
};
