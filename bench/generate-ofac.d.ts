// Types for generate-ofac.js, so TypeScript tests can import it without allowJs.

/** `n` seeded designations as OFAC's SDN advanced XML text. */
export function generateOfacAdvanced(n: number, seed?: number): string;
