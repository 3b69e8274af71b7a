import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { AddToReferral } from "~/components/add-to-referral";
import { ServiceDetailView } from "~/components/service-detail";
import { copy } from "~/copy";
import { parseReferralIds, SLUG } from "~/lib/referral/list";
import { getServiceBySlug } from "~/models/service.server";

export async function loader({ params, request }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  if (slug.length > 120 || !SLUG.test(slug)) throw new Response("Not found", { status: 404 });
  const service = await getServiceBySlug(slug);
  if (!service) throw new Response("Not found", { status: 404 });
  // `?s=` carries a referral list built without JavaScript.
  const referralIds = parseReferralIds(new URL(request.url).searchParams.getAll("s")).ids;
  return json({ service, referralIds });
}

export default function ServicePage() {
  const { service, referralIds } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link replace to="/">
          {copy.servicePage.back}
        </Link>
      </p>
      <ServiceDetailView s={service} />
      <AddToReferral slug={service.slug} name={service.name} serverIds={referralIds} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
