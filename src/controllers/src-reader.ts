/**
 * What `SrcController` loads on demand, in a chunk of its own fetched while the first request is
 * in flight: reading a response's body, its format and reader (see read-body.ts), and merging the
 * lists of several files. Pages that never use `src` never fetch it.
 */
export { readBody } from '../model/formats/read-body.js';
export { mergeFiles } from '../model/formats/merge-lists.js';

/** Reason phrases for when the response has none (HTTP/2 sends no status text). */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** "HTTP 404 Not Found": the status and its reason phrase, the response's own or the standard one. */
export function httpReason(response: Response): string {
  const phrase = response.statusText || STATUS_TEXT[response.status] || '';
  return `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`;
}

/** The whole body as bytes, calling `progress` at each chunk (the silence timer restarts). */
export async function readAll(response: Response, progress: () => void): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    chunks.push(read.value);
    length += read.value.length;
    progress();
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}
