import type { Params } from "@sgp/shared";

/** A refusal with a stable code: a refused command, a refused join, an unreachable server. */
export class CodedError extends Error {
  constructor(
    readonly code: string,
    readonly params: Params = {},
    message = code,
  ) {
    super(message);
  }
}

/** The server throws join refusals as `[code] localized message`; anything else is a network failure. */
export function joinRefusal(error: unknown): CodedError {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^\[([\w.]+)\]\s*([\s\S]*)$/.exec(message);
  return match ? new CodedError(match[1], {}, match[2]) : new CodedError("network", {}, message);
}
