// Types for generate-uk.js, so TypeScript tests can import it without allowJs.

/** `n` seeded designations as the UK Sanctions List XML text. */
export function generateUkSanctions(n: number, seed?: number): string;
