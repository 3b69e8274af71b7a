import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { ContentPage } from "~/components/content-page";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { GUIDANCE } from "~/content/guidance";
import { copy } from "~/copy";
import { reportingChannels } from "~/models/reporting.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const page = GUIDANCE.find((p) => p.slug === params.slug);
  if (!page) throw new Response("Not found", { status: 404 });
  // "Where to report" lists every reporting channel in the directory, by country.
  const channels = page.slug === "where-to-report" ? await reportingChannels() : null;
  return json({ page, channels });
}

export default function Guidance() {
  const { page, channels } = useLoaderData<typeof loader>();
  return (
    <ContentPage page={page}>
      {channels ? (
        <section aria-labelledby="channels">
          <h2 id="channels">{copy.pages.channelsHeading}</h2>
          <p>{copy.pages.channelsIntro}</p>
          {channels.map((group) => (
            <section key={group.country ?? "global"} aria-labelledby={`channels-${group.country ?? "global"}`}>
              <h3 id={`channels-${group.country ?? "global"}`}>{group.name}</h3>
              <ul>
                {group.services.map((s) => (
                  <li key={s.slug}>
                    <Link replace to={`/services/${s.slug}`}>
                      {s.name}
                    </Link>{" "}
                    <span className="hint">({s.organization})</span>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </section>
      ) : null}
    </ContentPage>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
