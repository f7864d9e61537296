// npm run dev — the portal at http://localhost:3000 with demo data.
// Without DATABASE_URL: an embedded PostgreSQL whose data persists between runs, migrated and seeded once.
// With DATABASE_URL: that server, and none is started. Ctrl-C stops everything this started.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, createHash } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { assertReachable, describeDatabase } from "./lib/database-url";
import {
  isReachableByOtherUsers,
  PROJECT_ROOT,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "./lib/embedded-postgres";
import { markDemoDatabase } from "./lib/demo-database";
import { applyMigrations } from "./lib/migrations";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Where the development database lives: in the project, unless the server's user (as root: `postgres`) cannot reach it. */
async function stateDirectory(): Promise<string> {
  const inProject = path.join(PROJECT_ROOT, ".data");
  if (!isRoot || (await isReachableByOtherUsers(PROJECT_ROOT))) return inProject;
  const hash = createHash("sha256").update(PROJECT_ROOT).digest("hex").slice(0, 12);
  return path.join("/var/tmp", `my-smarter-essex-${hash}`);
}

async function readOrCreateSecrets(dir: string): Promise<{ dbPassword: string; authSecret: string }> {
  const file = path.join(dir, "secrets.json");
  try {
    return JSON.parse(await fs.readFile(file, "utf8"));
  } catch {
    const secrets = {
      dbPassword: randomBytes(18).toString("base64url"),
      authSecret: randomBytes(32).toString("base64url"),
    };
    await fs.mkdir(dir, { recursive: true, mode: 0o755 });
    await fs.writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
    return secrets;
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "inherit", env, cwd: PROJECT_ROOT });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

function isGroupAlive(groupId: number): boolean {
  try {
    process.kill(-groupId, 0);
    return true;
  } catch {
    return false;
  }
}

let postgres: RunningPostgres | undefined;
let next: ChildProcess | undefined;
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  // next dev runs in its own process group (detached) so that the whole group, workers included, stops.
  if (next?.pid && next.exitCode === null) {
    try {
      process.kill(-next.pid, "SIGTERM");
    } catch {
      // already gone
    }
    // Wait (up to 5 s) for the whole group to end, so that the job worker lets go of the database first.
    for (let waited = 0; waited < 5000 && isGroupAlive(next.pid); waited += 100)
      await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await postgres?.stop().catch(() => {});
  process.exit(code);
}

async function main() {
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  const env: NodeJS.ProcessEnv = { ...process.env };
  if (env.DATABASE_URL) {
    await assertReachable(env.DATABASE_URL);
    console.log(`Using the database at ${describeDatabase(env.DATABASE_URL)}.`);
  } else {
    const dir = await stateDirectory();
    const secrets = await readOrCreateSecrets(dir);
    const dataDir = path.join(dir, "postgres");
    console.log(`Starting the embedded PostgreSQL; its data is kept in ${dataDir}`);
    postgres = await startEmbeddedPostgres({ dataDir, persistent: true, password: secrets.dbPassword });
    env.DATABASE_URL = postgres.url("postgres");
    // This database is ours: the demo seed may fill it (and no other, unless told: scripts/lib/demo-database.ts).
    await markDemoDatabase(env.DATABASE_URL);
    env.AUTH_SECRET ??= secrets.authSecret;
  }
  env.AUTH_SECRET ??= "development-only-secret-set-AUTH_SECRET-in-production";
  env.AUTH_TRUST_HOST ??= "true";

  await applyMigrations(env.DATABASE_URL, (line) => console.log(`migrate: ${line}`));
  const seedCode = await run("npx", ["tsx", "prisma/seed.ts", "--if-empty"], env);
  if (seedCode !== 0) return stop(seedCode);

  const nextBin = path.join(PROJECT_ROOT, "node_modules", ".bin", "next");
  next = spawn(nextBin, ["dev", "--port", env.PORT ?? "3000"], {
    stdio: "inherit",
    env,
    cwd: PROJECT_ROOT,
    detached: true,
  });
  next.on("exit", (code) => void stop(code ?? 0));
}

main().catch((error: Error) => {
  console.error(error.message);
  void stop(1);
});
