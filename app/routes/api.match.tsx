import { json, type ActionFunctionArgs } from "@remix-run/node";

import { copy } from "~/copy";
import { parseMatchInput, runMatch } from "~/models/match.server";

// A search is a few hundred bytes; anything far larger is not one.
const MAX_BODY_BYTES = 16 * 1024;

/**
 * `POST /api/match`: the same search as the results page, JSON in and out.
 * Body: one of {"place": "..."}, {"placeId": "..."}, {"lat": .., "lng": ..}
 * or {"country": "GB", "subdivision": "GB-ENG"}, plus optional needs,
 * audience, language, freeOnly, delivery, openNow, radiusKm, localLimit
 * (how many local services, nearest first; default 20) and limit (results
 * in all; default 100). `moreNearby` says more local services match: ask
 * again with a larger localLimit.
 * Nothing of the request is stored or logged.
 */
export async function action({ request }: ActionFunctionArgs) {
  if (request.method !== "POST")
    return json({ error: copy.api.methodNotAllowed }, { status: 405, headers: { Allow: "POST" } });
  if (!/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) {
    return json({ error: copy.api.jsonOnly }, { status: 415 });
  }
  const text = await request.text().catch(() => "");
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return json({ error: copy.api.tooLarge }, { status: 413 });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return json({ error: copy.errors.bodyInvalid }, { status: 400 });
  }
  const parsed = parseMatchInput(body);
  if (!parsed.ok) return json({ error: Object.values(parsed.errors)[0], errors: parsed.errors }, { status: 400 });

  const outcome = await runMatch(parsed.value, new Date());
  switch (outcome.status) {
    case "not-found":
      return json(
        {
          status: "not-found",
          error: outcome.reason === "point" ? copy.errors.pointNowhere : copy.errors.placeNotFound,
        },
        { status: 404 },
      );
    case "ambiguous":
      // Several places share the name: ask again with one option's placeId.
      return json({ status: "ambiguous", options: outcome.options });
    case "resolved": {
      const { point: _point, ...resolved } = outcome.resolved;
      return json({
        status: "resolved",
        resolved,
        moreNearby: outcome.moreNearby,
        results: outcome.results,
        safetyNet: outcome.safetyNet,
      });
    }
  }
}

export async function loader() {
  return json({ error: copy.api.methodNotAllowed }, { status: 405, headers: { Allow: "POST" } });
}
