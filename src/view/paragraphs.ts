import { html, nothing, type TemplateResult } from 'lit';

/**
 * Plain text as the paragraphs it was written in: a blank line between two is a new paragraph,
 * and a single line break stays one (the class's `white-space: pre-line`). Text, never markup.
 */
export function renderParagraphs(text: string | undefined, className: string): TemplateResult | typeof nothing {
  if (!text) return nothing;
  return html`<div class=${className}>${text.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph}</p>`)}</div>`;
}
