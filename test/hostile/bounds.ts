// The bounds every hostile case is held to.

/**
 * A bound against a hang, not a speed check: each case ends far inside it (most in under a second, node
 * start-up and the worker included), but the machine running the tests may be loaded, so the bound is
 * generous. How fast the reading is belongs to `npm run bench`.
 */
export const BOUND_MS = 45_000;
/** The conductor (the roadmap process itself) stays about as small as it starts (about 50 MB). */
export const CONDUCTOR_MB = 200;
