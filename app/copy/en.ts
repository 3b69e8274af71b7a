/**
 * Every sentence a visitor reads, in one place, so another language is a
 * new file rather than a hunt through components. Keep the tone calm and
 * plain; no graphic words in titles.
 */
export const en = {
  siteName: "Waypoint",
  // The tab title is the same on every page: a history list or a glance
  // at the tab shows nothing about what was looked at.
  pageTitle: "Waypoint",
  skipToContent: "Skip to main content",
  quickExit: {
    label: "Exit this page",
    hiddenPrefix: "Emergency",
    skipLink: "Exit this page quickly",
    region: "Quick exit",
  },
  home: {
    heading: "Find support near you",
    intro:
      "Free, confidential services for anyone affected by child sexual abuse or online exploitation: children and teenagers, adult survivors, parents and carers, and the people who support them.",
    privacy: "We do not keep what you search for, and we do not use cookies.",
    formLegend: "Where are you?",
    countryLabel: "Country",
    countryHint: "Choose the country you are in now.",
    countryPlaceholder: "Choose a country",
    subdivisionLabel: "State, province or region (optional)",
    subdivisionAll: (country: string) => `All of ${country}`,
    submit: "Show services",
    resultsHeading: (place: string) => `Services for ${place}`,
    resultsCount: (n: number) => (n === 1 ? "1 service" : `${n} services`),
    chooseRegionNote: "Choose your state, province or region to also see services that cover only part of the country.",
    nothingFound:
      "We have no services listed for this place yet. The international services below can help from anywhere.",
    fewFound: "We list only a few services here so far. If you are in danger now, call your local emergency number.",
  },
  errors: {
    countryRequired: "Choose a country from the list.",
    countryUnknown: "Choose a country from the list.",
    subdivisionUnknown: "Choose a state, province or region from the list, or leave it as the whole country.",
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist. It may have moved.",
    genericTitle: "Something went wrong",
    genericBody: "Please try again. Nothing you entered has been kept.",
    badRequestTitle: "We could not use that",
    backHome: "Go to the start page",
  },
  needs: {
    "talk-now": "Talk to someone now",
    counselling: "Counselling and support",
    "legal-help": "Legal help",
    compensation: "Compensation for victims",
    "report-material": "Report abuse or abuse images",
    "image-removal": "Get images removed",
  },
  coverage: {
    local: "Local",
    subdivision: "Covers your region",
    country: "Covers the whole country",
    international: "Available internationally",
  },
  service: {
    website: "Website",
    call: "Call",
    text: "Text",
    open247: "Open 24 hours, every day",
    free: "Free",
    crisisLine: "Crisis line",
    onlyIn: (country: string) => `Only from phones in ${country}`,
    lastChecked: (date: string) => `Details checked ${date}`,
    visitIn: (city: string) => `In ${city} (exact address not published)`,
  },
  health: { ok: "ok" },
} as const;

export type Copy = typeof en;
