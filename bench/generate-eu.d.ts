// Types for generate-eu.js, so TypeScript tests can import it without allowJs.

/** `n` seeded designations as the EU's Financial Sanctions Files XML text. */
export function generateEuFsf(n: number, seed?: number): string;
