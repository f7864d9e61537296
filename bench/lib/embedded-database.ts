// The database a bench (or `npm run seed:large`) runs against, set up one way for all of them:
//   - DATABASE_URL set: that database, as it is (the demo seed then needs SEED_DEMO_DATA=yes, see
//     scripts/lib/demo-database.ts);
//   - --keep=<dir> (or --keep <dir>): an embedded PostgreSQL kept in <dir> (outside the repo), with its password in
//     <dir>/password, so data generated once is reused by later runs;
//   - otherwise: a throwaway embedded PostgreSQL in a temp folder, removed at stop.
// A cluster created here is marked as a demo database, so the demo seed may fill it.
import { execFileSync } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { markDemoDatabase } from "../../scripts/lib/demo-database";
import { PROJECT_ROOT, randomPassword, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { applyMigrations } from "../../scripts/lib/migrations";

export interface BenchDatabase {
  /** Connection string of the database to use (`postgres` in an embedded cluster). */
  url: string;
  /** The kept folder, when --keep was given and DATABASE_URL was not. */
  keepDir: string | undefined;
  /** True when the cluster was created by this run (nothing in it yet). */
  created: boolean;
  /** Reads a mark left in the kept folder by an earlier run (null when none, or not kept). */
  readMark(name: string): Promise<string | null>;
  /** Leaves a mark in the kept folder (nothing when not kept), e.g. "these data are generated". */
  writeMark(name: string, value: string): Promise<void>;
  stop(): Promise<void>;
}

export interface BenchDatabaseOptions {
  keep?: string;
  /** Server settings for an embedded cluster (ignored for DATABASE_URL), e.g. shared_preload_libraries. */
  settings?: Record<string, string>;
}

/** The value of `--name=value` or `--name value` in argv; undefined when absent. */
export function readFlag(name: string, argv: readonly string[] = process.argv): string | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
    if (arg === `--${name}`) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) throw new Error(`--${name} needs a value`);
      return next;
    }
  }
  return undefined;
}

/** `--keep <dir>` / `--keep=<dir>`, resolved to an absolute path. */
export function keepFlag(argv: readonly string[] = process.argv): string | undefined {
  const dir = readFlag("keep", argv);
  return dir === undefined ? undefined : path.resolve(dir);
}

const exists = (file: string) =>
  fs.access(file).then(
    () => true,
    () => false,
  );

export async function openBenchDatabase(options: BenchDatabaseOptions = {}): Promise<BenchDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) {
    return {
      url: given,
      keepDir: undefined,
      created: false,
      readMark: async () => null,
      writeMark: async () => {},
      stop: async () => {},
    };
  }

  const keepDir = options.keep;
  // The server runs as `postgres` when we are root: it must be able to enter the folder.
  const dir = keepDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), "mse-bench-")));
  await fs.mkdir(dir, { recursive: true });
  await fs.chmod(dir, 0o755);
  const passwordFile = path.join(dir, "password");
  const kept = keepDir !== undefined;
  const storedPassword = kept ? await fs.readFile(passwordFile, "utf8").catch(() => null) : null;
  const created = !(kept && storedPassword !== null && (await exists(path.join(dir, "data", "PG_VERSION"))));
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    persistent: kept,
    password: storedPassword ?? randomPassword(),
    settings: options.settings,
  });
  const url = pg.url();
  if (kept && storedPassword === null) {
    // The cluster was initialised with the password just drawn: keep it for the next run.
    await fs.writeFile(passwordFile, new URL(url).password, { mode: 0o600 });
  }
  if (created) await markDemoDatabase(url);
  const markFile = (name: string) => path.join(dir, `mark-${name}`);
  return {
    url,
    keepDir,
    created,
    readMark: async (name) => (kept ? await fs.readFile(markFile(name), "utf8").catch(() => null) : null),
    writeMark: async (name, value) => {
      if (kept) await fs.writeFile(markFile(name), value);
    },
    stop: async () => {
      await pg.stop();
      if (!kept) await fs.rm(dir, { recursive: true, force: true });
    },
  };
}

/** Applies the migrations, then loads the demo seed (prisma/seed.ts) into `url`. */
export async function migrateAndSeed(url: string): Promise<void> {
  await applyMigrations(url);
  execFileSync("npx", ["tsx", "prisma/seed.ts"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: "development" },
    stdio: "inherit",
  });
}
