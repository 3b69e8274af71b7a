import { json, type ActionFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";

import { CompensationAnswers } from "~/components/compensation-answers";
import { CompensationForm, type FinderEcho, type PlaceOption } from "~/components/compensation-form";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorSummary } from "~/components/error-summary";
import { copy } from "~/copy";
import {
  compensationProgrammes,
  countriesWithRegionalProgrammes,
  findProgrammes,
  parseFinderForm,
} from "~/models/compensation.server";
import { allCountries, countryParts } from "~/models/region.server";

async function placeOptions(): Promise<PlaceOption[]> {
  const regional = new Set(await countriesWithRegionalProgrammes());
  return allCountries().map((c) => (regional.has(c.code) ? { ...c, regions: countryParts(c.code) } : c));
}

export async function loader() {
  return json({ options: await placeOptions() });
}

const echoOf = (form: FormData): FinderEcho => {
  const field = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v.slice(0, 10) : "";
  };
  return {
    crimePlace: field("crimePlace"),
    homePlace: field("homePlace"),
    age: field("age"),
    year: field("year"),
    reported: field("reported"),
  };
};

// The answers describe a person's history: they are used for this one
// response and never stored or logged (the request log has no bodies).
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => new FormData());
  const echo = echoOf(form);
  const parsed = parseFinderForm(form);
  if (!parsed.ok) return json({ echo, errors: parsed.errors, answers: null }, { status: 400 });
  const today = new Date().toISOString().slice(0, 10);
  const answers = findProgrammes({ ...parsed.value, today }, await compensationProgrammes());
  return json({ echo, errors: {} as Record<string, string>, answers });
}

export default function CompensationFinder() {
  const { options } = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>();
  const c = copy.compensation;
  return (
    <>
      <h1>{c.heading}</h1>
      <p className="lead">{c.intro}</p>
      <ErrorSummary errors={data?.errors ?? {}} />
      <CompensationForm
        options={options}
        echo={data?.echo ?? { crimePlace: "", homePlace: "", age: "", year: "", reported: "" }}
        errors={data?.errors ?? {}}
      />
      {data?.answers ? <CompensationAnswers answers={data.answers} /> : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
