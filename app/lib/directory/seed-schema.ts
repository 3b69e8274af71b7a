import { isValidPhoneNumber } from "libphonenumber-js/max";
import { z } from "zod";

import { countryOfSubdivision, isCountryCode, isSubdivisionCode } from "../geo/iso";
import { AUDIENCES, DELIVERY_MODES, SERVICE_TYPE_CODES } from "./taxonomy";

/**
 * The shape of every record in seeds/*.json. Reviewers read these files by
 * hand, so ids are readable slugs (the importer derives stable UUIDs from
 * them) and every rule carries a plain-English message.
 */

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a lower-case slug such as `gb-childline`");

const text = z.string().trim().min(1, "must not be empty");

const webUrl = z.string().refine((v) => {
  try {
    const u = new URL(v);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".");
  } catch {
    return false;
  }
}, "must be a full web address starting with https://");

const isoDate = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** Where a fact was read, and when. `checkedOn` may not be in the future. */
export const SourceSchema = z.strictObject({
  url: webUrl,
  checkedOn: isoDate.refine((d) => d <= new Date().toISOString().slice(0, 10), "is in the future"),
});

const countryCode = z.string().refine(isCountryCode, "is not an ISO 3166-1 alpha-2 country code (such as `GB`)");
const subdivisionCode = z
  .string()
  .refine(isSubdivisionCode, "is not an ISO 3166-2 subdivision code (such as `GB-ENG`)");

const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, "must be an ISO 639 language code such as `en` or `fr`");

const ianaTimeZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz.includes("/") || tz === "UTC";
  } catch {
    return false;
  }
}, "is not an IANA time zone such as `Europe/London`");

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a 24-hour time HH:MM");

export const PhoneSchema = z
  .strictObject({
    /** E.164 (`+448001111`) or, for short codes such as 116 111, digits only. */
    number: z.string(),
    /** Required for a short code: the country it can be dialled in. */
    country: countryCode.optional(),
    type: z.enum(["voice", "text", "fax", "cell", "video", "pager", "textphone"]),
    description: text.optional(),
    crisisLine: z.boolean(),
    tollFree: z.boolean().optional(),
    languages: z.array(languageCode).optional(),
  })
  .superRefine((p, ctx) => {
    if (p.number.startsWith("+")) {
      if (!/^\+[1-9]\d{6,14}$/.test(p.number) || !isValidPhoneNumber(p.number)) {
        ctx.addIssue({ code: "custom", path: ["number"], message: "is not a valid E.164 phone number" });
      }
    } else if (!/^\d{2,6}$/.test(p.number)) {
      ctx.addIssue({
        code: "custom",
        path: ["number"],
        message: "must be E.164 (starting with +) or a short code of 2 to 6 digits",
      });
    } else if (!p.country) {
      ctx.addIssue({ code: "custom", path: ["country"], message: "is required for a short code" });
    }
  });

export const ScheduleSchema = z
  .strictObject({
    timezone: ianaTimeZone,
    days: z.array(z.enum(["MO", "TU", "WE", "TH", "FR", "SA", "SU"])).min(1),
    opensAt: clock,
    /** Use 23:59 for "until midnight" (HSDS guidance for 24-hour services). */
    closesAt: clock,
    description: text.optional(),
  })
  .refine((s) => s.closesAt > s.opensAt, { path: ["closesAt"], message: "must be after opensAt" });

const named = { name: text.optional(), description: text.optional() };

export const ServiceAreaSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("global"), ...named }),
  z.strictObject({ kind: z.literal("country"), country: countryCode, ...named }),
  z.strictObject({ kind: z.literal("subdivision"), subdivision: subdivisionCode, ...named }),
  z.strictObject({
    kind: z.literal("locality"),
    name: text,
    country: countryCode,
    subdivision: subdivisionCode.optional(),
    latitude,
    longitude,
    /** How far from the centre the locality reaches, for matching points. */
    radiusKm: z.number().positive().max(200),
    description: text.optional(),
  }),
  z.strictObject({
    kind: z.literal("radius"),
    latitude,
    longitude,
    radiusKm: z.number().positive().max(2000),
    ...named,
  }),
  z.strictObject({
    kind: z.literal("polygon"),
    name: text,
    description: text.optional(),
    geojson: z.strictObject({
      type: z.enum(["Polygon", "MultiPolygon"]),
      coordinates: z.array(z.any()).min(1),
    }),
  }),
]);

