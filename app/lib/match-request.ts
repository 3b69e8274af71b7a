import { z } from "zod";

import { copy } from "~/copy";

import { AUDIENCES, DELIVERY_MODES, NEED_CODES } from "./directory/taxonomy";
import { countryOfSubdivision, isCountryCode, isSubdivisionCode } from "./geo/iso";
import { DEFAULT_LOCAL_LIMIT, DEFAULT_RADIUS_KM, MAX_LOCAL_LIMIT, MAX_RADIUS_KM } from "./matching/match";

/**
 * One schema for a search, shared by the results page's form and
 * `POST /api/match`, so both take the same path. Messages are plain and
 * never repeat what was sent.
 */

const code = (v: unknown) => (typeof v === "string" ? v.trim().toUpperCase() : v);

const Filters = {
  needs: z
    .array(z.enum(NEED_CODES, { error: copy.errors.needUnknown }))
    .max(NEED_CODES.length)
    .default([]),
  audience: z.enum(AUDIENCES, { error: copy.errors.audienceUnknown }).nullable().default(null),
  language: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z]{2,3}$/, copy.errors.languageUnknown)
    .nullable()
    .default(null),
  freeOnly: z.boolean().default(false),
  delivery: z
    .array(z.enum(DELIVERY_MODES, { error: copy.errors.deliveryUnknown }))
    .max(DELIVERY_MODES.length)
    .default([]),
  openNow: z.boolean().default(false),
  radiusKm: z
    .number({ error: copy.errors.radiusInvalid })
    .min(1, copy.errors.radiusInvalid)
    .max(MAX_RADIUS_KM, copy.errors.radiusInvalid)
    .default(DEFAULT_RADIUS_KM),
  /** How many local services to show; the page's "show more nearby" raises it. */
  localLimit: z
    .number({ error: copy.errors.localLimitInvalid })
    .int(copy.errors.localLimitInvalid)
    .min(1, copy.errors.localLimitInvalid)
    .max(MAX_LOCAL_LIMIT, copy.errors.localLimitInvalid)
    .default(DEFAULT_LOCAL_LIMIT),
  limit: z
    .number({ error: copy.errors.limitInvalid })
    .int(copy.errors.limitInvalid)
    .min(1, copy.errors.limitInvalid)
    .max(200, copy.errors.limitInvalid)
    .default(100),
};

export const PlaceQuery = z.object({
  place: z.string().trim().min(1, copy.errors.placeRequired).max(100, copy.errors.placeTooLong),
  ...Filters,
});
export const PlaceIdQuery = z.object({
  placeId: z.string().regex(/^(place|postcode):[A-Za-z0-9:_-]{1,40}$/, copy.errors.placeUnknown),
  ...Filters,
});
export const PointQuery = z.object({
  lat: z
    .number({ error: copy.errors.pointInvalid })
    .min(-90, copy.errors.pointInvalid)
    .max(90, copy.errors.pointInvalid),
  lng: z
    .number({ error: copy.errors.pointInvalid })
    .min(-180, copy.errors.pointInvalid)
    .max(180, copy.errors.pointInvalid),
  ...Filters,
});
export const RegionQuery = z
  .object({
    country: z.preprocess(code, z.string().refine(isCountryCode, copy.errors.countryUnknown)),
    subdivision: z.preprocess(
      (v) => (v === "" || v === null ? undefined : code(v)),
      z.string().refine(isSubdivisionCode, copy.errors.subdivisionUnknown).optional(),
    ),
    ...Filters,
  })
  .refine((v) => !v.subdivision || countryOfSubdivision(v.subdivision) === v.country, {
    path: ["subdivision"],
    message: copy.errors.subdivisionUnknown,
  });

export type MatchInput =
  | ({ by: "place" } & z.infer<typeof PlaceQuery>)
  | ({ by: "placeId" } & z.infer<typeof PlaceIdQuery>)
  | ({ by: "point" } & z.infer<typeof PointQuery>)
  | ({ by: "region" } & z.infer<typeof RegionQuery>);

export type ParseResult = { ok: true; value: MatchInput } | { ok: false; errors: Record<string, string> };

function firstErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}

/**
 * Reads a search from a plain object (a JSON body, or a form turned into
 * one). Which kind it is follows from which fields are present: a chosen
 * place id, a point, a typed place, or a country.
 */
export function parseMatchInput(body: unknown): ParseResult {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return { ok: false, errors: { form: copy.errors.bodyInvalid } };
  const b = body as Record<string, unknown>;
  const has = (k: string) => b[k] !== undefined && b[k] !== null && b[k] !== "";
  const [by, schema] = has("placeId")
    ? (["placeId", PlaceIdQuery] as const)
    : has("lat") || has("lng")
      ? (["point", PointQuery] as const)
      : has("place")
        ? (["place", PlaceQuery] as const)
        : has("country")
          ? (["region", RegionQuery] as const)
          : ([null, null] as const);
  if (!by || !schema) return { ok: false, errors: { place: copy.errors.placeRequired } };
  const parsed = (schema as z.ZodType).safeParse(b);
  if (!parsed.success) return { ok: false, errors: firstErrors(parsed.error) };
  return { ok: true, value: { by, ...(parsed.data as object) } as MatchInput };
}

const list = (form: FormData, key: string) =>
  form.getAll(key).filter((v): v is string => typeof v === "string" && v !== "");
const one = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
};
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));

/** A posted form, or the query of a share link, as the object parseMatchInput reads. */
export function formToMatchBody(form: FormData | URLSearchParams): Record<string, unknown> {
  const f = form as FormData;
  return {
    place: one(f, "place"),
    placeId: one(f, "placeId"),
    lat: num(one(f, "lat")),
    lng: num(one(f, "lng")),
    country: one(f, "country"),
    subdivision: one(f, "subdivision"),
    needs: list(f, "needs"),
    audience: one(f, "audience") ?? null,
    language: one(f, "language") ?? null,
    freeOnly: one(f, "freeOnly") === "on" || one(f, "freeOnly") === "true",
    delivery: list(f, "delivery"),
    openNow: one(f, "openNow") === "on" || one(f, "openNow") === "true",
    radiusKm: num(one(f, "radiusKm")),
    localLimit: num(one(f, "localLimit")),
  };
}

/** The filters of a search, whatever kind of place it names. */
export function filtersOf(input: MatchInput) {
  const { needs, audience, language, freeOnly, delivery, openNow, radiusKm } = input;
  return { needs, audience, language, freeOnly, delivery, openNow, radiusKm };
}
