import { describe, expect, test } from "vitest";

import { subdivisionAncestors } from "~/lib/geo/iso";
import { parseMatchInput, type MatchInput } from "~/lib/match-request";
import { matchCandidates } from "~/lib/matching/match";
import { candidateFacts, candidateServiceIds, MAX_LOCAL_CANDIDATES } from "~/models/match-sql.server";
import { runMatch } from "~/models/match.server";

/**
 * runMatch loads only a few times the local services it shows and widens
 * when filters leave too few. Whatever it loaded, the local services it
 * shows must be the ones the matcher ranks first over every local service
 * there is: checked here against that plain, load-everything answer on the
 * shipped directory, for points in busy places and filters that leave
 * few.
 */

const NOW = new Date("2026-11-30T11:00:00Z");

const POINTS = {
  London: { lat: 51.51, lng: -0.13 },
  Birmingham: { lat: 52.48, lng: -1.9 },
  "New York": { lat: 40.71, lng: -74.01 },
  Toronto: { lat: 43.65, lng: -79.38 },
};

const FILTERS: Record<string, object> = {
  none: {},
  "legal help": { needs: ["legal-help"] },
  counselling: { needs: ["counselling"] },
  "for a child": { audience: "child" },
  "free and by phone": { freeOnly: true, delivery: ["phone"] },
  "in Polish": { language: "pl" },
};

function input(body: object): MatchInput {
  const parsed = parseMatchInput(body);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.value;
}

/** The slugs of every local match, best first, with every local candidate loaded. */
async function everyLocalMatch(i: MatchInput & { by: "point" }, country: string, subdivision: string | null) {
  const subdivisions = subdivision ? [subdivision, ...subdivisionAncestors(subdivision)] : [];
  const point = { lat: i.lat, lng: i.lng };
  const { ids, localComplete } = await candidateServiceIds({
    country,
    subdivisions,
    point,
    localWanted: MAX_LOCAL_CANDIDATES,
  });
  expect(localComplete).toBe(true);
  const facts = await candidateFacts(ids);
  const { needs, audience, language, freeOnly, delivery, openNow, radiusKm } = i;
  const matched = matchCandidates(
    facts,
    { country, subdivisions, point, needs, audience, language, freeOnly, delivery, openNow, radiusKm },
    NOW,
  );
  const slugOf = new Map(facts.map((f) => [f.id, f.slug]));
  return matched.filter((m) => m.coverage === "local").map((m) => slugOf.get(m.id)!);
}

describe("runMatch's local services", () => {
  test("are the nearest matches of all there are, for any local limit and filters that leave few", async () => {
    let widened = 0;
    for (const [place, point] of Object.entries(POINTS)) {
      for (const [label, filters] of Object.entries(FILTERS)) {
        for (const localLimit of [1, 2, 5]) {
          const i = input({ ...point, ...filters, localLimit });
          const out = await runMatch(i, NOW);
          if (out.status !== "resolved" || i.by !== "point") throw new Error(`${place} did not resolve`);
          const all = await everyLocalMatch(i, out.resolved.country, out.resolved.subdivision);
          const shown = out.results.filter((r) => r.coverage === "local").map((r) => r.slug);
          const name = `${place}, ${label}, localLimit ${localLimit}`;
          expect(shown, name).toEqual(all.slice(0, localLimit));
          expect(out.moreNearby, name).toBe(all.length > localLimit);
          // Counts the cases where a match lay beyond the first local services loaded.
          const firstLoad = localLimit * 3 + 1;
          if (all.length && shown.length === Math.min(localLimit, all.length)) {
            const { ids } = await candidateServiceIds({
              country: out.resolved.country,
              subdivisions: [],
              point,
              localWanted: firstLoad,
            });
            const firstIds = new Set(ids);
            if (out.results.some((r) => r.coverage === "local" && !firstIds.has(r.id))) widened++;
          }
        }
      }
    }
    // The filters really pushed some searches past their first load, so widening is tested.
    expect(widened).toBeGreaterThan(0);
  });
});
