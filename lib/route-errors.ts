// How route handlers answer a refusal or a failure: one mapping from domain errors to HTTP statuses, each
// with a JSON body `{ error }` a person can read. Unexpected errors are logged under a reference and
// answered without their text (never a stack or SQL).
import { unstable_rethrow } from "next/navigation";
import {
  Conflict,
  DomainError,
  Forbidden,
  NotFound,
  RateLimited,
  Unauthenticated,
  reportUnexpected,
} from "@/lib/errors";
import { isDatabaseUnreachable } from "@/lib/db-errors";
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_MESSAGE } from "@/lib/service-unavailable";

export interface ErrorResponseOptions {
  /**
   * Answer a refusal as "not found", where saying "forbidden" would tell a stranger that the thing exists
   * (someone else's hidden question, say).
   */
  concealForbidden?: boolean;
}

function answer(status: number, message: string, headers: Record<string, string> = {}): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

export function errorResponse(error: unknown, options: ErrorResponseOptions = {}): Response {
  unstable_rethrow(error); // Next's redirect and not-found signals are not errors
  if (error instanceof Unauthenticated) return answer(401, error.message);
  if (error instanceof Forbidden)
    return options.concealForbidden ? answer(404, new NotFound().message) : answer(403, error.message);
  if (error instanceof NotFound) return answer(404, error.message);
  if (error instanceof Conflict) return answer(409, error.message);
  if (error instanceof RateLimited)
    return answer(429, error.message, { "Retry-After": String(Math.max(1, Math.ceil(error.retryAfterSeconds))) });
  if (error instanceof DomainError) return answer(400, error.message); // Invalid: input that breaks a rule
  // The database went away during this request (proxy.ts turns later ones away before they start).
  if (isDatabaseUnreachable(error))
    return answer(503, SERVICE_UNAVAILABLE_MESSAGE, { "Retry-After": String(RETRY_AFTER_SECONDS) });
  return answer(500, reportUnexpected(error));
}

/** Wraps a route handler so that whatever it throws is answered through errorResponse. */
export function withErrorResponses<Args extends unknown[]>(
  handler: (...args: Args) => Promise<Response>,
  options: ErrorResponseOptions = {},
) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      return errorResponse(error, options);
    }
  };
}
