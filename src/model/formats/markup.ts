/** Elements whose text is the title, in order of preference; otherwise the item's own text. */
const TITLE_SELECTOR = '[data-title], h1, h2, h3, h4, h5, h6, strong, b';

/**
 * Reads events written as plain HTML inside the tag — an `<ol>` or `<ul>` whose `<li>` each hold a
 * `<time datetime="…">` (a second `<time>` is the end), a title (a heading, `<strong>`, `<b>`,
 * `[data-title]`, or else the item's remaining text, links' words included), optional `<p>`
 * summary, `<a href>` sources and an `<img>` (in a `<figure>` with its `<figcaption>`) as media.
 * `data-id`/`id`, `data-category`, `data-group`, `data-actors` and `data-tags` (`;`-separated) are read too.
 * Only text and attribute values are read; nothing is ever parsed as HTML.
 */
export function fromMarkup(root: ParentNode): unknown[] {
  const items = root.querySelectorAll(':scope > ol > li, :scope > ul > li');
  return [...items].map(readItem);
}

function readItem(li: Element): Record<string, unknown> {
  const times = [...li.querySelectorAll('time')];
  const item: Record<string, unknown> = {};
  const set = (key: string, value: string | null | undefined) => {
    const text = value?.replace(/\s+/g, ' ').trim();
    if (text) item[key] = text;
  };
  set('id', li.getAttribute('data-id') ?? li.id);
  set('start', times[0] && dateOf(times[0]));
  set('end', times[1] && dateOf(times[1]));
  set('title', li.querySelector(TITLE_SELECTOR)?.textContent ?? remainingText(li));
  set('summary', [...li.querySelectorAll('p')].map((p) => p.textContent).join(' '));
  set('category', li.getAttribute('data-category'));
  set('group', li.getAttribute('data-group'));
  set('actors', li.getAttribute('data-actors'));
  set('tags', li.getAttribute('data-tags'));
  const sources = [...li.querySelectorAll('a[href]')].map((a) => ({
    url: resolveHref(a, 'href'),
    title: a.textContent?.replace(/\s+/g, ' ').trim() || undefined,
  }));
  if (sources.length) item.sources = sources;
  const image = li.querySelector('img[src]');
  if (image) {
    const caption = image.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    item.media = { url: resolveHref(image, 'src'), ...(image.getAttribute('alt') ? { alt: image.getAttribute('alt') } : {}), ...(caption ? { caption } : {}) };
  }
  return item;
}

function dateOf(time: Element): string {
  return time.getAttribute('datetime') ?? time.textContent ?? '';
}

/** Where the item's copies are made: a document without a browsing context, made once. */
let inert: Document | undefined;

/** A link, as it stands in the item's text while the title is worked out. */
const LINK = '\uE000\\d+\uE001';

/** One or more links, apart by commas, semicolons or spaces. */
const LINKS = `${LINK}(?:[\\s,;]+${LINK})*[\\s,;]*`;

/**
 * Links that close the sentence set apart, as citations: "… Act — <a>OFAC</a>", "… (<a>OFAC</a>)",
 * "… | <a>A</a>, <a>B</a>". Any other link is part of the sentence: "<a>Report</a> published".
 * Written so that no two parts can take the same characters: it cannot backtrack without end.
 */
const CITATIONS = new RegExp(`(?:\\(\\s*${LINKS}\\)|\\[\\s*${LINKS}\\]|[|·–—-]\\s*${LINKS})[\\s.]*$`);

/**
 * The item's text without its dates, summary paragraphs, pictures and trailing citations: what
 * is left is the title. A link inside the sentence keeps its words there ("Report published").
 */
function remainingText(li: Element): string {
  // The copy is made in a document of its own, which has no window: nothing in it loads, runs an
  // `onerror`, or constructs a custom element, however often the markup is read again.
  inert ??= li.ownerDocument.implementation.createHTMLDocument('');
  const copy = inert.importNode(li, true);
  copy.querySelectorAll('time, p, figure, img, cite, small, footer').forEach((node) => node.remove());
  const links = [...copy.querySelectorAll('a')];
  links.forEach((a, i) => a.replaceWith(`\uE000${i}\uE001`));
  const marked = copy.textContent ?? '';
  const words = (text: string) =>
    text.replace(/\uE000(\d+)\uE001/g, (_, i: string) => links[Number(i)]!.textContent ?? '').replace(/^[\s:–—-]+|[\s:–—-]+$/g, '');
  // A link that is all there is stays the title, even set apart by a dash.
  return words(marked.replace(CITATIONS, '')) || words(marked);
}

/** A link or image URL as written, resolved against the page so relative ones work; kept as written if invalid. */
function resolveHref(element: Element, attribute: 'href' | 'src'): string {
  const url = element.getAttribute(attribute)!;
  try {
    return new URL(url, element.ownerDocument.baseURI).href;
  } catch {
    return url;
  }
}
