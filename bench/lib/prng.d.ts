// Types for the tests, which share the bench's seeded PRNG (tsconfig has no allowJs).

/** Returns a function giving floats in [0, 1), the same sequence for the same seed. */
export function mulberry32(seed: number): () => number;
