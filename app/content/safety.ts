/**
 * The "Staying safe" and "Privacy" pages. Plain words, written for someone
 * who may be watched: what the exit does, what it cannot do, and what
 * Waypoint keeps (nothing about you). Facts about Waypoint are ours; advice
 * on devices follows the sources listed on each page.
 */
import type { GuidancePage } from "./guidance";

export const STAYING_SAFE: GuidancePage = {
  slug: "staying-safe",
  title: "Staying safe while you use Waypoint",
  summary:
    "If someone checks your phone or computer, or might be near you, these steps can help you look for support more safely.",
  sections: [
    {
      heading: "The Exit this page button",
      paragraphs: [
        "Every page has a red Exit this page button at the top. It stays on the screen when you scroll.",
        "When you use it, Waypoint hides the page straight away and opens a weather website instead.",
        "You can also press the Shift key 3 times in a row to leave. Dots next to the button show how many times you have pressed it.",
      ],
    },
    {
      heading: "What the button does",
      list: [
        "It covers the page at once, so nobody looking over your shoulder sees it.",
        "It forgets anything this tab was holding for you, such as a list of services.",
        "It swaps Waypoint's page in your history for the weather page, so pressing Back goes to the site you were on before Waypoint.",
        "While you move around Waypoint, we try to keep it to a single entry in your history.",
      ],
      paragraphs: [],
    },
    {
      heading: "What the button cannot do",
      paragraphs: [
        "No website can delete your browsing history. Your browser may still show that you visited Waypoint.",
        "If your browser runs without JavaScript, or it is switched off, the button is still a plain link to the weather website, but each Waypoint page you opened stays in your history and Back can return to it.",
        "The button cannot hide anything from software that watches your device, such as spyware.",
      ],
    },
    {
      heading: "Private browsing",
      paragraphs: [
        "A private or incognito window does not keep history after you close it. It is one of the safest ways to use Waypoint on a shared device.",
        "Close every private window when you finish.",
      ],
    },
    {
      heading: "Deleting single pages from your history",
      paragraphs: [
        "If someone checks your history, clearing all of it can look unusual. Most browsers let you delete single pages instead: open your history, find the Waypoint pages and remove just those.",
      ],
    },
    {
      heading: "Shared and watched devices",
      list: [
        "If you think someone has access to your device or accounts, use a different one if you can: a friend's phone, a library or a work computer.",
        "Browsers and accounts can share history between devices, for example a phone and a laptop signed in to the same account.",
        "Calls and texts to helplines can show in your call log or messages. Delete them if it is safe to do so.",
      ],
      paragraphs: [],
    },
    {
      heading: "If you are in danger",
      paragraphs: ["If you are in danger now, call your local emergency number."],
    },
  ],
  sources: [
    {
      title: "GOV.UK Design System: Exit a page quickly",
      url: "https://design-system.service.gov.uk/patterns/exit-a-page-quickly/",
    },
    {
      title: "Safety Net (NNEDV): agency website safety tips",
      url: "https://techsafety.org/agency-website-safety-tips",
    },
    {
      title: "Safety Net (NNEDV): resources for victim service agencies",
      url: "https://techsafety.org/resources-agencyuse/victim-service-agencies",
    },
  ],
};

export const PRIVACY: GuidancePage = {
  slug: "privacy",
  title: "Privacy: what Waypoint keeps",
  summary: "Waypoint keeps nothing about you. This page says exactly what that means and how we check it.",
  sections: [
    {
      heading: "What we keep about you",
      paragraphs: [
        "Nothing. Waypoint has no accounts, and our database has no place to store anything about the people who use it.",
      ],
    },
    {
      heading: "What we do not do",
      list: [
        "We do not use cookies.",
        "We do not use analytics or tracking of any kind.",
        "We do not load anything from other websites: no fonts, maps, adverts or scripts from elsewhere.",
        "We do not put what you search for in the web address, so it does not appear in your history or in links.",
        "We do not store what you search for, and our server logs never record it. They record only the kind of page asked for, whether it worked, and how long it took: not your IP address.",
        "We ask your browser not to keep copies of pages that show a search.",
        "If you use 'Use my location', your browser asks you first, and the position is rounded to about 1 km before it leaves your device. We use it for that one search and keep nothing.",
        "The map is drawn from outlines and place names on Waypoint's own server. Moving the map asks only our server for place names, and we keep nothing about it.",
        "The compensation finder's answers are used once to show you the schemes and are not kept or logged.",
      ],
      paragraphs: [],
    },
    {
      heading: "Links you share",
      paragraphs: [
        "A link to a list of results holds only the country or region and the choices you made, never the place you typed or your location.",
        "A referral sheet's link and QR code hold only the services in the list. The note you write stays in your browser tab: it is printed with the sheet but never sent to Waypoint or put in the link. Exit this page empties the list and the note.",
      ],
    },
    {
      heading: "How we check",
      paragraphs: [
        "Automated tests run on every change to Waypoint. They fail if the database gains a place to store personal details, if any page sets a cookie or stores anything in the browser, if any page asks another website for anything, if a search appears in a web address, a page title or a log, or if the database changes after people search.",
      ],
    },
    {
      heading: "Other websites",
      paragraphs: [
        "When you follow a link to a service's own website, or call or text a service, that service's own privacy rules apply. We send them no information about where you came from.",
      ],
    },
  ],
  sources: [],
};
