// The bounds every hostile case is held to.

/** Each case ends well inside this (most in under a second), node start-up and the worker included. */
export const BOUND_MS = 5000;
/** The conductor (the roadmap process itself) stays about as small as it starts (about 50 MB). */
export const CONDUCTOR_MB = 200;
