import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";

import { ContentPage } from "~/components/content-page";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PRIVACY } from "~/content/safety";

export async function loader() {
  return json({ page: PRIVACY });
}

export default function Privacy() {
  const { page } = useLoaderData<typeof loader>();
  return <ContentPage page={page} />;
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
