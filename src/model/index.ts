export * from './timeframe.js';
export * from './diagnostic.js';
export * from './roadmap.js';
export * from './check-model.js';
