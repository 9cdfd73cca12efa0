import { decodeBody } from './decode.js';
import { detectFormat, parseBody } from './detect.js';

/**
 * A fetched body made input for `normalize()`: decoded (byte-order mark, charset, else UTF-8),
 * its format told (content type, extension, content) and parsed. Rejects with an `Error` whose
 * message says what is wrong with the file. Loaded on demand, by pages that use `src`.
 */
export async function readBody(bytes: Uint8Array, contentType: string | null, url: string): Promise<unknown> {
  const body = decodeBody(bytes, contentType);
  return parseBody(body, detectFormat(contentType, url, body));
}
