// Types for generate-seco.js, so TypeScript tests can import it without allowJs.

/** `n` seeded designations as SECO's Swiss sanctions list XML text. */
export function generateSeco(n: number, seed?: number): string;
