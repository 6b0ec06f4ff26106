import type { Dispatcher } from 'undici';

/** A service's whole answer: status, headers as undici parsed them, the body's bytes. */
export interface UpstreamAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: Buffer;
}

/**
 * One request over a keep-alive dispatcher, its answer collected in memory. Through `dispatch`
 * and a handler rather than `request`: every forwarded call pays for `request`'s async resource,
 * its body stream and the stream's consumption, to end up with the same small Buffer (the
 * answers are JSON documents of a few kilobytes, and an Idempotency-Key keeps the whole answer).
 */
export function exchange(
  dispatcher: Dispatcher,
  options: Dispatcher.DispatchOptions,
): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    let status = 0;
    let headers: UpstreamAnswer['headers'] = {};
    const chunks: Buffer[] = [];
    dispatcher.dispatch(options, {
      // Its presence tells undici that this handler speaks the onResponse* interface.
      onRequestStart() {},
      onResponseStart(_controller, statusCode, responseHeaders) {
        status = statusCode;
        headers = responseHeaders;
      },
      onResponseData(_controller, chunk) {
        chunks.push(chunk);
      },
      onResponseEnd() {
        resolve({
          status,
          headers,
          body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks),
        });
      },
      onResponseError(_controller, error) {
        reject(error);
      },
    });
  });
}
