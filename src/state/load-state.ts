/**
 * Why a load failed: the request itself (`network`), the server's answer (`http`), its silence
 * (`silent`: no byte for the controller's time limit), or the body (`parse`). With `reason` ("HTTP 404 Not Found", "not valid JSON: …"), the host can word the
 * failure in its own language; `message` is the same in English, for developers.
 */
export type FailureStage = 'network' | 'http' | 'silent' | 'parse';

/** Where loading `src` stands; `url` is always the URL as the host gave it. */
export type SrcState =
  | { status: 'idle' }
  | { status: 'loading'; url: string }
  | { status: 'loaded'; url: string }
  | { status: 'error'; url: string; message: string; stage: FailureStage; reason: string; httpStatus?: number };

