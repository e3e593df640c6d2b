/** Domain errors carry a code and a sentence for the user; the cause goes to the log, never to the page. */
export type ErrorCode =
  | "validation" // the input did not parse
  | "unauthenticated" // nobody is signed in
  | "forbidden" // signed in, but without the right
  | "not_found" // no such thing, or not one the actor may see
  | "conflict" // breaks a "one per" rule or an invariant
  | "stale" // someone else changed it since it was loaded
  | "deadline" // too late (or too early)
  | "rate_limited" // too many attempts
  | "too_large"; // an upload or text over its limit

export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  stale: 409,
  deadline: 422,
  rate_limited: 429,
  too_large: 413,
};

export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const forbidden = (message = "You do not have permission to do this.") => new DomainError("forbidden", message);
export const notFound = (message = "We could not find what you were looking for.") =>
  new DomainError("not_found", message);
export const stale = (
  message = "Someone else changed this since you opened it. Reload to see their changes, then try again.",
) => new DomainError("stale", message);

/** Postgres unique-violation, whichever driver raised it. */
export function isUniqueViolation(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e === "object" && e !== null && "code" in e && (e as { code?: unknown }).code === "23505") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
