// How many live-signal streams (app/api/events/[id]/signals) one server process holds open at once. Each is an
// open connection and a listener, so without a bound a script could open them until the process runs out of
// sockets or memory and every page it serves slows with it. Over the bound the stream is refused with a 503 and the
// page keeps itself current by polling (components/events/live-refresh.tsx), so a person loses nothing they need.
// The bound is the process's own capacity, so it is counted in the process (not shared): each instance behind a
// balancer brings its own.
const DEFAULT_STREAMS_PER_INSTANCE = 2_000;

let open = 0;

export function streamsPerInstance(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.EVENT_STREAMS_PER_INSTANCE);
  return Number.isSafeInteger(value) && value > 0 ? value : DEFAULT_STREAMS_PER_INSTANCE;
}

/** A place for one more stream, as its release (safe to call more than once); null when the process is full. */
export function takeStreamSlot(): (() => void) | null {
  if (open >= streamsPerInstance()) return null;
  open += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    open -= 1;
  };
}

/** Streams open in this process now. */
export function openStreamCount(): number {
  return open;
}
