/** Thrown when an event type name is not in the @rapport/contracts registry. */
export class UnknownEventTypeError extends Error {
  override readonly name = 'UnknownEventTypeError';

  constructor(readonly typeName: string) {
    super(`Unknown event type "${typeName}": it is not registered in @rapport/contracts`);
  }
}

/** Thrown when bytes cannot be decoded as, or a message does not match, the named type. */
export class InvalidPayloadError extends Error {
  override readonly name = 'InvalidPayloadError';

  constructor(
    readonly typeName: string,
    detail: string,
    options?: { cause: unknown },
  ) {
    super(`Invalid payload for "${typeName}": ${detail}`, options);
  }
}
