/** A small seeded PRNG (mulberry32) and the draws the generator needs. */

/** Returns a function giving floats in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Draw helpers over one random source. */
export function createRandom(seed) {
  const next = mulberry32(seed);
  const random = {
    next,
    /** true with probability p. */
    chance: (p) => next() < p,
    /** An integer in [min, max]. */
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    /** One element, uniformly. */
    pick: (list) => list[Math.floor(next() * list.length)],
    /** One value of a [value, weight][] list, in proportion to the weights. */
    weighted: (entries) => {
      let total = 0;
      for (const [, w] of entries) total += w;
      let r = next() * total;
      for (const [value, w] of entries) {
        r -= w;
        if (r < 0) return value;
      }
      return entries[entries.length - 1][0];
    },
    /** `count` distinct elements of `list`, in the list's own order (as a form lists checked options). */
    some: (list, count) => {
      const chosen = new Set();
      const wanted = Math.min(count, list.length);
      while (chosen.size < wanted) chosen.add(Math.floor(next() * list.length));
      return [...chosen].sort((a, b) => a - b).map((i) => list[i]);
    },
  };
  return random;
}
