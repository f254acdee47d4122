// A request the service declines, with the reason for the user; server.ts maps it to a ResponseError.

export type FailureKind = 'invalidRequest' | 'invalidParams' | 'cancelled';

export class RequestFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    message: string,
  ) {
    super(message);
  }
}
