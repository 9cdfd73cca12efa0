/** Elements whose text is the title, in order of preference; otherwise the item's own text. */
const TITLE_SELECTOR = '[data-title], h1, h2, h3, h4, h5, h6, strong, b';

/**
 * Reads events written as plain HTML inside the tag — an `<ol>` or `<ul>` whose `<li>` each hold a
 * `<time datetime="…">` (a second `<time>` is the end), a title (a heading, `<strong>`, `<b>`,
 * `[data-title]`, or else the item's remaining text), optional `<p>` summary and `<a href>` sources.
 * `data-id`/`id`, `data-category`, `data-actors` and `data-tags` (`;`-separated) are read too.
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
  set('actors', li.getAttribute('data-actors'));
  set('tags', li.getAttribute('data-tags'));
  const sources = [...li.querySelectorAll('a[href]')].map((a) => ({
    url: resolveHref(a),
    title: a.textContent?.replace(/\s+/g, ' ').trim() || undefined,
  }));
  if (sources.length) item.sources = sources;
  return item;
}

function dateOf(time: Element): string {
  return time.getAttribute('datetime') ?? time.textContent ?? '';
}

/** The item's text without its dates, summary paragraphs and links: what is left is the title. */
function remainingText(li: Element): string {
  const copy = li.cloneNode(true) as Element;
  copy.querySelectorAll('time, p, a').forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/^[\s:–—-]+|[\s:–—-]+$/g, '');
}

/** The link as written, resolved against the page so relative links work; kept as written if invalid. */
function resolveHref(a: Element): string {
  const href = a.getAttribute('href')!;
  try {
    return new URL(href, a.ownerDocument.baseURI).href;
  } catch {
    return href;
  }
}
