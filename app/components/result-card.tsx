import { Link } from "@remix-run/react";

import { AddToReferral } from "./add-to-referral";
import { useHydrated } from "./use-hydrated";

import { copy } from "~/copy";
import type { MatchResult } from "~/models/match.server";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
export const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

export function Hours({ hours }: { hours: MatchResult["hours"] }) {
  if (hours.length === 0) return null;
  return (
    <ul className="hours">
      {hours.map((h, i) => (
        <li key={i}>
          {h.days.map((d) => copy.days[d] ?? d).join(", ")}: {h.opensAt}–{h.closesAt === "23:59" ? "24:00" : h.closesAt}{" "}
          <span className="hint">({copy.search.hoursIn(h.timezone)})</span>
        </li>
      ))}
    </ul>
  );
}

/** Call and text links, each with what the number is for and where it works. */
export function PhoneList({ phones }: { phones: MatchResult["phones"] }) {
  if (phones.length === 0) return null;
  return (
    <ul className="contact">
      {phones.map((p) => (
        <li key={p.href + p.type}>
          <a href={p.href}>
            {p.type === "text" ? copy.service.text : copy.service.call} {p.display}
          </a>
          {p.description ? <span className="hint"> {p.description}</span> : null}
          {p.onlyIn ? <span className="hint"> {copy.service.onlyIn(p.onlyIn)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

export function Contacts({ result: r }: { result: Pick<MatchResult, "phones" | "website" | "name"> }) {
  return (
    <>
      <PhoneList phones={r.phones} />
      {r.website ? (
        <p>
          <a href={r.website} rel="noreferrer">
            {copy.service.website}
            <span className="visually-hidden">: {r.name}</span>
          </a>
        </p>
      ) : null}
    </>
  );
}

/** The card's link to the map, when the map is shown. */
export type CardMap = { rank: number | null; selected: boolean; onShow: (() => void) | null };

/** One service in the results: what it offers, for whom, how to reach it, and how fresh the facts are. */
export function ResultCard({
  result: r,
  headingId,
  referralIds,
  map = null,
}: {
  result: MatchResult;
  headingId: string;
  /** The referral list so far, carried in the page for browsers without JavaScript. */
  referralIds: readonly string[];
  map?: CardMap | null;
}) {
  const hydrated = useHydrated();
  // Without JavaScript the list can only travel with the page, so the link
  // to the service page carries it; with JavaScript the tab's memory does.
  const query = !hydrated && referralIds.length ? `?s=${encodeURIComponent(referralIds.join(","))}` : "";
  return (
    <article
      aria-labelledby={headingId}
      data-slug={r.slug}
      className={map?.selected ? "service-card service-card--selected" : "service-card"}
    >
      <h4 id={headingId}>
        <Link replace to={`/services/${r.slug}${query}`}>
          {r.name}
        </Link>
      </h4>
      <p className="service-card__org">{r.organization}</p>
      <p>{r.description}</p>
      <ul className="tags">
        <li>{copy.coverage[r.coverage]}</li>
        {r.distanceKm !== null ? <li>{copy.search.distance(r.distanceKm)}</li> : null}
        {r.open247 ? (
          <li>{copy.service.open247}</li>
        ) : r.openNow === true ? (
          <li>{copy.search.openNowYes}</li>
        ) : r.openNow === false ? (
          <li>{copy.search.openNowNo}</li>
        ) : null}
        {r.free ? <li>{copy.service.free}</li> : null}
      </ul>
      <p>
        <span className="label">{copy.search.forWhom}:</span>{" "}
        {r.audiences.map((a) => copy.audiences[a as keyof typeof copy.audiences] ?? a).join(", ")}
      </p>
      <Contacts result={r} />
      {r.open247 ? null : <Hours hours={r.hours} />}
      <p className="checked">{copy.service.lastChecked(formatDate(r.lastChecked))}</p>
      <div className="service-card__actions">
        <AddToReferral slug={r.slug} name={r.name} serverIds={referralIds} />
        {map?.onShow ? (
          <button type="button" className="button button--secondary button--small" onClick={map.onShow}>
            {map.rank !== null ? copy.map.showNumbered(map.rank) : copy.map.showOnMap}
            <span className="visually-hidden">: {r.name}</span>
          </button>
        ) : null}
      </div>
    </article>
  );
}
