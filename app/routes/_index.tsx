import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";

import { EmergencyNote } from "~/components/emergency-note";
import { ErrorSummary } from "~/components/error-summary";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { MatchResults } from "~/components/match-results";
import { PlaceChoice } from "~/components/place-choice";
import type { FilterValues } from "~/components/search-filters";
import { SearchForm } from "~/components/search-form";
import { copy } from "~/copy";
import { parseReferralIds } from "~/lib/referral/list";
import { shareLink } from "~/lib/share-link";
import {
  askAgainFields,
  emergencyNumbersIn,
  filtersOf,
  formToMatchBody,
  moreNearbyOf,
  parseMatchInput,
  runMatch,
} from "~/models/match.server";
import { allCountries, countryName, directoryLanguages, topLevelSubdivisions } from "~/models/region.server";

const DEFAULT_FILTERS: FilterValues = {
  needs: [],
  audience: null,
  language: null,
  freeOnly: false,
  delivery: [],
  openNow: false,
  radiusKm: 50,
};

export async function loader({ request }: LoaderFunctionArgs) {
  // `?s=` is a referral list carried without JavaScript (service slugs only).
  const referralIds = parseReferralIds(new URL(request.url).searchParams.getAll("s")).ids;
  return json({ countries: allCountries(), languages: await directoryLanguages(), referralIds });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => new FormData());
  const body = formToMatchBody(form);
  const referralIds = parseReferralIds(form.getAll("s")).ids;
  // What we show back in the form: the person's own input, in their own
  // response (never stored, never in a URL), limited to known codes.
  const country =
    typeof body.country === "string" && countryName(body.country.toUpperCase()) ? body.country.toUpperCase() : null;
  const echo = {
    place: typeof body.place === "string" ? body.place.slice(0, 100) : "",
    country,
    subdivision: null as string | null,
    subdivisions: country ? topLevelSubdivisions(country) : [],
    referralIds,
  };
  const parsed = parseMatchInput(body);
  if (!parsed.ok)
    return json({ state: "invalid" as const, errors: parsed.errors, echo, filters: DEFAULT_FILTERS }, { status: 400 });

  const input = parsed.value;
  const filters = filtersOf(input);
  const outcome = await runMatch(input, new Date());
  if (outcome.status === "not-found") {
    const message = outcome.reason === "point" ? copy.errors.pointNowhere : copy.errors.placeNotFound;
    return json({ state: "invalid" as const, errors: { place: message }, echo, filters }, { status: 404 });
  }
  if (outcome.status === "ambiguous")
    return json({ state: "ambiguous" as const, options: outcome.options, echo, filters, errors: {} });
  const { resolved } = outcome;
  if (input.by === "region") echo.subdivision = resolved.subdivision;
  const more = moreNearbyOf(outcome, input.localLimit);
  return json({
    state: "results" as const,
    errors: {},
    echo,
    filters,
    place: resolved.name,
    results: outcome.results,
    more: more ? { ...more, where: askAgainFields(resolved), filters, referralIds } : null,
    safetyNet: outcome.safetyNet,
    shareHref: shareLink(resolved, filters),
    search: {
      place: resolved.name,
      point: resolved.point,
      radiusKm: filters.radiusKm,
      country: resolved.country,
      subdivision: resolved.subdivision,
    },
    emergency: emergencyNumbersIn(resolved.country),
  });
}

export default function Index() {
  const { countries, languages, referralIds: loadedIds } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const referralIds = data?.echo.referralIds ?? loadedIds;
  const errors: Record<string, string> = data?.errors ?? {};
  return (
    <>
      <h1>{copy.home.heading}</h1>
      {/* Before a place is known we cannot name the number; results name it. */}
      {data?.state === "results" ? null : <EmergencyNote numbers={null} />}
      <p className="lead">{copy.home.intro}</p>
      <p>{copy.home.privacy}</p>
      <aside className="before-you-start" aria-labelledby="before-you-start">
        <h2 id="before-you-start">{copy.pages.beforeYouStart}</h2>
        <p>{copy.pages.beforeYouStartText}</p>
        <p>
          <Link replace to="/safety">
            {copy.pages.readStayingSafe}
          </Link>
        </p>
      </aside>
      <ErrorSummary errors={errors} />
      {data?.state === "ambiguous" ? (
        <PlaceChoice options={data.options} filters={data.filters} referralIds={referralIds} />
      ) : null}
      <SearchForm
        place={data?.echo.place ?? ""}
        country={data?.echo.country ?? null}
        subdivision={data?.echo.subdivision ?? null}
        countries={countries}
        subdivisions={data?.echo.subdivisions ?? []}
        languages={languages}
        filters={data?.filters ?? DEFAULT_FILTERS}
        errors={errors}
        referralIds={referralIds}
      />
      {data?.state === "results" ? (
        <MatchResults
          place={data.place}
          results={data.results}
          more={data.more}
          safetyNet={data.safetyNet}
          shareHref={data.shareHref}
          emergency={data.emergency}
          referralIds={referralIds}
          search={data.search}
        />
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
