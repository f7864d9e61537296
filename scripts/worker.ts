// npm run worker — the background job worker on its own, for deployments that run workers apart from the
// web servers (set JOBS_IN_PROCESS=off on those). Any number may run against one database. Stops cleanly on
// SIGTERM or Ctrl-C: it takes no new job and waits up to 10 s for the one in hand. Each worker also watches the
// schedules (the 07:00 daily email digest); pg-boss turns a schedule into one job however many workers watch it.
import { missingProductionSettings } from "../lib/config";
import { startWorker } from "../lib/jobs/worker";

async function main() {
  if (!process.env.DATABASE_URL) {
    console.error("DATABASE_URL is not set.");
    process.exit(2);
  }
  // The worker sends the mail, so production needs the same settings as the web servers.
  const missing = missingProductionSettings(process.env);
  if (missing.length > 0) {
    console.error(`The worker cannot start in production:\n- ${missing.join("\n- ")}`);
    process.exit(2);
  }
  const worker = await startWorker();
  console.log("jobs: the worker is running; Ctrl-C stops it");
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    worker.stop().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(`jobs: ${error.message}`);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
