/** The canonical form of a BCP 47 tag, or undefined when it is empty or not a valid tag. */
export function validLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * The first of `candidates` that is a valid BCP 47 tag, canonicalized; "en" when none is. A
 * mistyped `locale` or `lang` must not make `Intl` throw: it falls through to the next choice.
 */
export function pickLocale(...candidates: ReadonlyArray<string | null | undefined>): string {
  for (const candidate of candidates) {
    const locale = validLocale(candidate);
    if (locale) return locale;
  }
  return 'en';
}
