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
    dispatcher.dispatch(options, new AnswerCollector(resolve, reject));
  });
}

/**
 * The handler: one object per call whose methods live on the prototype, rather than a literal
 * of five closures and the variables they share.
 */
class AnswerCollector implements Dispatcher.DispatchHandler {
  private status = 0;
  private headers: UpstreamAnswer['headers'] = {};
  private readonly chunks: Buffer[] = [];

  constructor(
    private readonly resolve: (answer: UpstreamAnswer) => void,
    private readonly reject: (error: Error) => void,
  ) {}

  // Its presence tells undici that this handler speaks the onResponse* interface.
  onRequestStart(): void {}

  onResponseStart(
    _controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: UpstreamAnswer['headers'],
  ): void {
    this.status = statusCode;
    this.headers = headers;
  }

  onResponseData(_controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.chunks.push(chunk);
  }

  onResponseEnd(): void {
    const chunks = this.chunks;
    this.resolve({
      status: this.status,
      headers: this.headers,
      body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks),
    });
  }

  onResponseError(_controller: Dispatcher.DispatchController, error: Error): void {
    this.reject(error);
  }
}
