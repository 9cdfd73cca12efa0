import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineQuote } from '../model/types.js';

/** An event's quotation with its attribution, as a `<figure>` of class `className` (panel, print). */
export function renderQuote(quote: TimelineQuote | undefined, className: string): TemplateResult | typeof nothing {
  if (!quote) return nothing;
  return html`<figure class=${className}>
    <blockquote>${quote.text}</blockquote>
    ${quote.by ? html`<figcaption>— <bdi>${quote.by}</bdi></figcaption>` : nothing}
  </figure>`;
}
