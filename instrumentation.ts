// Runs once when a Next.js server starts: starts the background job worker in this process (lib/jobs).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startInProcessWorker } = await import("./lib/jobs/worker");
  // A server whose worker cannot start still serves pages; queued jobs wait for a worker that can.
  await startInProcessWorker().catch((error: Error) => console.error(`jobs: ${error.message}`));
}
