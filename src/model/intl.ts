/**
 * The one cache of `Intl` objects. Building a formatter costs far more than using one, and a
 * render asks for the same few on every frame of a zoom; keys are the locale and the options.
 */
const made = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>();

function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.PluralRules>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (!value) made.set(key, (value = make()));
  return value;
}

/** A date formatter; where the engine lacks offset time zones ("+03:00") it falls back to UTC. */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(`date|${locale ?? ''}|${JSON.stringify(options)}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    }
  });
}

/** A number formatter for the locale's digits and grouping. */
export function numberFormat(locale: string | undefined, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(`number|${locale ?? ''}|${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(locale, options));
}

/** The locale's plural rules (cardinal). */
export function pluralRules(locale: string | undefined): Intl.PluralRules {
  return cached(`plural|${locale ?? ''}`, () => new Intl.PluralRules(locale));
}
