/**
 * A streaming reader of XML text for the big official lists (the EU's 25 MB, OFAC's 120 MB): it
 * goes through the text once and hands each element at a chosen depth (a record) to a callback as
 * a small tree of plain objects, then forgets it, so memory holds one record at a time. The
 * browser's `DOMParser` builds the whole document first: measured at 6–10 MB/s here, 12 s for
 * 100,000 EU records (72 MB), this reads them in about one.
 *
 * Only text comes out, never markup. What is checked is what a reader needs to trust the text:
 * every start tag is closed by its own end tag, attributes are quoted, `&` starts one of XML's
 * five entities or a character reference, there is one root element. A DOCTYPE is skipped and
 * its entities are not expanded (a reference to one is an error). Namespaces are not resolved:
 * elements are known by their local name, as the readers match them; the namespace of the root
 * is checked where a list is detected (xml-root.ts). Linear in the length of the text: each
 * character is looked at a bounded number of times.
 */

/** An element of a record: its local name, attributes (by local name), child elements and text. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The element's own text (CDATA included), entities decoded; its children's text is theirs. */
  text: string;
}

/** What `scanXml` reports: the root element (without children), and each element at `depth` (the root is depth 0) once it is closed. */
export interface XmlHandlers {
  root?(root: XmlElement): void;
  /** A complete element at the chosen depth; `parent` is the local name of the element that holds it. */
  element(element: XmlElement, parent: string): void;
}

