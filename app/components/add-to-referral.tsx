import { Form } from "@remix-run/react";
import type { FormEvent } from "react";

import { copy } from "~/copy";
import { applyIntent, serializeIds } from "~/lib/referral/list";

import { useReferral } from "./referral-context";
import { useHydrated } from "./use-hydrated";

/**
 * "Add to referral list". Without JavaScript it posts the list so far (from
 * the page's own form fields) plus this service to /referral, which shows
 * the list. With JavaScript it adds in memory and stays on the page.
 */
export function AddToReferral({ slug, name, serverIds }: { slug: string; name: string; serverIds: readonly string[] }) {
  const hydrated = useHydrated();
  const referral = useReferral();
  const ids = hydrated ? referral.ids : serverIds;
  const inList = ids.includes(slug);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const { ids: next, outcome } = applyIntent(referral.ids, { op: "add", id: slug });
    referral.setIds(next);
    referral.announce(copy.referral.outcome(outcome, name, next.length));
  };
  return (
    <Form
      replace
      method="post"
      action="/referral"
      className="add-to-referral"
      onSubmit={hydrated ? onSubmit : undefined}
    >
      <input type="hidden" name="s" value={serializeIds(ids)} />
      <button type="submit" name="intent" value={`add:${slug}`} className="button button--secondary button--small">
        {inList ? copy.referral.inList : copy.referral.add}
        <span className="visually-hidden">: {name}</span>
      </button>
    </Form>
  );
}

/**
 * With JavaScript, a bar that says how many services are in the list and
 * opens it. Its live region announces each change politely.
 */
export function ReferralBar() {
  const hydrated = useHydrated();
  const { ids, message } = useReferral();
  if (!hydrated) return null;
  return (
    <aside className="referral-bar no-print" aria-label={copy.referral.barLabel}>
      <p role="status" className="visually-hidden">
        {message}
      </p>
      {ids.length > 0 ? (
        <Form replace method="post" action="/referral" className="container referral-bar__inner">
          <input type="hidden" name="s" value={serializeIds(ids)} />
          <span>{copy.referral.barCount(ids.length)}</span>{" "}
          <button type="submit" name="intent" value="view" className="button button--small">
            {copy.referral.view}
          </button>
        </Form>
      ) : null}
    </aside>
  );
}

/**
 * The referral list as a hidden field of a form that leaves the page (the
 * search, the place choice), so a list built without JavaScript survives
 * the next page. With JavaScript the tab's memory already holds it.
 */
export function ReferralField({ serverIds }: { serverIds: readonly string[] }) {
  const hydrated = useHydrated();
  const { ids } = useReferral();
  return <input type="hidden" name="s" value={serializeIds(hydrated ? ids : serverIds)} />;
}
