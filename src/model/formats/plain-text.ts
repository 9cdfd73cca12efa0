import { readHtml } from './html-text.js';

/**
 * Plain text out of an HTML fragment on one line (TimelineJS slides carry HTML): tags dropped,
 * scripts and styles dropped with their content, entities decoded, white space folded. The
 * result is only ever rendered as text, never as markup. `readHtml` keeps paragraphs and links.
 */
export function plainText(value: unknown): string {
  if (typeof value !== 'string') return typeof value === 'number' ? String(value) : '';
  return readHtml(value).text.replace(/\s+/g, ' ').trim();
}
