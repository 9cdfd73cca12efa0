/** What the opening of an XML body says: its root element's local name and namespace, and the text read. */
export interface XmlRoot {
  name: string;
  namespace: string;
  /** The first few kilobytes of the body, where the first records are. */
  head: string;
}

/** The declaration, comments, processing instructions, a DOCTYPE and white space before the root element. */
const PROLOG = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/;
/** The root element's start tag: prefix, local name and attributes (quoted values may hold `>`). */
const START_TAG = /^<(?:([A-Za-z_][\w.-]*):)?([A-Za-z_][\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;

/**
 * The root element of an XML body, from its first 8 KB (a byte-order mark and the prolog
 * skipped), without parsing the whole: `undefined` when the body does not open with an element.
 * The namespace is the one its prefix (or the default `xmlns`) is bound to on the root itself.
 */
export function xmlRoot(body: string): XmlRoot | undefined {
  const head = body.slice(0, 8192).replace(/^\uFEFF/, '');
  const rest = head.slice(PROLOG.exec(head)![0].length);
  const tag = START_TAG.exec(rest);
  if (!tag) return undefined;
  const [, prefix, name, attributes] = tag;
  const declaration = prefix ? `xmlns:${prefix.replace(/\./g, '\\.')}` : 'xmlns';
  const namespace = new RegExp(`\\s${declaration}\\s*=\\s*(["'])(.*?)\\1`).exec(attributes!)?.[2] ?? '';
  return { name: name!, namespace, head: rest };
}
