/** At most `max` characters of a text, for messages: a hostile value must not make them huge. */
export function excerpt(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}
