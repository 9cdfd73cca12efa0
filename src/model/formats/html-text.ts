/**
 * The HTML 4 entity names of Latin-1 (U+00A0–U+00FF), in code-point order: `nbsp` is U+00A0,
 * `iexcl` U+00A1, … `yuml` U+00FF. Editors write accented letters this way (`&eacute;`).
 */
const LATIN_1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

/** The other named entities editors use: markup, typographic quotes, dashes and spaces, symbols. */
const OTHERS: Record<string, number> = {
  amp: 38, lt: 60, gt: 62, quot: 34, apos: 39, OElig: 338, oelig: 339, Scaron: 352, scaron: 353, Yuml: 376, fnof: 402,
  circ: 710, tilde: 732, ensp: 8194, emsp: 8195, thinsp: 8201, zwnj: 8204, zwj: 8205, lrm: 8206, rlm: 8207,
  ndash: 8211, mdash: 8212, lsquo: 8216, rsquo: 8217, sbquo: 8218, ldquo: 8220, rdquo: 8221, bdquo: 8222,
  dagger: 8224, Dagger: 8225, bull: 8226, hellip: 8230, permil: 8240, prime: 8242, Prime: 8243, lsaquo: 8249,
  rsaquo: 8250, euro: 8364, trade: 8482, larr: 8592, rarr: 8594, minus: 8722,
};

let entities: Map<string, number> | undefined;

/** The character an entity stands for (`amp`, `eacute`, `#8212`, `#x41`), or undefined if unknown. */
function decodeEntity(name: string): string | undefined {
  if (name[0] === '#') {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  entities ??= new Map([...LATIN_1.split(' ').map((key, i): [string, number] => [key, 0xa0 + i]), ...Object.entries(OTHERS)]);
  // Names are case-sensitive (&Eacute; is not &eacute;); the markup ones are also met in capitals.
  const code = entities.get(name) ?? entities.get(name.toLowerCase());
  return code === undefined ? undefined : String.fromCodePoint(code);
}

/** Text with its character references decoded once (`&amp;lt;` is the text `&lt;`); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
}

/** A link met in HTML: the `href` as written (entities decoded) and the words it was written around. */
export interface HtmlLink {
  href: string;
  text: string;
}

/** A quotation met in HTML. */
export interface HtmlQuote {
  text: string;
  by?: string;
}

/** What an HTML fragment says, as text: never as markup. */
export interface HtmlText {
  /** The words, white space folded; paragraphs apart by a blank line, line breaks and list items by a line break. */
  text: string;
  /** Each `<a href>`, in reading order. */
  links: HtmlLink[];
  /**
   * What embed code points at, best first: an `<iframe>`'s `src`, a `<blockquote>`'s `cite` or
   * `data-instgrm-permalink`, then the last link (a tweet's own link closes its blockquote).
   */
  embeds: string[];
  /** Each `<blockquote>`: its words and, when it ends with "— Name … <a>date</a>" as embed code does, who. */
  quotes: HtmlQuote[];
}

/** Elements that start a new paragraph, and ones that start a new line. */
const PARAGRAPH = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'table', 'section', 'article', 'header', 'footer', 'figure', 'pre', 'hr', 'dl']);
const LINE = new Set(['br', 'li', 'tr', 'dt', 'dd', 'figcaption', 'caption']);
/** Elements whose content is code or fallback, not prose: skipped with their content. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'textarea', 'select', 'title', 'head']);

/** A tag's name (after `<` or `</`) and the rest of it, its attributes. */
const TAG = /^(\/?)([a-zA-Z][^\s/>]*)([\s\S]*)$/;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** Marks for a line break and a paragraph break while text is gathered: private-use characters. */
const BREAK = '\uE000';
const PARAGRAPH_BREAK = '\uE001';

/** The attributes of a tag, names lower-cased and values decoded. */
function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const [, name, ...values] of source.matchAll(ATTRIBUTE)) {
    attributes.set(name!.toLowerCase(), decodeEntities(values.find((value) => value !== undefined) ?? ''));
  }
  return attributes;
}

/**
 * Where the tag opened at `from` (its `<`) ends: the first `>` that is not inside a quoted attribute
 * value, or -1 when the text ends first. One pass, so hostile text costs its length, never more.
 */
function tagEnd(html: string, from: number): number {
  let quote = '';
  let afterEquals = false;
  for (let at = from + 1; at < html.length; at++) {
    const c = html[at]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '>') {
      return at;
    } else if ((c === '"' || c === "'") && afterEquals) {
      quote = c;
    }
    if (c !== ' ' && c !== '\t' && c !== '\n' && c !== '\r' && c !== '\f') afterEquals = !quote && c === '=';
  }
  return -1;
}

/**
 * Reads an HTML fragment (TimelineJS slides, titles and captions carry HTML) the way a reader
 * sees it: the words with their paragraphs and line breaks, the links, and where embed code points.
 * A small tokenizer, not a DOM: nothing is ever parsed into a document or run, scripts and styles
 * are dropped with their content, and the result is only ever rendered as text. It reads each
 * character once (hostile markup cannot make it slow), and a tag cut off at the end is dropped,
 * as a browser drops it.
 */
