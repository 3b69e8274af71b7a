import { Link } from "@remix-run/react";

import { copy } from "~/copy";
import { NEED_CODES } from "~/lib/directory/taxonomy";
import type { MatchResult } from "~/models/match.server";

import { EmergencyNote } from "./emergency-note";
import { ResultCard } from "./result-card";

/**
 * Results grouped by need, each group with its count, most local first
 * within a group. A service meeting several needs appears in each group.
 * The safety net (helplines outside the filters) is shown apart, with why.
 */
export function MatchResults(props: {
  place: string;
  total: number;
  results: MatchResult[];
  safetyNet: MatchResult[];
  shareHref: string;
  emergency: string[] | null;
  referralIds: readonly string[];
}) {
  const groups = NEED_CODES.map((need) => ({
    need,
    items: props.results.filter((r) => r.needs.includes(need)),
  })).filter((g) => g.items.length > 0);
  return (
    <section aria-labelledby="results-heading" className="results-section">
      <h2 id="results-heading" tabIndex={-1}>
        {copy.search.resultsHeading(props.place)} <span className="count">({copy.search.total(props.total)})</span>
      </h2>
      <EmergencyNote numbers={props.emergency} />
      {props.results.length === 0 ? <p>{copy.search.noResults}</p> : null}
      {groups.length > 1 ? (
        <nav aria-label={copy.search.needsLabel} className="group-nav">
          <ul>
            {groups.map((g) => (
              <li key={g.need}>
                <a href={`#need-${g.need}`}>
                  {copy.needs[g.need]} ({g.items.length})
                </a>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((g) => (
        <section key={g.need} aria-labelledby={`need-${g.need}`} className="results__group">
          <h3 id={`need-${g.need}`}>
            {copy.needs[g.need]} <span className="count">({copy.home.resultsCount(g.items.length)})</span>
          </h3>
          {g.need === "compensation" ? (
            <p>
              <Link replace to="/compensation">
                {copy.compensation.link}
              </Link>
            </p>
          ) : null}
          <ul className="service-list">
            {g.items.map((r) => (
              <li key={r.id}>
                <ResultCard result={r} headingId={`${g.need}-${r.slug}`} referralIds={props.referralIds} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {props.safetyNet.length > 0 ? (
        <section aria-labelledby="safety-net" className="results__group">
          <h3 id="safety-net">{copy.search.safetyNetHeading}</h3>
          <p>{copy.search.safetyNetNote}</p>
          <ul className="service-list">
            {props.safetyNet.map((r) => (
              <li key={r.id}>
                <ResultCard result={r} headingId={`net-${r.slug}`} referralIds={props.referralIds} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="share-heading" className="share">
        <h3 id="share-heading">{copy.search.shareHeading}</h3>
        <p className="hint">{copy.search.shareHint}</p>
        <p>
          <Link replace to={props.shareHref}>
            {copy.search.shareLink}
          </Link>
        </p>
      </section>
    </section>
  );
}
