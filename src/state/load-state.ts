/**
 * Why a load failed: the request itself (`network`), the server's answer (`http`), its silence
 * (`silent`: no byte for the controller's time limit), or the body (`parse`). With `reason` ("HTTP 404 Not Found", "not valid JSON: …"), the host can word the
 * failure in its own language; `message` is the same in English, for developers.
 */
export type FailureStage = 'network' | 'http' | 'silent' | 'parse';

/** One file of `src` that could not be loaded or read. */
export interface FileFailure {
  /** The file's URL as `src` gives it. */
  url: string;
  message: string;
  stage: FailureStage;
  reason: string;
  httpStatus?: number;
}

/**
 * Where loading `src` stands; `url` is always `src` as the host gave it (one URL, or several
 * separated by white space). With several, `failures` lists each file that failed: beside the
 * others' events when some loaded (`loaded`), or alone when none did (`error`, whose own fields
 * are then the first failure's).
 */
export type SrcState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string; failures?: FileFailure[] }
  | ({ status: 'error'; failures?: FileFailure[] } & FileFailure);

/** Every file that failed in this state, in the order of `src`. */
export function failuresOf(state: SrcState): FileFailure[] {
  if (state.status === 'error') return state.failures ?? [state];
  return state.status === 'loaded' ? (state.failures ?? []) : [];
}
