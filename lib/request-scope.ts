// What the code handling one request knows about it beyond its arguments: the request id (set by proxy.ts on
// every request, so an audit row, a security event and a logged error can be matched up) and the last
// permission a service checked (so a refusal can be recorded with the action's name). Held in
// AsyncLocalStorage, which follows the request through every await, and per process only for the request's
// lifetime: nothing here is state shared between instances.
import { AsyncLocalStorage } from "node:async_hooks";

/** The header proxy.ts sets on each request (and sends back), naming it in logs and records. */
export const REQUEST_ID_HEADER = "x-request-id";

interface RequestScope {
  requestId: string | null;
  /** The last action whose permission was checked in this scope (lib/auth/permissions.ts). */
  checkedAction: string | null;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Runs `work` inside a scope for one request; `requestId` null where the request carried none. */
export function runInRequestScope<T>(requestId: string | null, work: () => Promise<T>): Promise<T> {
  return storage.run({ requestId, checkedAction: null }, work);
}

/** The id of the request being handled; null outside one (jobs, scripts, tests that set none). */
export function currentRequestId(): string | null {
  return storage.getStore()?.requestId ?? null;
}

/** Called by requirePermission: the action a refusal in this request is about. */
export function noteCheckedAction(action: string): void {
  const scope = storage.getStore();
  if (scope) scope.checkedAction = action;
}

/** The action whose permission was checked last in this request, if any. */
export function lastCheckedAction(): string | null {
  return storage.getStore()?.checkedAction ?? null;
}

/** A request id from a header: kept only when it looks like one of ours (a UUID), so nothing else is stored. */
export function requestIdFrom(value: string | null | undefined): string | null {
  return value && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) ? value : null;
}
