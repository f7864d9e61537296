// Runs once when a Next.js server starts: starts the background job worker in this process (lib/jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // Production refuses to start without its mail server, public address and session key (lib/config.ts).
  // A thrown error here would only be logged while the server went on serving, so stop the process.
  const { assertProductionSettings } = await import("./lib/config");
  try {
    assertProductionSettings();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  // Starts watching the database now, so that proxy.ts knows whether it answers before the first request.
  const { isDatabaseAvailable } = await import("./lib/database-availability");
  isDatabaseAvailable();
  const { startInProcessWorker } = await import("./lib/jobs/worker");
  // A server whose worker cannot start still serves pages; queued jobs wait for a worker that can.
  await startInProcessWorker().catch((error: Error) => console.error(`jobs: ${error.message}`));
}
