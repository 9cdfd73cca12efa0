/** Byte-order marks, which name the encoding outright (and win over a declared charset). */
const MARKS: ReadonlyArray<readonly [readonly number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * A fetched body as text: in the encoding its byte-order mark names, else the `charset` of its
 * `Content-Type` (`text/csv; charset=windows-1251`, what Excel writes in Russian), else UTF-8.
 * Rejects, rather than show garbage, a body that is not UTF-8 and says nothing of its encoding,
 * and a charset no browser knows; the message says what to do.
 */
export function decodeBody(bytes: Uint8Array, contentType: string | null): string {
  const mark = MARKS.find(([marks]) => marks.every((byte, i) => bytes[i] === byte));
  const declared = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  const label = mark?.[1] ?? declared ?? 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: !mark && !declared });
  } catch {
    throw new Error(`its charset '${label}' is not one a browser can read`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error('it is not UTF-8 and names no charset: save it as UTF-8, or serve it with its charset (e.g. text/csv; charset=windows-1251)');
  }
}
