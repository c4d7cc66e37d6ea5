/**
 * A small seeded pseudo-random generator, so that a synthetic archive is the same, byte for byte, for
 * the same seed on every machine. Never `Math.random`.
 */

/**
 * mulberry32: a 32-bit generator by Tommy Ettinger, fast and good enough for test data (not for
 * anything secret). Returns a function giving floats in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draws numbers, choices and coin flips from one seeded stream. */
export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    if (list.length === 0) throw new Error("pick from an empty list");
    return list[Math.floor(this.next() * list.length)]!;
  }
  /** One element, favouring the start of the list (Zipf-like: a few are chosen often, most rarely). */
  pickSkewed<T>(list: readonly T[], skew = 1.6): T {
    if (list.length === 0) throw new Error("pick from an empty list");
    return list[Math.floor(Math.pow(this.next(), skew) * list.length)]!;
  }
  /** One key of a table of weights. */
  weighted<K extends string>(weights: { readonly [key in K]: number }): K {
    const entries = Object.entries(weights) as [K, number][];
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [key, w] of entries) {
      r -= w;
      if (r < 0) return key;
    }
    return entries[entries.length - 1]![0];
  }
  /** A new list with the elements in random order (Fisher–Yates). */
  shuffle<T>(list: readonly T[]): T[] {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
}