export const LocationSchema = z
  .strictObject({
    id: slug,
    name: text.optional(),
    type: z.enum(["physical", "postal", "virtual"]),
    /** `city` and `hidden` addresses are never sent to a browser. */
    addressVisibility: z.enum(["public", "city", "hidden"]),
    address: z
      .strictObject({
        line1: text.optional(),
        line2: text.optional(),
        city: text,
        region: text.optional(),
        postalCode: text.optional(),
        country: countryCode,
        subdivision: subdivisionCode.optional(),
      })
      .optional(),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
    accessibility: z.array(text).optional(),
  })
  .superRefine((l, ctx) => {
    if (l.type === "physical" && !l.address) {
      ctx.addIssue({ code: "custom", path: ["address"], message: "is required for a physical location" });
    }
    if ((l.latitude === undefined) !== (l.longitude === undefined)) {
      ctx.addIssue({ code: "custom", path: ["longitude"], message: "latitude and longitude go together" });
    }
    if (l.addressVisibility === "public" && l.type === "physical" && !l.address?.line1) {
      ctx.addIssue({ code: "custom", path: ["address", "line1"], message: "a public address needs its street line" });
    }
  });

const yesNoUnknown = z.enum(["yes", "no", "unknown"]);

export const DeadlineSchema = z
  .strictObject({
    kind: z.enum(["report", "file", "benefit"]),
    appliesTo: z.enum(["all", "minor-at-time", "adult-at-time", "sexual-offence", "benefit"]),
    benefit: text.optional(),
    /**
     * ISO 8601 duration (`PT72H`, `P2Y`) counted from `startsFrom`; null means
     * no limit, except with `fixed-date`, where the date itself is the limit.
     */
    duration: z
      .string()
      .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/, "must be an ISO 8601 duration such as P2Y")
      .nullable(),
    startsFrom: z.enum(["crime-date", "eighteenth-birthday", "first-police-report", "discovery", "fixed-date"]),
    /** With `fixed-date`: the date applications close. */
    fixedDate: isoDate.optional(),
    /** A rule such as "until the 20th birthday" for people who were under 18. */
    untilAge: z.number().int().min(1).max(100).optional(),
    /** Omit when the source does not say whether late applications are accepted. */
    extendable: z.boolean().optional(),
    notes: text.optional(),
    source: SourceSchema,
  })
  .superRefine((d, ctx) => {
    if (d.startsFrom === "fixed-date" && !d.fixedDate) {
      ctx.addIssue({ code: "custom", path: ["fixedDate"], message: "is required when the deadline is a fixed date" });
    }
    if (d.startsFrom !== "fixed-date" && d.fixedDate) {
      ctx.addIssue({ code: "custom", path: ["fixedDate"], message: "only goes with startsFrom fixed-date" });
    }
    if (d.appliesTo === "benefit" && !d.benefit) {
      ctx.addIssue({ code: "custom", path: ["benefit"], message: "names the benefit this deadline is for" });
    }
  });

export const CompensationSchema = z.strictObject({
  jurisdiction: z.strictObject({ country: countryCode, subdivision: subdivisionCode.optional() }),
  /**
   * `none`: the jurisdiction has no scheme. The record says so honestly and
   * its service is what exists instead (victim services, a small fund), so
   * the finder never leaves a place blank or pretends a scheme exists.
   */
  kind: z.enum(["state", "national", "redress", "special", "cross-border-assisting", "none"]),
  legalBasis: text.optional(),
  applicationUrl: webUrl.optional(),
  /** Leave empty when no source says how applications are made. */
  applicationMethods: z.array(z.enum(["online", "post", "email", "phone", "in-person", "via-advocate"])).default([]),
  howToApply: text,
  residencyRule: text.optional(),
  coversResidentsVictimisedAbroad: yesNoUnknown,
  policeReportRule: z.enum(["required", "required-with-exceptions", "alternative-accepted", "not-required", "unknown"]),
  convictionRequired: yesNoUnknown,
  payerOfLastResort: yesNoUnknown,
  maxAward: z.strictObject({ amount: z.number().positive(), currency: z.string().regex(/^[A-Z]{3}$/) }).optional(),
  opensOn: isoDate.optional(),
  closesOn: isoDate.optional(),
  deadlines: z.array(DeadlineSchema),
});

