import { copy } from "~/copy";
import { NEED_CODES } from "~/lib/directory/taxonomy";
import type { PublicService } from "~/lib/directory/public-service";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

/**
 * Results grouped by need, each group with its count. A service that meets
 * several needs appears in each group, so no group hides it.
 */
export function ServiceList({ services }: { services: PublicService[] }) {
  const groups = NEED_CODES.map((need) => ({ need, items: services.filter((s) => s.needs.includes(need)) })).filter(
    (g) => g.items.length > 0,
  );
  return (
    <div className="results">
      {groups.map((g) => (
        <section key={g.need} aria-labelledby={`need-${g.need}`} className="results__group">
          <h3 id={`need-${g.need}`}>
            {copy.needs[g.need]} <span className="count">({copy.home.resultsCount(g.items.length)})</span>
          </h3>
          <ul className="service-list">
            {g.items.map((s) => (
              <li key={s.slug} className="service-card">
                <ServiceCard service={s} headingId={`${g.need}-${s.slug}`} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ServiceCard({ service: s, headingId }: { service: PublicService; headingId: string }) {
  return (
    <article aria-labelledby={headingId}>
      <h4 id={headingId}>{s.name}</h4>
      <p className="service-card__org">{s.organization}</p>
      <p>{s.description}</p>
      <ul className="tags">
        <li>{copy.coverage[s.coverage]}</li>
        {s.open247 ? <li>{copy.service.open247}</li> : null}
        {s.free ? <li>{copy.service.free}</li> : null}
      </ul>
      {s.phones.length > 0 ? (
        <ul className="contact">
          {s.phones.map((p) => (
            <li key={p.href + p.type}>
              <a href={p.href}>
                {p.type === "text" ? copy.service.text : copy.service.call} {p.display}
              </a>
              {p.description ? <span className="hint"> {p.description}</span> : null}
              {p.onlyIn ? <span className="hint"> {copy.service.onlyIn(p.onlyIn)}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {s.website ? (
        <p>
          <a href={s.website} rel="noreferrer">
            {copy.service.website}
            <span className="visually-hidden">: {s.name}</span>
          </a>
        </p>
      ) : null}
      {s.locations
        .filter((l) => l.visibility === "public" && l.address)
        .map((l) => (
          <p key={l.slug} className="address">
            {[...(l.address?.lines ?? []), l.address?.city, l.address?.postalCode].filter(Boolean).join(", ")}
          </p>
        ))}
      {s.locations
        .filter((l) => l.visibility === "city" && l.address?.city)
        .map((l) => (
          <p key={l.slug} className="address">
            {copy.service.visitIn(l.address!.city!)}
          </p>
        ))}
      <p className="checked">{copy.service.lastChecked(formatDate(s.lastChecked))}</p>
    </article>
  );
}
