import { Link } from "@remix-run/react";

import { copy } from "~/copy";
import { deadlineText } from "~/lib/deadline-text";
import type { ServiceDetail } from "~/models/service.server";

import { Contacts, formatDate, Hours } from "./result-card";

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** Everything about one service, in the order someone deciding to call would want it. */
export function ServiceDetailView({ s }: { s: ServiceDetail }) {
  const p = copy.servicePage;
  const finderLink = (
    <p>
      <Link replace to="/compensation">
        {copy.compensation.link}
      </Link>
    </p>
  );
  const ages = p.ages(s.ages.min, s.ages.max);
  return (
    <article aria-labelledby="service-name">
      <h1 id="service-name">{s.name}</h1>
      <p className="service-card__org">{s.organization}</p>
      {s.status !== "active" ? (
        <div className="note">
          <p>{p.closed}</p>
          {s.replacedBySlug ? (
            <p>
              <Link replace to={`/services/${s.replacedBySlug}`}>
                {p.replacedBy}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="lead">{s.description}</p>
      <ul className="tags">
        {s.open247 ? <li>{copy.service.open247}</li> : null}
        {s.free ? <li>{copy.service.free}</li> : null}
        {s.traumaInformed ? <li>{p.traumaInformed}</li> : null}
        {s.types.map((t) => (
          <li key={t}>{t}</li>
        ))}
      </ul>
      <Section id="contact" title={p.contact}>
        <Contacts result={s} />
        {s.email ? (
          <p>
            <a href={`mailto:${s.email}`}>{s.email}</a>
          </p>
        ) : null}
        {s.open247 ? null : <Hours hours={s.hours} />}
      </Section>
      <Section id="expect" title={p.whatToExpect}>
        {s.anonymous === true ? <p>{p.anonymousYes}</p> : s.anonymous === false ? <p>{p.anonymousNo}</p> : null}
        {s.whatToExpect ? <p>{s.whatToExpect}</p> : null}
        {s.applicationProcess ? <p>{s.applicationProcess}</p> : null}
        {s.traumaInformed?.evidence ? <p>{s.traumaInformed.evidence}</p> : null}
      </Section>
      <Section id="for-whom" title={p.forWhom}>
        <p>{s.audiences.map((a) => copy.audiences[a as keyof typeof copy.audiences] ?? a).join(", ")}</p>
        {ages ? <p>{ages}</p> : null}
        {s.eligibility ? <p>{s.eligibility}</p> : null}
        <h3>{p.languages}</h3>
        <p>{s.languages.map((l) => languageNames.of(l) ?? l).join(", ")}</p>
        {s.free || s.fees || s.costs.length ? (
          <>
            <h3>{p.cost}</h3>
            <p>{s.free ? p.free : (s.fees ?? s.costs.map((c) => c.option).join(", "))}</p>
          </>
        ) : null}
        <h3>{p.areas}</h3>
        <ul>
          {s.areas.map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
      </Section>
      {s.locations.length > 0 ? (
        <Section id="locations" title={p.locations}>
          {s.locations.map((l) => (
            <div key={l.slug} className="location">
              {l.name ? <h3>{l.name}</h3> : null}
              {l.visibility === "public" && l.address ? (
                <p className="address">
                  {[...l.address.lines, l.address.city, l.address.postalCode].filter(Boolean).join(", ")}
                </p>
              ) : (
                <p>{l.address?.city ? copy.service.visitIn(l.address.city) : p.hiddenAddress}</p>
              )}
              {l.accessibility.length > 0 ? (
                <>
                  <h4>{p.accessibility}</h4>
                  <ul>
                    {l.accessibility.map((a) => (
                      <li key={a}>{a}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ))}
        </Section>
      ) : null}
      {s.compensation?.kind === "none" ? (
        <Section id="applying" title={p.noSchemeTitle}>
          <p>{p.noScheme}</p>
          <p>{s.compensation.howToApply}</p>
          {finderLink}
        </Section>
      ) : s.compensation ? (
        <Section id="applying" title={p.applying}>
          <p>{s.compensation.howToApply}</p>
          {s.compensation.applicationUrl ? (
            <p>
              <a href={s.compensation.applicationUrl} rel="noreferrer">
                {p.applying}
                <span className="visually-hidden">: {s.name}</span>
              </a>
            </p>
          ) : null}
          <h3>{p.deadlines}</h3>
          <ul>
            {s.compensation.deadlines.map((d, i) => (
              <li key={i}>
                {deadlineText(d)} {d.notes ? <span className="hint">{d.notes}</span> : null}{" "}
                <a href={d.sourceUrl} rel="noreferrer" className="hint">
                  {p.sourceLink}
                </a>
              </li>
            ))}
          </ul>
          <p className="note">{p.getAdvice}</p>
          {finderLink}
          <h3>{p.policeReport}</h3>
          <p>{p.policeRules[s.compensation.policeReportRule] ?? p.policeRules.unknown}</p>
          {s.compensation.maxAwardAmount ? (
            <p>
              {p.maxAward}:{" "}
              {new Intl.NumberFormat("en", {
                style: "currency",
                currency: s.compensation.maxAwardCurrency ?? "USD",
                maximumFractionDigits: 0,
              }).format(s.compensation.maxAwardAmount)}
            </p>
          ) : null}
        </Section>
      ) : null}
      <Section id="source" title={p.source}>
        <p>
          <a href={s.sourceUrl} rel="noreferrer">
            {p.sourceLink}
          </a>
        </p>
        <p className="checked">{copy.service.lastChecked(formatDate(s.lastChecked))}</p>
      </Section>
    </article>
  );
}