const NAME = /[^\s/>=!?<]+/y;
const START_TAG = /([^\s/>=!?<"']+)((?:\s+[^\s/>=<"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /\/([^\s/>=!?<"']+)\s*>/y;
const ATTRIBUTE = /([^\s/>=<"']+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([A-Za-z][\w.-]*))?;?/g;
const ENTITIES: ReadonlyMap<string, string> = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

/** A malformed document: the message says where (line) and what. */
class XmlError extends Error {}

/**
 * Reads `text` as XML, calling `handlers.root` with the root element and `handlers.element` with
 * every element at `depth` below it, in document order. Throws an `Error` "not valid XML: line N:
 * …" at the first fault. Elements shallower than `depth` (other than the root) are not reported.
 */
export function scanXml(text: string, depth: number, handlers: XmlHandlers): void {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    scan(source, depth, handlers);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw new Error(`not valid XML: ${error.message}`);
  }
}

interface Frame {
  name: string;
  /** The element being built (at `depth` or deeper), else undefined. */
  element?: XmlElement;
}

function scan(text: string, depth: number, handlers: XmlHandlers): void {
  const stack: Frame[] = [];
  let rootSeen = false;
  let at = 0;
  const fail = (where: number, what: string): never => {
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < where; i = text.indexOf('\n', i + 1)) line++;
    throw new XmlError(`line ${line}: ${what}`);
  };
  const addText = (from: number, to: number): void => {
    if (from >= to) return;
    const top = stack[stack.length - 1];
    if (!top) {
      if (/\S/.test(text.slice(from, to))) fail(from, 'text outside the root element');
      return;
    }
    // Decoded above the records too: a stray '&' there is as malformed as inside one.
    const decoded = decode(text.slice(from, to), from, fail);
    if (top.element) top.element.text += decoded;
  };
  while (at < text.length) {
    const open = text.indexOf('<', at);
    if (open < 0) {
      addText(at, text.length);
      break;
    }
    addText(at, open);
    const next = text.charCodeAt(open + 1);
    if (next === 0x21 /* ! */) {
      if (text.startsWith('<!--', open)) at = after(text, '-->', open + 4, fail, 'a comment is not closed');
      else if (text.startsWith('<![CDATA[', open)) {
        const end = text.indexOf(']]>', open + 9);
        if (end < 0) fail(open, 'a CDATA section is not closed');
        const top = stack[stack.length - 1];
        if (!top) fail(open, 'CDATA outside the root element');
        if (top!.element) top!.element.text += text.slice(open + 9, end);
        at = end + 3;
      } else if (text.startsWith('<!DOCTYPE', open) && !rootSeen) at = skipDoctype(text, open, fail);
      else fail(open, 'a markup declaration that is not a comment, CDATA or DOCTYPE');
      continue;
    }
    if (next === 0x3f /* ? */) {
      at = after(text, '?>', open + 2, fail, 'a processing instruction is not closed');
      continue;
    }
    if (next === 0x2f /* / */) {
      END_TAG.lastIndex = open + 1;
      const end = END_TAG.exec(text);
      if (!end) fail(open, 'a malformed end tag');
      const frame = stack.pop();
      if (!frame || frame.name !== end![1]) fail(open, `</${end![1]}> closes ${frame ? `<${frame.name}>` : 'nothing'}`);
      close(frame!, stack, depth, handlers);
      at = END_TAG.lastIndex;
      continue;
    }
    START_TAG.lastIndex = open + 1;
    const tag = START_TAG.exec(text);
    if (!tag) {
      NAME.lastIndex = open + 1;
      fail(open, NAME.test(text) ? 'a malformed start tag (attributes must be name="value")' : "a '<' that starts no tag");
    }
    const [, qualified, attributeText, selfClosing] = tag!;
    if (!stack.length && rootSeen) fail(open, 'a second root element');
    const element: XmlElement = { name: localName(qualified!), attributes: readAttributes(attributeText!, open, fail), children: [], text: '' };
    const level = stack.length;
    if (level === 0) {
      rootSeen = true;
      handlers.root?.(element);
    }
    // Build the element when it is a record or inside one; above, only its name is kept.
    const frame: Frame = { name: qualified!, ...(level >= depth ? { element } : {}) };
    if (level > depth) stack[stack.length - 1]!.element!.children.push(element);
    if (selfClosing) close(frame, stack, depth, handlers);
    else stack.push(frame);
    at = START_TAG.lastIndex;
  }
  if (stack.length) fail(text.length, `<${stack[stack.length - 1]!.name}> is not closed`);
  if (!rootSeen) fail(0, 'no root element');
}

/** A closed element: handed over when it is a record (its parent is at `depth - 1`). */
function close(frame: Frame, stack: readonly Frame[], depth: number, handlers: XmlHandlers): void {
  if (stack.length === depth && frame.element && depth > 0) handlers.element(frame.element, localName(stack[stack.length - 1]!.name));
}

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

function readAttributes(text: string, at: number, fail: (where: number, what: string) => never): Map<string, string> {
  const attributes = new Map<string, string>();
  if (!text) return attributes;
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match; match = ATTRIBUTE.exec(text)) {
    const name = localName(match[1]!);
    // Namespace declarations are not data.
    if (match[1] === 'xmlns' || match[1]!.startsWith('xmlns:')) continue;
    attributes.set(name, decode(match[2] ?? match[3] ?? '', at, fail));
  }
  return attributes;
}

/** Text with XML's five entities and character references decoded; any other `&` is an error. */
function decode(text: string, at: number, fail: (where: number, what: string) => never): string {
  if (!text.includes('&')) return text;
  REFERENCE.lastIndex = 0;
  return text.replace(REFERENCE, (whole, hex: string | undefined, decimal: string | undefined, name: string | undefined) => {
    if (!whole.endsWith(';')) fail(at, `'${whole}' is not an entity reference ('&' must be written '&amp;')`);
    if (name) return ENTITIES.get(name) ?? fail(at, `the entity '&${name};' is not defined`);
    const code = hex ? parseInt(hex, 16) : decimal ? parseInt(decimal, 10) : NaN;
    if (!(code >= 0x9 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) fail(at, `'${whole}' is not a character`);
    return String.fromCodePoint(code);
  });
}

/** The index after `end`, searched from `from`; fails when there is none. */
function after(text: string, end: string, from: number, fail: (where: number, what: string) => never, what: string): number {
  const found = text.indexOf(end, from);
  if (found < 0) fail(from, what);
  return found + end.length;
}

/** Past a DOCTYPE, its internal subset (between `[` and `]`) included; its declarations are not read. */
function skipDoctype(text: string, open: number, fail: (where: number, what: string) => never): number {
  const bracket = text.indexOf('[', open);
  const close = text.indexOf('>', open);
  if (close < 0) fail(open, 'the DOCTYPE is not closed');
  if (bracket < 0 || bracket > close) return close + 1;
  return after(text, '>', after(text, ']', bracket, fail, 'the DOCTYPE is not closed'), fail, 'the DOCTYPE is not closed');
}
