import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MatchResults } from "~/components/match-results";
import { copy } from "~/copy";
import { shareLink } from "~/lib/share-link";
import { emergencyNumbersIn, formToMatchBody, moreNearbyOf, parseMatchInput, runMatch } from "~/models/match.server";

/**
 * A shared link to results: `/find?country=GB&subdivision=GB-ENG&needs=…`.
 * It accepts only a region and filters (ADR 005): a typed place, a place id
 * or coordinates in the link are refused, so a link can never carry them.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  if (["place", "placeId", "lat", "lng"].some((k) => params.has(k))) throw new Response("Bad request", { status: 400 });
  const parsed = parseMatchInput(formToMatchBody(params));
  if (!parsed.ok || parsed.value.by !== "region") throw new Response("Bad request", { status: 400 });
  const outcome = await runMatch(parsed.value, new Date());
  if (outcome.status !== "resolved") throw new Response("Not found", { status: 404 });
  const shareHref = shareLink(outcome.resolved, parsed.value);
  const more = moreNearbyOf(outcome, parsed.value.localLimit);
  return json({
    place: outcome.resolved.name,
    results: outcome.results,
    more: more ? { ...more, href: `${shareHref}&localLimit=${more.next}` } : null,
    safetyNet: outcome.safetyNet,
    shareHref,
    emergency: emergencyNumbersIn(outcome.resolved.country),
    search: {
      place: outcome.resolved.name,
      point: outcome.resolved.point,
      radiusKm: parsed.value.radiusKm,
      country: outcome.resolved.country,
      subdivision: outcome.resolved.subdivision,
    },
  });
}

export default function Find() {
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link replace to="/">
          {copy.servicePage.back}
        </Link>
      </p>
      <h1>{copy.search.sharedHeading}</h1>
      <MatchResults {...data} referralIds={[]} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
