import type { ReactNode } from "react";

import type { GuidancePage } from "~/content/guidance";
import { copy } from "~/copy";

/** A guidance, safety or privacy page: sections, then the sources it rests on. */
export function ContentPage({ page, children }: { page: GuidancePage; children?: ReactNode }) {
  return (
    <article aria-labelledby="page-title" className="content-page">
      <h1 id="page-title">{page.title}</h1>
      <p className="lead">{page.summary}</p>
      {page.sections.map((s, i) => (
        <section key={s.heading} aria-labelledby={`section-${i}`}>
          <h2 id={`section-${i}`}>{s.heading}</h2>
          {s.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {s.list?.length ? (
            <ul>
              {s.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
      {children}
      {page.sources.length ? (
        <section aria-labelledby="sources" className="sources">
          <h2 id="sources">{copy.pages.sources}</h2>
          <ul>
            {page.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} rel="noreferrer">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