export function readHtml(html: string): HtmlText {
  const out: string[] = [];
  const links: HtmlLink[] = [];
  const embeds: string[] = [];
  const quotes: HtmlQuote[] = [];
  /** Where the open link's and the outermost open blockquote's text start in `out`. */
  let link: { href: string; from: number } | undefined;
  let quoteDepth = 0;
  let quoteFrom = 0;
  const lists: Array<{ ordered: boolean; n: number }> = [];
  let lower: string | undefined;
  const text = (from: number) => finish(out.slice(from).join(''));
  const addText = (raw: string) => {
    if (raw) out.push(decodeEntities(raw).replace(/[\uE000\uE001]/g, '').replace(/[ \t\n\r\f]+/g, ' '));
  };
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    addText(html.slice(at, open));
    // Comments, CDATA, doctypes and processing instructions are not text.
    const special = html.startsWith('<!--', open) ? '-->' : html.startsWith('<![CDATA[', open) ? ']]>' : /^<[!?]/.test(html.slice(open, open + 2)) ? '>' : '';
    if (special) {
      const close = html.indexOf(special, open + 2);
      at = close < 0 ? html.length : close + special.length;
      continue;
    }
    const tag = TAG.exec(html.slice(open + 1, open + 2) === '/' ? html.slice(open + 1, open + 3) : html.slice(open + 1, open + 2));
    if (!tag) {
      // A "<" that starts no tag ("a < b") is text.
      addText('<');
      at = open + 1;
      continue;
    }
    const end = tagEnd(html, open);
    if (end < 0) break;
    at = end + 1;
    const [, slash, rawName, rest] = TAG.exec(html.slice(open + 1, end))!;
    const name = rawName!.toLowerCase();
    const closing = slash === '/';
    const attributes = closing ? undefined : attributesOf(rest!);
    if (SKIPPED.has(name)) {
      if (name === 'iframe' && attributes?.get('src')) embeds.push(attributes.get('src')!);
      // Code and fallback content are skipped to the closing tag (a self-closed <svg/> has none).
      if (!closing && !rest!.trimEnd().endsWith('/')) {
        // ASCII letters only, as HTML matches tag names: a full lower-casing changes the length
        // ('İ' becomes two code units), and every cut after it would land that far off.
        lower ??= html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase());
        const close = lower.indexOf(`</${name}`, at);
        at = close < 0 ? html.length : close;
      }
      continue;
    }
    if (PARAGRAPH.has(name)) out.push(PARAGRAPH_BREAK);
    else if (LINE.has(name)) out.push(BREAK);
    if (name === 'ul' || name === 'ol') {
      if (closing) lists.pop();
      else lists.push({ ordered: name === 'ol', n: 0 });
    } else if (name === 'li' && !closing && lists.length > 0) {
      const list = lists[lists.length - 1]!;
      out.push(list.ordered ? `${++list.n}. ` : '• ');
    } else if (name === 'a') {
      if (link && closing) links.push({ href: link.href, text: text(link.from) });
      link = !closing && attributes!.get('href')?.trim() ? { href: attributes!.get('href')!.trim(), from: out.length } : undefined;
    } else if (name === 'blockquote') {
      if (!closing) {
        if (quoteDepth++ === 0) quoteFrom = out.length;
        const cite = attributes!.get('cite') || attributes!.get('data-instgrm-permalink');
        if (cite) embeds.push(cite);
      } else if (quoteDepth > 0 && --quoteDepth === 0) {
        // Only the outermost quotation is read: nesting cannot make the work grow.
        quotes.push(quoteText(out, quoteFrom, links));
      }
    }
  }
  if (at < html.length && html.indexOf('<', at) < 0) addText(html.slice(at));
  const last = links.at(-1);
  if (last) embeds.push(last.href);
  return { text: text(0), links, embeds, quotes };
}

/**
 * A blockquote's words. Embed code ends the quote with a line "— Author (@handle) <a href=…>date</a>":
 * that line says who, without its link's words (the date), not what.
 */
function quoteText(out: string[], from: number, links: readonly HtmlLink[]): HtmlQuote {
  const whole = finish(out.slice(from).join(''));
  const last = links.at(-1);
  const cut = whole.lastIndexOf('\n');
  if (!last || cut < 0 || !whole.endsWith(last.text)) return { text: whole };
  const by = whole.slice(cut + 1, whole.length - last.text.length).replace(/^[\s—–-]+|\s+$/g, '');
  const text = whole.slice(0, cut).trim();
  return by ? { text, by } : { text };
}

/** Markers to text: a paragraph break as a blank line, a break as a line break; lines trimmed. */
function finish(marked: string): string {
  return marked
    .split(PARAGRAPH_BREAK)
    .map((paragraph) =>
      paragraph
        .split(BREAK)
        // Text on both sides of a dropped element ("said <iframe…></iframe> then") meets with one space.
        .map((line) => line.replace(/ {2,}/g, ' ').trim())
        .filter(Boolean)
        .join('\n'),
    )
    .filter(Boolean)
    .join('\n\n');
}
