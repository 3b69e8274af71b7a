import { Form } from "@remix-run/react";

import { copy } from "~/copy";
import { serializeIds } from "~/lib/referral/list";
import type { ServiceDetail } from "~/models/service.server";

import { formatDate, Hours, PhoneList } from "./result-card";

export type SheetService = Pick<
  ServiceDetail,
  | "slug"
  | "name"
  | "organization"
  | "phones"
  | "website"
  | "email"
  | "hours"
  | "open247"
  | "whatToExpect"
  | "lastChecked"
> & { addresses: string[] };

/**
 * The list as printed and as edited. Every control is a submit button of
 * one form that carries the list, so reordering works the same with and
 * without JavaScript; the controls are hidden from print.
 */
export function ReferralSheetList({ ids, services }: { ids: readonly string[]; services: SheetService[] }) {
  const r = copy.referral;
  return (
    <Form replace method="post" action="/referral" className="referral-form">
      <input type="hidden" name="s" value={serializeIds(ids)} />
      <h2 className="referral-count">{r.yourList(services.length)}</h2>
      <ol className="referral-list">
        {services.map((s, i) => (
          <li key={s.slug} className="referral-item" id={`ref-${s.slug}`}>
            <h3 id={`ref-h-${s.slug}`}>{s.name}</h3>
            <p className="service-card__org">{s.organization}</p>
            <PhoneList phones={s.phones} />
            {s.website ? (
              <p>
                {r.website}: <a href={s.website}>{s.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}</a>
              </p>
            ) : null}
            {s.email ? (
              <p>
                <a href={`mailto:${s.email}`}>{s.email}</a>
              </p>
            ) : null}
            {s.addresses.map((a) => (
              <p key={a}>
                {r.address}: {a}
              </p>
            ))}
            {s.open247 ? <p>{copy.service.open247}</p> : <Hours hours={s.hours} />}
            {s.whatToExpect ? (
              <p>
                <span className="label">{r.whatToExpect}:</span> {s.whatToExpect}
              </p>
            ) : null}
            <p className="checked">{copy.service.lastChecked(formatDate(s.lastChecked))}</p>
            <div className="referral-item__controls no-print" role="group" aria-labelledby={`ref-h-${s.slug}`}>
              {(
                [
                  ["up", r.moveUp, i > 0],
                  ["down", r.moveDown, i < services.length - 1],
                  ["remove", r.remove, true],
                ] as const
              ).map(([op, label, offered]) =>
                offered ? (
                  <button
                    key={op}
                    type="submit"
                    name="intent"
                    value={`${op}:${s.slug}`}
                    className="button button--secondary button--small"
                  >
                    {label}
                    <span className="visually-hidden">: {s.name}</span>
                  </button>
                ) : null,
              )}
            </div>
          </li>
        ))}
      </ol>
      {services.length > 1 ? (
        <p className="no-print">
          <button type="submit" name="intent" value="clear" className="button button--secondary button--small">
            {r.clear}
          </button>
        </p>
      ) : null}
    </Form>
  );
}

/** The share link's QR code, drawn from a path computed on the server. */
export function QrCode({ size, path }: { size: number; path: string }) {
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      width={size * 5}
      height={size * 5}
      role="img"
      aria-label={copy.referral.qrLabel}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
