/**
 * Label placement shared by the charts: keep labels from overlapping by
 * dropping the least important ones. (Widths come from TextContext.)
 */

export interface LabelCandidate {
  /** Preferred centre. */
  readonly x: number;
  readonly width: number;
  /** Higher is placed first and never dropped for a lower one. */
  readonly priority: number;
}

/**
 * Places labels centred on their x, shifted to stay inside [min, max], in
 * priority order; a label that would overlap one already placed (with `gap`
 * px between) is dropped. Returns each label's left edge, or null if dropped.
 */
export function placeLabels(labels: readonly LabelCandidate[], min: number, max: number, gap = 6): (number | null)[] {
  const order = labels.map((_, i) => i).sort((a, b) => labels[b]!.priority - labels[a]!.priority || a - b);
  const placed: [number, number][] = [];
  const result: (number | null)[] = labels.map(() => null);
  for (const i of order) {
    const { x, width } = labels[i]!;
    if (width > max - min) continue;
    const left = Math.max(min, Math.min(max - width, x - width / 2));
    const right = left + width;
    if (placed.some(([l, r]) => left < r + gap && right > l - gap)) continue;
    placed.push([left, right]);
    result[i] = left;
  }
  return result;
}
