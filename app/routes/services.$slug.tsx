import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ServiceDetailView } from "~/components/service-detail";
import { copy } from "~/copy";
import { getServiceBySlug } from "~/models/service.server";

// Slugs are lower-case words and digits joined by hyphens (seeds/README.md).
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export async function loader({ params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (slug.length > 120 || !SLUG.test(slug)) throw new Response("Not found", { status: 404 });
  const service = await getServiceBySlug(slug);
  if (!service) throw new Response("Not found", { status: 404 });
  return json({ service });
}

export default function ServicePage() {
  const { service } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link replace to="/">
          {copy.servicePage.back}
        </Link>
      </p>
      <ServiceDetailView s={service} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
