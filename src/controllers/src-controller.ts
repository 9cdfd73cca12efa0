import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { excerpt } from '../model/excerpt.js';
import { unwrap } from '../model/unwrap.js';
import type { FailureStage, FileFailure, SrcState } from '../state/load-state.js';

/** What the host hears about a load; each is called once per finished (not superseded) load. */
export interface SrcCallbacks {
  /** The URL(s) the host wants loaded now (its `src`); read before every update, a new one loads. */
  src(): string;
  /** The body was fetched and parsed (the files' lists merged, when `src` names several); `data` is ready for `normalize()`, `url` is `src`. */
  loaded(data: unknown, url: string): void;
  /** A file failed; `message` is meant for people, `status` is the HTTP status; `partial` when other files loaded, whose events stay. */
  failed(detail: { message: string; url: string; status?: number }, partial: boolean): void;
}

/** One file of `src`: its parsed body, or why it failed; `{ url }` alone is still to be fetched. */
type FileLoad = { url: string; data: unknown } | { url: string; failure: FileFailure } | { url: string };
type Reader = Promise<typeof import('./src-reader.js')>;

/**
 * Fetches and parses the host's `src`: one URL, or several separated by white space, each read
 * by its own reader (JSON, TimelineJS, CSV, the sanctions lists: told apart by content type,
 * extension, then content) and their lists merged. What loaded is handed on even when other
 * files failed; each failure is said. Only the latest `load()` can land: an earlier fetch still in
 * flight is aborted and neither changes the state nor calls back. Re-renders the host at each change.
 */
export class SrcController implements ReactiveController {
  /** The current load's state, for the host's render. */
  state: SrcState = { status: 'idle' };
  /** Milliseconds without a byte (before the headers or between chunks) after which a file fails, with Retry. */
  silenceLimit = 20_000;
  private lastUrl = '';
  private inFlight?: AbortController;
  /**
   * The files of the last load while some failed and others loaded, so that Retry fetches only
   * the failed ones. The parsed lists are kept only then: at 10⁶ events they are hundreds of megabytes.
   */
  private kept?: FileLoad[];

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

  /** Loads `src` (its URLs relative to `document.baseURI`), superseding any load in flight; blank → idle. */
  load(src: string): void {
    this.abort();
    this.lastUrl = src;
    this.kept = undefined;
    const urls = src.split(/\s+/).filter(Boolean);
    this.setState(urls.length ? { status: 'loading', url: src } : { status: 'idle' });
    if (urls.length) void this.run(src, urls.map((url) => ({ url })));
  }

  /** Tries again, e.g. from a Retry button: the files that failed when others loaded, else all of `src`. */
  retry(): void {
    const kept = this.kept;
    if (!kept) return this.load(this.lastUrl);
    this.abort();
    void this.run(this.lastUrl, kept.map((file) => ('failure' in file ? { url: file.url } : file)));
  }

  private abort(): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  /** Fetches the files not yet loaded, all at once, then hands on what loaded and says what failed. */
  private async run(src: string, files: readonly FileLoad[]): Promise<void> {
    const controller = new AbortController();
    this.inFlight = controller;
    // The reader (decoding, format detection, parsing) is a chunk of its own, fetched meanwhile.
    const reader: Reader = import('./src-reader.js');
    const done = await Promise.all(files.map((file) => ('data' in file || 'failure' in file ? file : this.fetchFile(file.url, controller.signal, reader))));
    const loaded = done.filter((file): file is { url: string; data: unknown } => 'data' in file);
    const data = files.length > 1 && loaded.length ? (await reader).mergeFiles(loaded.map((file) => ({ ...unwrap(file.data), url: file.url }))) : loaded[0]?.data;
    // Superseded or disconnected: a newer load (or none) owns the state now.
    if (controller.signal.aborted) return;
    this.inFlight = undefined;
    const failures = done.flatMap((file) => ('failure' in file ? [file.failure] : []));
    this.kept = failures.length && loaded.length ? done : undefined;
    // The parsed body goes to the host and is not kept here (but see `kept`).
    if (loaded.length) this.setState(failures.length ? { status: 'loaded', url: src, failures } : { status: 'loaded', url: src });
    else this.setState(files.length > 1 ? { ...failures[0]!, status: 'error', url: src, failures } : { ...failures[0]!, status: 'error' });
    for (const { url, message, httpStatus } of failures) this.callbacks.failed(httpStatus === undefined ? { message, url } : { message, url, status: httpStatus }, loaded.length > 0);
    if (loaded.length) this.callbacks.loaded(data, src);
  }

  /** One file fetched and read, or why not; never rejects. A server that sends its headers and then stalls fails it after `silenceLimit`. */
  private async fetchFile(url: string, signal: AbortSignal, reader: Reader): Promise<FileLoad> {
    const own = new AbortController();
    signal.addEventListener('abort', () => own.abort());
    let silent = false;
    let timer = 0;
    const wait = () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        silent = true;
        own.abort();
      }, this.silenceLimit);
    };
    try {
      wait();
      const response = await fetch(new URL(url, document.baseURI), { signal: own.signal });
      // The headers are in: the reader, asked for with the request, has all but surely arrived.
      const read = await reader;
      if (!response.ok) return failed(url, 'http', read.httpReason(response), response.status);
      const bytes = await read.readAll(response, wait);
      clearTimeout(timer);
      try {
        return { url, data: await read.readBody(bytes, response.headers.get('content-type'), response.url || url) };
      } catch (error) {
        return failed(url, 'parse', (error as Error).message);
      }
    } catch {
      // An abort by a newer load is thrown away by `run`.
      return silent ? failed(url, 'silent', `no data arrived for ${this.silenceLimit / 1000} s`) : failed(url, 'network', 'the network request failed');
    } finally {
      clearTimeout(timer);
    }
  }

  private setState(state: SrcState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}

/** A file's failure, its reason cut short: a 2 MB line of the file must not become a 2 MB message (parsers quote what they read). */
function failed(url: string, stage: FailureStage, full: string, status?: number): FileLoad {
  const reason = excerpt(full, 300);
  const message = `${stage === 'parse' ? 'Could not read' : 'Could not load'} ${url}: ${reason}`;
  return { url, failure: status === undefined ? { url, message, stage, reason } : { url, message, stage, reason, httpStatus: status } };
}
