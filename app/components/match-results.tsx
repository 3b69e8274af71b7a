import { Link, useRouteLoaderData } from "@remix-run/react";
import { useEffect, useMemo, useRef, useState } from "react";

import { copy } from "~/copy";
import { NEED_CODES } from "~/lib/directory/taxonomy";
import { mapItems } from "~/lib/map/items";
import type { MatchResult } from "~/models/match.server";
import type { loader as rootLoader } from "~/root";

import { EmergencyNote } from "./emergency-note";
import type { MapSearch, MapSelection } from "./map-types";
import { MoreNearbyNote, type MoreNearby } from "./more-nearby";
import { ResultCard, type CardMap } from "./result-card";
import { ResultsMapPanel } from "./results-map";
import { useHydrated } from "./use-hydrated";

/**
 * Results grouped by need, each group with its count, most local first
 * within a group. A service meeting several needs appears in each group.
 * The safety net (helplines outside the filters) is shown apart, with why.
 * With JavaScript, a map can be shown beside the list, linked both ways.
 */
export function MatchResults(props: {
  place: string;
  results: MatchResult[];
  /** Set when more local services match than are shown. */
  more: MoreNearby | null;
  safetyNet: MatchResult[];
  shareHref: string;
  emergency: string[] | null;
  referralIds: readonly string[];
  search: MapSearch;
}) {
  const hydrated = useHydrated();
  // New results that arrive without a page load (a search, "show more
  // nearby") take focus to their heading, so a screen reader announces them
  // and focus is not lost with the button that asked. Not on a page load:
  // the browser starts at the top, as it should.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const arrivedInBrowser = useRef(hydrated);
  useEffect(() => {
    if (arrivedInBrowser.current) headingRef.current?.focus();
    arrivedInBrowser.current = true;
  }, [props.results]);
  const tiles = useRouteLoaderData<typeof rootLoader>("root")?.env.MAP_TILES ?? null;
  const [mapShown, setMapShown] = useState(false);
  const [selected, setSelected] = useState<MapSelection>(null);
  const items = useMemo(() => mapItems(props.results), [props.results]);
  const groups = NEED_CODES.map((need) => ({
    need,
    items: props.results.filter((r) => r.needs.includes(need)),
  })).filter((g) => g.items.length > 0);

  // A marker chosen on the map: highlight its service and move focus to it in the list.
  const onMarker = (slug: string) => {
    setSelected({ slug, coverage: "local" });
    const link = document.querySelector<HTMLElement>(`[data-slug="${slug}"] h4 a`);
    link?.focus({ preventScroll: true });
    link?.scrollIntoView({ block: "center" });
  };
  const cardMap = (r: MatchResult): CardMap | null => {
    if (!mapShown) return null;
    const rank = items.find((i) => i.slug === r.slug)?.rank ?? null;
    const showable = rank !== null || (r.coverage === "subdivision" && props.search.subdivision);
    return {
      rank,
      selected: selected?.slug === r.slug,
      onShow: showable ? () => setSelected({ slug: r.slug, coverage: r.coverage }) : null,
    };
  };
  const card = (r: MatchResult, headingId: string) => (
    <ResultCard result={r} headingId={headingId} referralIds={props.referralIds} map={cardMap(r)} />
  );

  return (
    <section aria-labelledby="results-heading" className="results-section">
      <h2 id="results-heading" tabIndex={-1} ref={headingRef}>
        {copy.search.resultsHeading(props.place)}{" "}
        <span className="count">({copy.search.total(props.results.length)})</span>
      </h2>
      <EmergencyNote numbers={props.emergency} />
      {hydrated ? (
        <p className="no-print">
          <button
            type="button"
            className="button button--secondary"
            aria-expanded={mapShown}
            onClick={() => setMapShown((v) => !v)}
          >
            {mapShown ? copy.map.hide : copy.map.show}
          </button>
        </p>
      ) : null}
      <div className={mapShown ? "results-layout results-layout--map" : "results-layout"}>
        {mapShown ? (
          <ResultsMapPanel search={props.search} items={items} selected={selected} onSelect={onMarker} tiles={tiles} />
        ) : null}
        <div className="results-layout__list">
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
          {props.more ? <MoreNearbyNote more={props.more} /> : null}
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
                  <li key={r.id}>{card(r, `${g.need}-${r.slug}`)}</li>
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
                  <li key={r.id}>{card(r, `net-${r.slug}`)}</li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
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
