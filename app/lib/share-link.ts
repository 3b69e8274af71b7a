/**
 * The shareable link for a search. It carries only the region (country and
 * subdivision codes) and the filters: never the text someone typed, never
 * coordinates. See ADR 005 for the trade-off.
 */
export function shareLink(
  region: { country: string; subdivision: string | null },
  f: {
    needs: readonly string[];
    audience: string | null;
    language: string | null;
    freeOnly: boolean;
    delivery: readonly string[];
    openNow: boolean;
  },
): string {
  const q = new URLSearchParams();
  q.set("country", region.country);
  if (region.subdivision) q.set("subdivision", region.subdivision);
  for (const n of f.needs) q.append("needs", n);
  if (f.audience) q.set("audience", f.audience);
  if (f.language) q.set("language", f.language);
  if (f.freeOnly) q.set("freeOnly", "on");
  for (const d of f.delivery) q.append("delivery", d);
  if (f.openNow) q.set("openNow", "on");
  return `/find?${q.toString()}`;
}
