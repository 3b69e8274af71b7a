import { Form, Link } from "@remix-run/react";

import { copy } from "~/copy";

import { ReferralField } from "./add-to-referral";
import { HiddenFilters, type FilterValues } from "./search-filters";

/**
 * Asking again for more local services. From the search page it posts the
 * same search (the place as the gazetteer's id, a rounded point or region
 * codes, never the typed text); from a shared link it is a link with the
 * region and filters, like the shared link itself (ADR 005).
 */
export type MoreNearby = {
  localShown: number;
  next: number;
  /** True when the search has a point, so local services are ordered by distance. */
  nearest: boolean;
} & ({ href: string } | { where: Record<string, string>; filters: FilterValues; referralIds: readonly string[] });

export function MoreNearbyNote({ more }: { more: MoreNearby }) {
  const step = more.next - more.localShown;
  const label = more.nearest ? copy.search.showMoreNearby(step) : copy.search.showMoreTowns(step);
  return (
    <div className="more-nearby">
      <p>{more.nearest ? copy.search.nearestShown(more.localShown) : copy.search.townsShown(more.localShown)}</p>
      {"href" in more ? (
        <p>
          <Link replace to={more.href} className="button button--secondary">
            {label}
          </Link>
        </p>
      ) : (
        <Form replace method="post">
          {Object.entries(more.where).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <HiddenFilters values={more.filters} />
          <ReferralField serverIds={more.referralIds} />
          <button type="submit" className="button button--secondary" name="localLimit" value={more.next}>
            {label}
          </button>
        </Form>
      )}
    </div>
  );
}
