import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { ContentPage } from "~/components/content-page";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { EMERGENCY_NUMBERS } from "~/content/emergency-numbers";
import { STAYING_SAFE } from "~/content/safety";
import { copy } from "~/copy";
import { emergencyNumbersFor } from "~/lib/emergency";
import { countryName } from "~/models/region.server";

export async function loader() {
  const emergency = Object.values(EMERGENCY_NUMBERS)
    .map((e) => ({
      country: e.country,
      source: e.source,
      name: countryName(e.country) ?? e.country,
      numbers: emergencyNumbersFor(EMERGENCY_NUMBERS, e.country) ?? [],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
  return json({ page: STAYING_SAFE, emergency });
}

export default function StayingSafe() {
  const { page, emergency } = useLoaderData<typeof loader>();
  return (
    <ContentPage page={page}>
      <section aria-labelledby="emergency">
        <h2 id="emergency">{copy.pages.emergencyHeading}</h2>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Number</th>
            </tr>
          </thead>
          <tbody>
            {emergency.map((e) => (
              <tr key={e.country}>
                <th scope="row">{e.name}</th>
                <td>
                  {e.numbers.map((n, i) => (
                    <span key={n}>
                      {i > 0 ? ", " : ""}
                      <a href={`tel:${n}`}>{n}</a>
                    </span>
                  ))}{" "}
                  <a href={e.source} rel="noreferrer" className="hint">
                    {copy.servicePage.sourceLink}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </ContentPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
