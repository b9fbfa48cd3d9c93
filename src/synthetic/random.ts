/**
 * A small seeded PRNG (mulberry32) with the draws the generator needs. Every synthetic graph is
 * a pure function of its scale and seed, so runs, tests and benchmarks see the same graph.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(list: readonly T[]): T {
    const item = list[Math.floor(this.next() * list.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** `count` distinct elements of `list` (all of them when it is shorter). */
  sample<T>(list: readonly T[], count: number): T[] {
    if (count >= list.length) return [...list];
    const chosen = new Set<number>();
    while (chosen.size < count) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].map((i) => list[i] as T);
  }
}

/**
 * Draws indexes in [0, n) with Zipf-like skew (index 0 most often): real cooperation graphs
 * have a few hubs that take part in a large share of programs and employ many people.
 */
export class SkewedPicker {
  private readonly cumulative: Float64Array;

  constructor(n: number, exponent: number) {
    this.cumulative = new Float64Array(n);
    let total = 0;
    for (let i = 0; i < n; i += 1) {
      total += 1 / Math.pow(i + 1, exponent);
      this.cumulative[i] = total;
    }
    for (let i = 0; i < n; i += 1) this.cumulative[i] = (this.cumulative[i] ?? 0) / total;
  }

  /** One index, drawn with `random`. */
  draw(random: Random): number {
    const x = random.next();
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] ?? 1) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
