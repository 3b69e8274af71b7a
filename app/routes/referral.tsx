import { json, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";

import { GeneralErrorBoundary } from "~/components/error-boundary";
import { useReferral } from "~/components/referral-context";
import { QrCode, ReferralSheetList, type SheetService } from "~/components/referral-sheet";
import { formatDate } from "~/components/result-card";
import { ReferralNote } from "~/components/referral-note";
import { useHydrated } from "~/components/use-hydrated";
import { copy } from "~/copy";
import { applyIntent, parseIntent, parseReferralIds, referralPath, type Outcome } from "~/lib/referral/list";
import { qrCodePath } from "~/lib/referral/qr";
import { getReferralServices } from "~/models/referral.server";
import type { ServiceDetail } from "~/models/service.server";

function toSheet(s: ServiceDetail): SheetService {
  const addresses = s.locations.flatMap((l) =>
    l.visibility === "public" && l.address
      ? [[...l.address.lines, l.address.city, l.address.postalCode].filter(Boolean).join(", ")]
      : l.visibility === "city" && l.address?.city
        ? [copy.service.visitIn(l.address.city)]
        : [],
  );
  const { slug, name, organization, phones, website, email, hours, open247, whatToExpect, lastChecked } = s;
  return { slug, name, organization, phones, website, email, hours, open247, whatToExpect, lastChecked, addresses };
}

async function sheet(request: Request, ids: string[], rejected: number, outcome: Outcome) {
  const { services, missing } = await getReferralServices(ids);
  const kept = services.map((s) => s.slug);
  // The link holds slugs only: never the note, never a search.
  const shareUrl = new URL(referralPath(kept), request.url).toString();
  return {
    ids: kept,
    services: services.map(toSheet),
    missing: missing.length,
    rejected,
    outcome,
    shareUrl,
    qr: kept.length ? qrCodePath(shareUrl) : null,
    today: new Date().toISOString().slice(0, 10),
  };
}

export async function loader({ request }: LoaderFunctionArgs) {
  const { ids, rejected } = parseReferralIds(new URL(request.url).searchParams.getAll("s"));
  return json(await sheet(request, ids, rejected, "unchanged"));
}

export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData().catch(() => new FormData());
  const { ids, rejected } = parseReferralIds(form.getAll("s"));
  const intent = parseIntent(form.get("intent"));
  if (!intent) return json(await sheet(request, ids, rejected + 1, "unchanged"), { status: 400 });
  const next = applyIntent(ids, intent);
  return json(await sheet(request, next.ids, rejected, next.outcome));
}

export default function ReferralPage() {
  const loaded = useLoaderData<typeof loader>();
  const data = useActionData<typeof action>() ?? loaded;
  const referral = useReferral();
  const hydrated = useHydrated();
  const { setIds } = referral;
  const idsKey = data.ids.join(",");
  // The server's answer is the list now; keep the tab's copy in step.
  useEffect(() => setIds(idsKey ? idsKey.split(",") : []), [idsKey, setIds]);
  const r = copy.referral;
  const message = data.outcome === "unchanged" ? "" : r.outcome(data.outcome, "", data.ids.length);
  return (
    <>
      <h1>{r.heading}</h1>
      <p className="lead no-print">{r.intro}</p>
      <p role="status" className="no-print">
        {message}
      </p>
      {data.rejected > 0 ? <p className="note">{r.rejected(data.rejected)}</p> : null}
      {data.missing > 0 ? <p className="note">{r.missing(data.missing)}</p> : null}
      <ReferralNote />
      {data.services.length === 0 ? <p>{r.empty}</p> : <ReferralSheetList ids={data.ids} services={data.services} />}
      <p className="no-print">
        <Link replace to={hydrated || !data.ids.length ? "/" : `/?s=${encodeURIComponent(idsKey)}`}>
          {r.findMore}
        </Link>
        <br />
        <span className="hint">{r.findMoreHint}</span>
      </p>
      {data.qr ? (
        <section aria-labelledby="share-list" className="referral-share">
          <h2 id="share-list">{r.shareHeading}</h2>
          <p className="hint">{r.shareHint}</p>
          <QrCode size={data.qr.size} path={data.qr.path} />
          <p className="share-url">
            <a href={data.shareUrl}>{data.shareUrl}</a>
          </p>
        </section>
      ) : null}
      <p className="print-only">{r.printedOn(formatDate(data.today))}</p>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
