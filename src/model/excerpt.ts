/** At most `max` characters of a text, for messages: a hostile value must not make them huge. */
export function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

/**
 * A value as a message quotes it: in quotes, cut to its first `max` characters and "…" (its length
 * after the quote) when longer, so a refused 1 MB value makes a short message.
 */
export function quoted(text: string, max = 40): string {
  return text.length > max ? `'${text.slice(0, max)}…' (${text.length} characters)` : `'${text}'`;
}
