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
    shortcutHint: "Or press Shift 3 times",
    leaving: "Loading.",
    pressesLeft: (n: number) =>
      n === 1 ? "Shift, press 1 more time to exit." : `Shift, press ${n} more times to exit.`,
    expired: "Exit this page expired.",
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
    placeRequired: "Enter a town, city or postcode, or choose a country.",
    placeTooLong: "Enter a shorter place name (at most 100 characters).",
    placeUnknown: "Choose a place from the list.",
    placeNotFound:
      "We could not find that place. Check the spelling, try a nearby town or a postcode, or choose a country.",
    pointInvalid: "We could not use that location. Enter a town or postcode instead.",
    pointNowhere: "We could not match your location to a country. Enter a town or postcode instead.",
    needUnknown: "Choose what you need from the list.",
    audienceUnknown: "Choose who is asking from the list.",
    languageUnknown: "Choose a language from the list.",
    deliveryUnknown: "Choose how you would like to get in touch from the list.",
    radiusInvalid: "Choose a distance from the list.",
    localLimitInvalid: "Ask for between 1 and 200 nearby services.",
    limitInvalid: "Ask for between 1 and 200 results.",
    bodyInvalid: "Send a JSON object with a place, a point or a country.",
    countryUnknown: "Choose a country from the list.",
    subdivisionUnknown: "Choose a state, province or region from the list, or leave it as the whole country.",
    notFoundTitle: "Page not found",
    notFoundBody: "This page does not exist. It may have moved.",
    genericTitle: "Something went wrong",
    genericBody: "Please try again. Nothing you entered has been kept.",
    badRequestTitle: "We could not use that",
    backHome: "Go to the start page",
  },
  search: {
    legend: "Where are you?",
    placeLabel: "Town, city or postcode",
    placeHint: "For example Leeds, Portland, 97201 or 2000. We do not keep what you type.",
    useLocation: "Use my location",
    locating: "Finding your location…",
    locationHint: "Your browser will ask first. We round it to about 1 km before it leaves your device.",
    locationDenied: "We could not get your location. Enter a town or postcode instead.",
    regionSummary: "Or choose a country and region",
    filtersLegend: "What do you need? (optional)",
    needsLabel: "Kind of help",
    audienceLabel: "Who is asking?",
    audienceAny: "Anyone",
    languageLabel: "Language",
    languageAny: "Any language",
    freeOnly: "Free services only",
    deliveryLabel: "How would you like to get in touch?",
    openNow: "Open now",
    radiusLabel: "How far can you travel?",
    radiusOption: (km: number) => `Within ${km} km`,
    submit: "Find help",
    whichPlace: "Which place did you mean?",
    whichPlaceHint: "Several places have that name.",
    choosePlace: "Show help here",
    resultsHeading: (place: string) => `Help for ${place}`,
    total: (n: number) => (n === 1 ? "1 service" : `${n} services`),
    nearestShown: (n: number) =>
      n === 1
        ? "This shows the nearest local service. There are more nearby."
        : `This shows the ${n} nearest local services. There are more nearby.`,
    townsShown: (n: number) =>
      `This shows ${n === 1 ? "1 service" : `${n} services`} based in towns in this region, and there are more. Enter a town or postcode to see the nearest.`,
    showMoreNearby: (n: number) => `Show ${n} more services nearby`,
    showMoreTowns: (n: number) => `Show ${n} more services in towns`,
    distance: (km: number) => (km < 1 ? "Less than 1 km away" : `About ${Math.round(km)} km away`),
    safetyNetHeading: "Helplines you can contact now",
    safetyNetNote:
      "Few services matched everything you asked for. These helplines serve your area and can talk now or point you to more help.",
    noResults: "Nothing matched all of your choices. Try removing some of them.",
    inDanger: "If you are in danger now, call your local emergency number.",
    shareHeading: "Share these results",
    sharedHeading: "Services for a region",
    shareHint: "This link holds only the region and the choices above, never what you typed or your location.",
    shareLink: "Link to these results",
    details: (name: string) => `More about ${name}`,
    forWhom: "Who it is for",
    openNowYes: "Open now",
    openNowNo: "Closed now",
    hoursIn: (tz: string) => `Times in ${tz.replace(/_/g, " ")}`,
  },
  servicePage: {
    back: "Back to the search",
    closed: "This service has closed.",
    replacedBy: "See the service that replaced it",
    contact: "How to get in touch",
    whatToExpect: "What to expect when you get in touch",
    anonymousYes: "You can contact them without giving your name.",
    anonymousNo: "They may ask for your name.",
    forWhom: "Who it is for",
    ages: (min: number | null, max: number | null) =>
      min !== null && max !== null
        ? `Ages ${min} to ${max}`
        : min !== null
          ? `Aged ${min} or over`
          : max !== null
            ? `Aged up to ${max}`
            : "",
    eligibility: "Who can use it",
    cost: "Cost",
    free: "Free",
    languages: "Languages",
    areas: "Where it helps",
    locations: "Where to find them",
    accessibility: "Access",
    hiddenAddress: "The address is kept confidential for safety. Contact them to arrange a visit.",
    traumaInformed: "Trauma-informed",
    applying: "How to apply",
    noSchemeTitle: "Compensation",
    noScheme: "There is no compensation scheme for victims of crime here. This is the help that exists instead:",
    deadlines: "Time limits",
    deadlineNone: "No time limit",
    policeReport: "Reporting to the police",
    policeRules: {
      required: "A report to the police is usually required.",
      "required-with-exceptions": "A police report is usually required, with exceptions.",
      "alternative-accepted": "A report to another body may be accepted instead of the police.",
      "not-required": "No police report is required.",
      unknown: "Check with the programme whether a police report is needed.",
    } as Record<string, string>,
    maxAward: "Largest award",
    source: "Where this information comes from",
    sourceLink: "Source page",
    getAdvice:
      "Rules change and every case is different: check with the programme or a victim advocate before you rely on a time limit.",
    notFound: "We could not find that service.",
  },
  pages: {
    sources: "Sources",
    inDanger: "In danger now?",
    call: "Call",
    or: "or",
    callLocal: "Call your local emergency number.",
    footerNav: "About Waypoint",
    credits: "Place names from GeoNames (CC BY 4.0). Service details from each service's own public pages.",
    stayingSafe: "Staying safe",
    privacy: "Privacy",
    guidance: "Help and guidance",
    compensation: "Compensation finder",
    referral: "Referral sheet",
    guidanceIntro: "Calm, practical guidance for survivors, parents and carers, and the people who support them.",
    beforeYouStart: "Before you start",
    beforeYouStartText:
      "If someone might check this device, use the red Exit this page button, or press Shift 3 times, to leave quickly. It cannot delete your browsing history.",
    readStayingSafe: "How to stay safe while you use Waypoint",
    channelsHeading: "Reporting channels by country",
    channelsIntro:
      "These services take reports about abuse material or online abuse. Choose your country's own services first.",
    internationalChannels: "Available from anywhere",
    emergencyHeading: "Emergency numbers",
  },
  audiences: {
    child: "Children",
    teen: "Teenagers",
    "adult-survivor": "Adults abused as children",
    caregiver: "Parents and carers",
    professional: "Professionals",
  },
  delivery: {
    phone: "Phone",
    text: "Text message",
    chat: "Online chat",
    online: "Online",
    "in-person": "In person",
  },
  days: { MO: "Mon", TU: "Tue", WE: "Wed", TH: "Thu", FR: "Fri", SA: "Sat", SU: "Sun" } as Record<string, string>,
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
  referral: {
    add: "Add to referral list",
    inList: "In referral list",
    view: "View and print the list",
    barLabel: "Referral list",
    barCount: (n: number) => (n === 1 ? "Referral list: 1 service" : `Referral list: ${n} services`),
    outcome: (outcome: string, name: string, n: number) => {
      const count = n === 1 ? "1 service in the list." : `${n} services in the list.`;
      if (outcome === "added") return `Added ${name}. ${count}`;
      if (outcome === "already") return `${name} is already in the list. ${count}`;
      if (outcome === "full") return `The list is full. Remove a service before adding another. ${count}`;
      if (outcome === "removed") return `Removed. ${count}`;
      if (outcome === "moved") return "Moved.";
      if (outcome === "cleared") return "The list is empty.";
      return "";
    },
    heading: "Referral sheet",
    intro:
      "A list of services to give to someone. Waypoint does not keep it: it lives in this page and in the link below, which holds only the services, never the note.",
    empty: "The list is empty. Search for services and choose “Add to referral list”.",
    findMore: "Find more services to add",
    findMoreHint: "The services already in the list stay in it.",
    yourList: (n: number) => (n === 1 ? "1 service" : `${n} services`),
    moveUp: "Move up",
    moveDown: "Move down",
    remove: "Remove",
    clear: "Empty the list",
    noteLabel: "Note for the person you are helping (optional)",
    noteHint:
      "The note stays in this browser tab. It is printed with the sheet but never sent to Waypoint and never put in the link.",
    noteHeading: "Note",
    print: "Print the sheet",
    printHint: "Use your browser’s Print command to print the sheet or save it as a PDF.",
    shareHeading: "Open this list on another phone",
    shareHint: "Scan the code or send the link. It holds only the services in the list, never the note.",
    qrLabel: "QR code for the link to this list",
    rejected: (n: number) =>
      n === 1
        ? "One item in the link was not a service and was left out."
        : `${n} items in the link were not services and were left out.`,
    missing: (n: number) =>
      n === 1
        ? "One service in this list is no longer in the directory."
        : `${n} services in this list are no longer in the directory.`,
    printedOn: (date: string) =>
      `Printed from Waypoint on ${date}. Check details with each service before relying on them.`,
    website: "Website",
    hours: "Hours",
    whatToExpect: "What to expect",
    address: "Address",
  },
  compensation: {
    heading: "Compensation for victims: which schemes may apply",
    intro:
      "Answer a few questions to see which victim-compensation schemes may apply and roughly when their time limits fall. Your answers are used once to show this page: Waypoint does not keep or log them.",
    legend: "About what happened",
    crimePlaceLabel: "Where did it happen?",
    crimePlaceHint:
      "If it happened online or in several places, choose where you were at the time, and ask for advice.",
    homePlaceLabel: "Where do you live now?",
    choosePlace: "Choose a place",
    ageLabel: "How old were you when it happened, or when it started? (optional)",
    ageHint: "Some schemes give people who were under 18 more time.",
    yearLabel: "Roughly what year did it happen, or start? (optional)",
    yearHint: "For example, 2015. A rough year is enough to estimate time limits.",
    reportedLegend: "Has it been reported to the police?",
    reported: { yes: "Yes", no: "No", unsure: "Not sure" } as Record<string, string>,
    submit: "Show schemes",
    resultsHeading: (n: number) =>
      n === 0 ? "No scheme found" : n === 1 ? "1 scheme may apply" : `${n} schemes may apply`,
    none: "We do not list a compensation scheme for this place yet. A victim-support service or a lawyer can tell you what exists.",
    reasons: {
      "no-scheme":
        "There is no compensation scheme for victims of crime where it happened. This is the help that exists instead.",
      "crime-place": "The scheme where it happened.",
      "eu-assisting":
        "Because you live in another EU country: this authority helps you apply to the scheme where it happened, in your own language.",
      "home-covers-abroad": "Your home scheme, which can also cover residents harmed elsewhere.",
      special: "A special scheme. It applies only in particular cases; read who can apply.",
    } as Record<string, string>,
    howToApply: "How to apply",
    instead: "What you can do instead",
    applyLink: "Apply or find the forms",
    more: "Everything about this scheme",
    moreService: "Everything about this service",
    deadlinesHeading: "Time limits, estimated from your answers",
    noDeadlines: "We have no time limits recorded for this scheme. Ask the scheme.",
    source: "Source of this rule",
    estimate: (status: string, earliest: string | null, latest: string | null) => {
      const window = earliest && latest ? (earliest === latest ? earliest : `between ${earliest} and ${latest}`) : "";
      if (status === "open") return `Estimate: this limit falls ${window}. There seems to be time, but do not wait.`;
      if (status === "close") return `Estimate: this limit falls ${window}. It may be close: get advice now.`;
      if (status === "passed")
        return `Estimate: this limit fell ${window}. It may have passed, but many schemes accept late applications for good reasons, especially for abuse in childhood. Ask before you give up.`;
      if (status === "no-limit") return "There is no time limit for this.";
      if (status === "not-started") return "This time limit starts only when the crime is reported.";
      return "We cannot estimate this from your answers. Check with the scheme.";
    },
    policeNote: "About the police",
    advice:
      "These are estimates, not legal advice. Online abuse can involve more than one country or state, and rules change. Before you rely on a time limit, ask the scheme, a victim-support service or a lawyer.",
    errors: {
      crimePlace: "Choose where it happened",
      homePlace: "Choose where you live now",
      age: "Enter an age from 0 to 120, or leave it empty",
      year: "Enter a year such as 2015, or leave it empty",
      reported: "Choose yes, no or not sure",
    },
    regionOf: (country: string, region: string) => `${country}: ${region}`,
    link: "Find which compensation schemes may apply",
  },
  map: {
    show: "Show map",
    hide: "Hide map",
    loading: "Loading the map…",
    label: (place: string) => `Map of services for ${place}. The list has the same information.`,
    listFirst:
      "Numbered markers are local services, in list order. A dashed square means the address is not published, so only the town is shown. Everything is also in the list.",
    showOnMap: "Show on map",
    showNumbered: (n: number) => `Show on map (marker ${n})`,
    searchedArea: "The area searched",
    approximate: (city: string) => `Address not published: somewhere in ${city}`,
    approximateArea: "Approximate area (outline drawn from the towns in it)",
    cluster: (n: number) => `${n} services here. Zoom in to see them.`,
    noOutline: "We cannot draw this service's area on the map. The list says where it helps.",
    badBbox: "The map area must be west, south, east and north in degrees, west of east and south of north.",
    failed: "The map could not be loaded. The list has everything.",
    credit: "Outlines: Natural Earth. Places: GeoNames.",
  },
  api: {
    methodNotAllowed: "Use POST with a JSON body.",
    jsonOnly: "Send the search as JSON (Content-Type: application/json).",
    tooLarge: "That request is too large.",
  },
} as const;

export type Copy = typeof en;
