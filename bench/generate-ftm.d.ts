// Types for generate-ftm.js, so TypeScript tests can import it without allowJs.

/** `n` seeded designations with their targets, as FollowTheMoney JSON lines in the flat export shape. */
export function generateFtm(n: number, seed?: number): string;
