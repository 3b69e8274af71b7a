/**
 * Waypoint's two controlled vocabularies, kept in code so seeds, the
 * database and the UI agree on one list. Service types follow the `vs-`
 * terms proposed in docs/reference (HSDS taxonomy_term codes); attributes
 * hold the cross-cutting qualities people filter on.
 *
 * Labels here are English defaults for the directory data itself; UI copy
 * lives in app/copy so more languages can be added without touching logic.
 */

export const SERVICE_TYPE_TAXONOMY_ID = "waypoint-service-type";
export const ATTRIBUTE_TAXONOMY_ID = "waypoint-attribute";

export const SERVICE_TYPES = {
  "vs-crisis-line": { name: "Crisis helpline", openEligibility: "1305" },
  "vs-csa-helpline": { name: "Abuse or sexual-violence helpline", openEligibility: "1305" },
  "vs-child-helpline": { name: "Helpline for children and teens", openEligibility: "1305" },
  "vs-sextortion-help": { name: "Sextortion or online-grooming help", openEligibility: null },
  "vs-csam-report": { name: "Report child sexual abuse material online", openEligibility: null },
  "vs-image-removal": { name: "Removal or hashing of intimate images", openEligibility: null },
  "vs-abuse-report": { name: "Report abuse to police or child protection", openEligibility: "1123" },
  "vs-counselling": { name: "Counselling", openEligibility: "1304" },
  "vs-trauma-therapy": { name: "Trauma-focused therapy", openEligibility: "1226" },
  "vs-psych-emergency": { name: "Psychiatric emergency", openEligibility: "1126" },
  "vs-support-group": { name: "Support group", openEligibility: "1312" },
  "vs-peer-support": { name: "Peer or survivor-led support", openEligibility: "1310" },
  "vs-advocacy": { name: "Victim advocacy and accompaniment", openEligibility: "1309" },
  "vs-cac": { name: "Child advocacy centre", openEligibility: null },
  "vs-forensic-exam": { name: "Forensic medical examination", openEligibility: "1210" },
  "vs-medical": { name: "Medical and sexual-health care", openEligibility: "1206" },
  "vs-legal-advice": { name: "Legal advice or legal aid", openEligibility: "1375" },
  "vs-legal-rep": { name: "Legal representation", openEligibility: "1389" },
  "vs-protective-order": { name: "Protective or restraining orders", openEligibility: "1375" },
  "vs-immigration-legal": { name: "Immigration help for victims", openEligibility: "1381" },
  "vs-compensation": { name: "Victim compensation or redress scheme", openEligibility: "1232" },
  "vs-compensation-help": { name: "Help applying for compensation", openEligibility: "1293" },
  "vs-safe-housing": { name: "Emergency or safe housing", openEligibility: "1125" },
} as const;

export type ServiceTypeCode = keyof typeof SERVICE_TYPES;
export const SERVICE_TYPE_CODES = Object.keys(SERVICE_TYPES) as [ServiceTypeCode, ...ServiceTypeCode[]];

export const AUDIENCES = ["child", "teen", "adult-survivor", "caregiver", "professional"] as const;
export type Audience = (typeof AUDIENCES)[number];

export const DELIVERY_MODES = ["phone", "text", "chat", "online", "in-person"] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/**
 * Attribute terms are `<facet>:<value>`, e.g. `audience:child`, so one table
 * of HSDS attributes can carry every facet and export cleanly.
 */
export const ATTRIBUTE_TERMS = [
  ...AUDIENCES.map((a) => `audience:${a}` as const),
  ...DELIVERY_MODES.map((d) => `delivery:${d}` as const),
  "access:free",
  "access:anonymous",
  "access:24-7",
  "approach:trauma-informed",
] as const;
export type AttributeTerm = (typeof ATTRIBUTE_TERMS)[number];

/**
 * The needs a person picks from, each met by a set of service types. The
 * matching issue ranks by these; the home page groups by them.
 */
export const NEEDS = {
  "talk-now": ["vs-crisis-line", "vs-csa-helpline", "vs-child-helpline", "vs-sextortion-help", "vs-psych-emergency"],
  counselling: ["vs-counselling", "vs-trauma-therapy", "vs-support-group", "vs-peer-support", "vs-advocacy", "vs-cac"],
  "legal-help": ["vs-legal-advice", "vs-legal-rep", "vs-protective-order", "vs-immigration-legal", "vs-advocacy"],
  compensation: ["vs-compensation", "vs-compensation-help"],
  "report-material": ["vs-csam-report", "vs-abuse-report"],
  "image-removal": ["vs-image-removal"],
} as const satisfies Record<string, readonly ServiceTypeCode[]>;

export type Need = keyof typeof NEEDS;
export const NEED_CODES = Object.keys(NEEDS) as [Need, ...Need[]];

/** The needs a service meets, in the fixed order of NEEDS. */
export function needsForTypes(types: readonly string[]): Need[] {
  return NEED_CODES.filter((need) => (NEEDS[need] as readonly string[]).some((t) => types.includes(t)));
}
