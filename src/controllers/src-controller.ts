import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { excerpt } from '../model/excerpt.js';
import type { FailureStage, SrcState } from '../state/load-state.js';

/** What the host hears about a load; each is called once per finished (not superseded) load. */
export interface SrcCallbacks {
  /** The URL the host wants loaded now (its `src`); read before every update, a new one loads. */
  src(): string;
  /** The body was fetched and parsed; `data` is ready for `normalize()`. */
  loaded(data: unknown, url: string): void;
  /** The fetch or the parse failed; `message` is meant for people, `status` is the HTTP status. */
  failed(detail: { message: string; url: string; status?: number }): void;
}

/** Reason phrases for when the response has none (HTTP/2 sends no status text). */
const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * Fetches and parses the host's `src` (JSON, TimelineJS3 JSON or CSV, told apart by content type,
 * extension, then content). Only the latest `load()` can land: an earlier fetch still in flight
 * is aborted and neither changes the state nor calls back. Re-renders the host at each change.
 */
export class SrcController implements ReactiveController {
  /** The current load's state, for the host's render. */
  state: SrcState = { status: 'idle' };
  /** Milliseconds without a byte (before the headers or between chunks) after which a load fails, with Retry. */
  silenceLimit = 20_000;
  private lastUrl = '';
  private inFlight?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: SrcCallbacks,
  ) {
    host.addController(this);
  }

  /** Loads the host's `src` when it differs from the last one asked for. */
  hostUpdate(): void {
    const url = this.callbacks.src();
    if (url !== this.lastUrl) this.load(url);
  }

  /** A load cut off by disconnecting is started again when the host comes back. */
  hostConnected(): void {
    if (this.state.status === 'loading' && !this.inFlight) this.load(this.state.url);
  }

  /** Aborts the fetch in flight: a detached element should not keep the network busy. */
  hostDisconnected(): void {
    this.abort();
  }

  /** Loads `url` (relative to `document.baseURI`), superseding any load in flight; `''` → idle. */
  load(url: string): void {
    this.abort();
    this.lastUrl = url;
    if (!url) {
      this.setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    this.inFlight = controller;
    this.setState({ status: 'loading', url });
    void this.fetchAndParse(url, controller);
  }

  /** Loads the last URL again, e.g. from a "Try again" button after an error. */
  retry(): void {
    this.load(this.lastUrl);
  }

  private abort(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private async fetchAndParse(url: string, controller: AbortController): Promise<void> {
    const { signal } = controller;
    // A server that sends its headers and then stalls must not leave "Loading events…" forever.
    let silent = false;
    let timer = 0;
    const wait = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        silent = this.inFlight === controller;
        controller.abort();
      }, this.silenceLimit);
    };
    // The reader (decoding, format detection, parsing) is a chunk of its own, fetched meanwhile.
    const reader = import('../model/formats/read-body.js');
    let bytes: Uint8Array;
    let response: Response;
    try {
      wait();
      response = await fetch(new URL(url, document.baseURI), { signal });
      if (!response.ok) {
        if (signal.aborted) return;
        const phrase = response.statusText || STATUS_TEXT[response.status] || '';
        this.fail(url, 'http', `HTTP ${response.status}${phrase ? ` ${phrase}` : ''}`, response.status);
        return;
      }
      bytes = await readAll(response, wait);
    } catch {
      // Superseded or disconnected: a newer load (or none) owns the state now.
      if (silent) this.fail(url, 'silent', `no data arrived for ${this.silenceLimit / 1000} s`);
      else if (!signal.aborted) this.fail(url, 'network', 'the network request failed');
      return;
    } finally {
      clearTimeout(timer);
    }
    if (signal.aborted) return;
    let data: unknown;
    try {
      data = await (await reader).readBody(bytes, response.headers.get('content-type'), response.url || url);
    } catch (error) {
      if (!signal.aborted) this.fail(url, 'parse', (error as Error).message);
      return;
    }
    // Reading may have waited for a reader to load: a newer load owns the state now.
    if (signal.aborted) return;
    this.inFlight = undefined;
    // The parsed body goes to the host and is not kept here: at 10⁶ events it is hundreds of megabytes.
    this.setState({ status: 'loaded', url });
    this.callbacks.loaded(data, url);
  }

  private fail(url: string, stage: FailureStage, full: string, status?: number): void {
    this.inFlight = undefined;
    // A 2 MB line of the file must not become a 2 MB message: parsers quote what they read.
    const reason = excerpt(full, 300);
    const message = `${stage === 'parse' ? 'Could not read' : 'Could not load'} ${url}: ${reason}`;
    const state = { status: 'error', url, message, stage, reason } as const;
    this.setState(status === undefined ? state : { ...state, httpStatus: status });
    this.callbacks.failed(status === undefined ? { message, url } : { message, url, status });
  }

  private setState(state: SrcState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/** The whole body as bytes, calling `progress` at each chunk (the silence timer restarts). */
async function readAll(response: Response, progress: () => void): Promise<Uint8Array> {
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