export const ServiceSchema = z
  .strictObject({
    id: slug,
    name: text,
    /** In our own words, never copied from the organisation's site. */
    description: text,
    status: z.enum(["active", "inactive", "defunct", "temporarily closed"]).default("active"),
    /** For a closed programme: the id of the service that replaced it. */
    replacedBy: slug.optional(),
    url: webUrl.optional(),
    email: z.email().optional(),
    types: z.array(z.enum(SERVICE_TYPE_CODES)).min(1),
    audiences: z.array(z.enum(AUDIENCES)).min(1),
    delivery: z.array(z.enum(DELIVERY_MODES)).min(1),
    /** true: free; false: may cost; omit when the source does not say. */
    free: z.boolean().optional(),
    anonymousContact: z.boolean().optional(),
    open247: z.boolean().optional(),
    /** A trauma-informed claim is recorded only with its evidence. */
    traumaInformed: z.strictObject({ evidence: text, source: SourceSchema }).optional(),
    eligibility: text.optional(),
    applicationProcess: text.optional(),
    fees: text.optional(),
    minimumAge: z.number().int().min(0).max(120).optional(),
    maximumAge: z.number().int().min(0).max(120).optional(),
    whatToExpect: text.optional(),
    languages: z.array(languageCode).min(1),
    phones: z.array(PhoneSchema).default([]),
    schedules: z.array(ScheduleSchema).default([]),
    costs: z
      .array(
        z.strictObject({
          option: text,
          amount: z.number().nonnegative().optional(),
          currency: z
            .string()
            .regex(/^[A-Z]{3}$/)
            .optional(),
        }),
      )
      .default([]),
    areas: z.array(ServiceAreaSchema).min(1),
    /** Ids of this organisation's locations where the service is offered. */
    locations: z.array(slug).default([]),
    compensation: CompensationSchema.optional(),
    source: SourceSchema,
  })
  .superRefine((s, ctx) => {
    const isProgramme = s.types.includes("vs-compensation");
    if (isProgramme && !s.compensation) {
      ctx.addIssue({
        code: "custom",
        path: ["compensation"],
        message: "a compensation programme needs its compensation details",
      });
    }
    const noScheme = s.compensation?.kind === "none";
    if (!isProgramme && s.compensation && !noScheme) {
      ctx.addIssue({ code: "custom", path: ["types"], message: "compensation details need the type vs-compensation" });
    }
    if (isProgramme && noScheme) {
      ctx.addIssue({
        code: "custom",
        path: ["types"],
        message: "a record that says there is no scheme is not a scheme: drop vs-compensation",
      });
    }
    if (s.minimumAge !== undefined && s.maximumAge !== undefined && s.minimumAge > s.maximumAge) {
      ctx.addIssue({ code: "custom", path: ["maximumAge"], message: "is below minimumAge" });
    }
    if (s.open247 && s.schedules.length > 0) {
      ctx.addIssue({ code: "custom", path: ["schedules"], message: "a 24/7 service needs no schedule rows" });
    }
    if (s.delivery.includes("phone") && s.phones.length === 0) {
      ctx.addIssue({ code: "custom", path: ["phones"], message: "delivery by phone needs at least one phone number" });
    }
    s.areas.forEach((a, i) => {
      if (a.kind === "locality" && a.subdivision && countryOfSubdivision(a.subdivision) !== a.country) {
        ctx.addIssue({ code: "custom", path: ["areas", i, "subdivision"], message: "is not in the area's country" });
      }
    });
    const j = s.compensation?.jurisdiction;
    if (j?.subdivision && countryOfSubdivision(j.subdivision) !== j.country) {
      ctx.addIssue({
        code: "custom",
        path: ["compensation", "jurisdiction", "subdivision"],
        message: "is not in the jurisdiction's country",
      });
    }
  });

export const OrganizationSchema = z
  .strictObject({
    id: slug,
    name: text,
    description: text,
    website: webUrl.optional(),
    email: z.email().optional(),
    source: SourceSchema,
    locations: z.array(LocationSchema).default([]),
    services: z.array(ServiceSchema).min(1),
  })
  .superRefine((o, ctx) => {
    const locationIds = new Set(o.locations.map((l) => l.id));
    o.services.forEach((s, i) =>
      s.locations.forEach((ref, j) => {
        if (!locationIds.has(ref)) {
          ctx.addIssue({
            code: "custom",
            path: ["services", i, "locations", j],
            message: `names no location \`${ref}\` of this organisation`,
          });
        }
      }),
    );
    o.locations.forEach((l, i) => {
      const sub = l.address?.subdivision;
      if (sub && l.address && countryOfSubdivision(sub) !== l.address.country) {
        ctx.addIssue({
          code: "custom",
          path: ["locations", i, "address", "subdivision"],
          message: "is not in the address's country",
        });
      }
    });
  });

export const SeedFileSchema = z.strictObject({
  $comment: z.string().optional(),
  organizations: z.array(OrganizationSchema).min(1),
});

export type SeedFile = z.infer<typeof SeedFileSchema>;
export type SeedOrganization = z.infer<typeof OrganizationSchema>;
export type SeedService = z.infer<typeof ServiceSchema>;
export type SeedLocation = z.infer<typeof LocationSchema>;
export type SeedServiceArea = z.infer<typeof ServiceAreaSchema>;
export type SeedSource = z.infer<typeof SourceSchema>;
