import { html, nothing, type TemplateResult } from 'lit';

/**
 * Each text in a `<bdi>` of its own, `separator` between them: a right-to-left mark or override
 * inside one value (U+202E at the end of an actor's name) cannot turn the values after it around.
 */
export function isolateEach(texts: ReadonlyArray<string | undefined>, separator = ', '): TemplateResult[] {
  return texts.filter((text): text is string => !!text).map((text, i) => html`${i ? separator : nothing}<bdi>${text}</bdi>`);
}
