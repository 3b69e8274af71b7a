import { Link } from "@remix-run/react";

import { copy } from "~/copy";
import type { Answer } from "~/lib/compensation/finder";
import { deadlineText } from "~/lib/deadline-text";
import type { FinderProgramme } from "~/models/compensation.server";

const longDate = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const fmt = (iso: string | null) => (iso ? longDate.format(new Date(`${iso}T00:00:00Z`)) : null);

/** The finder's answer: each scheme, why it applies, how to apply, and its time limits as estimates. */
export function CompensationAnswers({ answers }: { answers: Answer<FinderProgramme>[] }) {
  const c = copy.compensation;
  const schemes = answers.filter((a) => a.reason !== "no-scheme").length;
  return (
    <section aria-labelledby="finder-results" className="results-section">
      <h2 id="finder-results" tabIndex={-1}>
        {c.resultsHeading(schemes)}
      </h2>
      <div className="note">
        <p>{c.advice}</p>
      </div>
      {answers.length === 0 ? <p>{c.none}</p> : null}
      <ol className="service-list">
        {answers.map(({ programme: p, reason, deadlines }) => {
          // A place with no scheme: say so plainly, then what exists instead.
          const noScheme = reason === "no-scheme";
          return (
            <li key={p.slug}>
              <article aria-labelledby={`cf-${p.slug}`} className="service-card">
                <h3 id={`cf-${p.slug}`}>{p.name}</h3>
                <p className="service-card__org">{p.organization}</p>
                <p>
                  <strong>{c.reasons[reason]}</strong>
                </p>
                <h4>{noScheme ? c.instead : c.howToApply}</h4>
                <p>{p.howToApply}</p>
                {noScheme ? null : <SchemeDetails programme={p} deadlines={deadlines} />}
                <p>
                  <Link replace to={`/services/${p.slug}`}>
                    {noScheme ? c.moreService : c.more}
                    <span className="visually-hidden">: {p.name}</span>
                  </Link>
                </p>
              </article>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** How to apply, the police rule and the estimated time limits of a scheme. */
function SchemeDetails({
  programme: p,
  deadlines,
}: {
  programme: FinderProgramme;
  deadlines: Answer<FinderProgramme>["deadlines"];
}) {
  const c = copy.compensation;
  return (
    <>
      {p.applicationUrl ? (
        <p>
          <a href={p.applicationUrl} rel="noreferrer">
            {c.applyLink}
            <span className="visually-hidden">: {p.name}</span>
          </a>
        </p>
      ) : null}
      <p>
        <span className="label">{c.policeNote}:</span> {copy.servicePage.policeRules[p.policeReportRule]}
      </p>
      <h4>{c.deadlinesHeading}</h4>
      {deadlines.length === 0 ? <p>{c.noDeadlines}</p> : null}
      <ul>
        {deadlines.map((d, i) => (
          <li key={i}>
            {deadlineText(d.rule)} {c.estimate(d.status, fmt(d.earliest), fmt(d.latest))}
            {d.rule.notes ? <span className="hint"> {d.rule.notes}</span> : null}{" "}
            <a href={d.rule.sourceUrl} rel="noreferrer">
              {c.source}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
