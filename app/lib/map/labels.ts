/**
 * Which place labels to draw so none overlap: biggest places first (the
 * input order), each kept only if its box misses every box already kept.
 * Widths are estimated from the name's length; close enough for 12px text.
 */
export type LabelBox = { x: number; y: number; text: string };

export function declutter<T extends LabelBox>(labels: readonly T[], charPx = 6.5, heightPx = 14, gapPx = 4): T[] {
  const kept: { l: T; x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const l of labels) {
    const box = {
      l,
      x0: l.x - gapPx,
      x1: l.x + l.text.length * charPx + gapPx,
      y0: l.y - heightPx - gapPx,
      y1: l.y + gapPx,
    };
    if (!kept.some((k) => box.x0 < k.x1 && k.x0 < box.x1 && box.y0 < k.y1 && k.y0 < box.y1)) kept.push(box);
  }
  return kept.map((k) => k.l);
}
