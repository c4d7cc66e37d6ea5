/** "Did you mean" hints: the known values closest to a mistyped one. */
import { distance } from "fastest-levenshtein";

/** Up to `count` candidates nearest to `wanted`, nearest first; only those close enough to be a typo. */
export function closest(wanted: string, candidates: Iterable<string>, count = 3, limit = Math.max(3, Math.ceil(wanted.length / 2))): string[] {
  const scored: [string, number][] = [];
  for (const c of candidates) {
    let d = distance(wanted, c);
    if (c.includes(wanted) || wanted.includes(c)) d = Math.min(d, 1);
    if (d <= limit) scored.push([c, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, count).map(([c]) => c);
}
