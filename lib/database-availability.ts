// Whether this process can reach PostgreSQL right now, so that proxy.ts can answer "Sorry, the service is
// unavailable" (503) at once while the database is away, instead of letting every page try, wait and fail.
//
// One watcher connection per process is the judge. It is held open and asked `SELECT 1` every couple of seconds:
// a server that shuts down tells every connected client at once (FATAL 57P01), so the watcher hears of a stop the
// moment it happens, and the heartbeat catches a database that went silent (a network fault) within ten
// seconds. While the database is away the watcher tries to reconnect every half second, and the first success
// lets requests through again: the portal recovers by itself, with no restart.
//
// Failed queries elsewhere do not mark the database away: a pool that is merely busy (every connection in use
// under load) also fails queries, and that must not turn the whole site off.
//
// The state lives on globalThis: proxy.ts and the app's route handlers are bundled separately but run in one
// process, and they must agree. It is this process's view only; every instance watches for itself.
import pg from "pg";

/** How often the held connection is asked whether the database still answers. */
const HEARTBEAT_EVERY_MS = 2_000;
/**
 * How long a heartbeat or a connection attempt may go unanswered before the database counts as away. A stopped
 * database says so at once (the connection is ended, or refused); silence is what a network fault looks like, but
 * also what a starved machine looks like, which must not turn the site off: so as long as lib/db.ts lets a query
 * wait for a connection.
 */
const ANSWER_WITHIN_MS = 10_000;
/** How soon a lost watcher tries again: the bound on how late the portal notices the database is back. */
const RECONNECT_EVERY_MS = 500;

interface DatabaseWatch {
  available: boolean;
  started: boolean;
}

const globalForWatch = globalThis as unknown as { databaseWatch?: DatabaseWatch };

function watchState(): DatabaseWatch {
  globalForWatch.databaseWatch ??= { available: true, started: false };
  return globalForWatch.databaseWatch;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Holds one connection until it is lost: resolves when the server ends it, it errors, or a heartbeat goes
 * unanswered. Throws when it cannot connect at all.
 */
async function holdConnection(connectionString: string, state: DatabaseWatch): Promise<void> {
  const client = new pg.Client({
    connectionString,
    connectionTimeoutMillis: ANSWER_WITHIN_MS,
    keepAlive: true,
    application_name: "database-availability",
  });
  let markLost: () => void = () => {};
  const lost = new Promise<"lost">((resolve) => (markLost = () => resolve("lost")));
  // Without a listener an 'error' event would crash the process.
  client.on("error", markLost);
  client.on("end", markLost);
  try {
    await client.connect();
  } catch (error) {
    void client.end().catch(() => {});
    throw error;
  }
  state.available = true;
  try {
    for (;;) {
      const heartbeat = await Promise.race([
        client.query("SELECT 1").then(
          () => "answered" as const,
          () => "failed" as const,
        ),
        lost,
        sleep(ANSWER_WITHIN_MS).then(() => "silent" as const),
      ]);
      if (heartbeat !== "answered") return;
      if ((await Promise.race([lost, sleep(HEARTBEAT_EVERY_MS).then(() => "due" as const)])) === "lost") return;
    }
  } finally {
    // Not awaited: a connection to a silent server may take minutes to close.
    void client.end().catch(() => {});
  }
}

async function watch(connectionString: string, state: DatabaseWatch): Promise<void> {
  for (;;) {
    try {
      await holdConnection(connectionString, state);
    } catch {
      // Could not connect: the database is away; try again shortly.
    }
    state.available = false;
    await sleep(RECONNECT_EVERY_MS);
  }
}

/**
 * Whether the database answered at the last look (true until the watcher has learned otherwise, so a server
 * starting up serves as usual). The first call in a process starts the watcher.
 */
export function isDatabaseAvailable(): boolean {
  const state = watchState();
  if (!state.started) {
    const connectionString = process.env.DATABASE_URL;
    // Nothing to watch (a request then fails with its own error); and never during `next build`, which runs
    // instrumentation.ts too, and whose workers would not exit while the watcher holds its connection.
    if (!connectionString || process.env.NEXT_PHASE === "phase-production-build") return true;
    state.started = true;
    void watch(connectionString, state);
  }
  return state.available;
}
