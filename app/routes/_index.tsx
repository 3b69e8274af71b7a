import { json, type ActionFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/error-summary";
import { RegionForm } from "~/components/region-form";
import { ServiceList } from "~/components/service-list";
import { copy } from "~/copy";
import { allCountries, countryName, parseRegionForm, placeName, topLevelSubdivisions } from "~/models/region.server";
import { listServicesForRegion } from "~/models/service.server";

// Below this many results we say so plainly and point to emergency help.
const FEW_RESULTS = 3;

export async function loader() {
  return json({ countries: allCountries() });
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => new FormData());
  const parsed = parseRegionForm(form);
  if (!parsed.ok) {
    const country = parsed.knownCountry;
    return json(
      {
        ok: false as const,
        errors: parsed.errors,
        selected: { country },
        countryName: country ? countryName(country) : undefined,
        subdivisions: country ? topLevelSubdivisions(country) : [],
      },
      { status: 400 },
    );
  }
  const { country, subdivision } = parsed.value;
  const services = await listServicesForRegion({ country, subdivision });
  return json({
    ok: true as const,
    errors: {},
    selected: { country, subdivision },
    countryName: countryName(country),
    place: placeName(country, subdivision),
    subdivisions: topLevelSubdivisions(country),
    services,
  });
}

export default function Index() {
  const { countries } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors: Record<string, string> = result?.errors ?? {};
  return (
    <>
      <h1>{copy.home.heading}</h1>
      <p className="lead">{copy.home.intro}</p>
      <p>{copy.home.privacy}</p>
      <ErrorSummary errors={errors} />
      <RegionForm
        countries={countries}
        subdivisions={result?.subdivisions ?? []}
        selected={result?.selected ?? {}}
        errors={errors}
        countryName={result?.countryName}
      />
      {result?.ok ? (
        <section aria-labelledby="results-heading" className="results-section">
          <h2 id="results-heading" tabIndex={-1}>
            {copy.home.resultsHeading(result.place)}{" "}
            <span className="count">({copy.home.resultsCount(result.services.length)})</span>
          </h2>
          {!result.selected.subdivision ? <p>{copy.home.chooseRegionNote}</p> : null}
          {result.services.length === 0 ? <p className="note">{copy.home.nothingFound}</p> : null}
          {result.services.length > 0 && result.services.length < FEW_RESULTS ? (
            <p className="note">{copy.home.fewFound}</p>
          ) : null}
          <ServiceList services={result.services} />
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
