import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { GUIDANCE } from "~/content/guidance";
import { copy } from "~/copy";

export async function loader() {
  return json({ pages: GUIDANCE.map(({ slug, title, summary }) => ({ slug, title, summary })) });
}

export default function GuidanceIndex() {
  const { pages } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{copy.pages.guidance}</h1>
      <p className="lead">{copy.pages.guidanceIntro}</p>
      <ul className="guidance-list">
        {pages.map((p) => (
          <li key={p.slug}>
            <h2>
              <Link replace to={`/guidance/${p.slug}`}>
                {p.title}
              </Link>
            </h2>
            <p>{p.summary}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
