// Two `next start` servers of the production build against one embedded PostgreSQL, behind a round-robin proxy:
// the portal as it runs past one process, small enough to start inside a test. The database can be stopped and
// started again on the same port and data folder, to see how the servers behave while it is away.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createWriteStream, promises as fs } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { hash } from "@node-rs/argon2";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { recreateDatabase, withDatabase } from "@/scripts/lib/database-url";
import {
  freePort,
  PROJECT_ROOT,
  randomPassword,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "@/scripts/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/lib/migrations";
import { productionServerEnv } from "@/scripts/lib/production-server";

/** The response header the proxy adds to say which server answered (its index). */
export const SERVED_BY_HEADER = "x-served-by";
/** Over plain http next-auth's session cookie has no prefix (lib/auth/auth.ts). */
const SESSION_COOKIE = "authjs.session-token";
export const PASSWORD = "correct horse battery staple 17";

export interface Citizen {
  id: string;
  email: string;
  /** A `Cookie` header value for a session of this person, valid on every server. */
  cookie: string;
}

export interface PortalPair {
  /** The proxy, which hands requests to the servers in turn. */
  url: string;
  /** Each server directly. */
  servers: string[];
  databaseUrl: string;
  citizens: Citizen[];
  questionIds: string[];
  /** Runs SQL on the portal's database (a fresh connection each time, so it works across a restart). */
  query<Row extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<Row[]>;
  stopDatabase(): Promise<void>;
  startDatabase(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitForHealth(base: string, within: number): Promise<void> {
  const deadline = Date.now() + within;
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(250);
  }
  throw new Error(`${base} did not answer /api/health within ${within / 1000} s`);
}

/** Hands each request to the next server in turn, unchanged (Host included), and says which one answered. */
function roundRobinProxy(servers: { port: number }[]): http.Server {
  let next = 0;
  return http.createServer((request, response) => {
    const index = next++ % servers.length;
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: servers[index]!.port,
        method: request.method,
        path: request.url,
        headers: request.headers,
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, [SERVED_BY_HEADER]: String(index) });
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502, { [SERVED_BY_HEADER]: String(index) });
      response.end();
    });
    request.pipe(upstream);
  });
}

async function runSql<Row extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/**
 * People and questions, written straight to the database: `citizenCount` verified adults, each with an open
 * session and its cookie, the first with a password; `questionCount` approved open questions.
 */
async function seed(url: string, authSecret: string, citizenCount: number, questionCount: number) {
  const passwordHash = await hash(PASSWORD);
  const citizens: Citizen[] = [];
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let n = 0; n < citizenCount; n++) {
      const id = randomUUID();
      const email = `system-${n}-${id.slice(0, 8)}@example.com`;
      await client.query(
        `INSERT INTO "user" (id, email, email_verified_at, display_name, age_band, password_hash, updated_at)
         VALUES ($1, $2, now(), $3, 'age_25_44', $4, now())`,
        [id, email, `Resident ${n}`, n === 0 ? passwordHash : null],
      );
      const sessionId = randomUUID();
      await client.query(`INSERT INTO session (id, user_id) VALUES ($1, $2)`, [sessionId, id]);
      // What lib/auth/auth.ts's jwt callback puts in the token: the user, the session version and the session row.
      const token = await encode({
        token: { sub: id, sv: 0, sid: sessionId },
        secret: authSecret,
        salt: SESSION_COOKIE,
      });
      citizens.push({ id, email, cookie: `${SESSION_COOKIE}=${token}` });
    }
    const questionIds: string[] = [];
    for (let n = 0; n < questionCount; n++) {
      const id = randomUUID();
      await client.query(
        `INSERT INTO question (id, title, body, author_id, moderation, status, published_at, updated_at)
         VALUES ($1, $2, $3, $4, 'approved', 'open', now(), now())`,
        [
          id,
          `How will smart street lights in district ${n} save energy?`,
          "I would like to know more.",
          citizens[0]!.id,
        ],
      );
      questionIds.push(id);
    }
    return { citizens, questionIds };
  } finally {
    await client.end();
  }
}

export async function startPortalPair(options: { citizens: number; questions: number }): Promise<PortalPair> {
  const tempDir = await fs.mkdtemp(path.join(os.tmpdir(), "mse-system-"));
  await fs.chmod(tempDir, 0o755); // the database server runs as `postgres` when we are root
  const dataDir = path.join(tempDir, "data");
  const password = randomPassword();
  const databasePort = await freePort();
  // Persistent: the data must survive a stop and start; the folder goes with the temp dir at the end.
  const startDatabase = () => startEmbeddedPostgres({ dataDir, port: databasePort, password, persistent: true });
  let postgres: RunningPostgres | undefined = await startDatabase();
  const children: ChildProcess[] = [];
  let proxy: http.Server | undefined;

  const close = async () => {
    await new Promise<void>((resolve) => (proxy ? proxy.close(() => resolve()) : resolve()));
    for (const child of children) {
      try {
        if (child.pid) process.kill(-child.pid, "SIGTERM"); // the server's own process group
      } catch {
        // already gone
      }
    }
    await Promise.all(
      children.map((child) =>
        child.exitCode !== null || child.signalCode !== null
          ? Promise.resolve()
          : new Promise((resolve) => child.once("exit", resolve)),
      ),
    );
    await postgres?.stop().catch(() => {});
    postgres = undefined;
    await fs.rm(tempDir, { recursive: true, force: true }).catch(() => {});
  };

  try {
    const databaseUrl = withDatabase(postgres.url("postgres"), "mse_system");
    await recreateDatabase(postgres.url("postgres"), "mse_system");
    await applyMigrations(databaseUrl);
    const authSecret = randomBytes(32).toString("base64url");
    const { citizens, questionIds } = await seed(databaseUrl, authSecret, options.citizens, options.questions);

    const proxyPort = await freePort();
    const url = `http://127.0.0.1:${proxyPort}`;
    const ports: number[] = [];
    while (ports.length < 2) {
      const port = await freePort();
      if (port !== proxyPort && !ports.includes(port)) ports.push(port);
    }
    const logDir = path.join(PROJECT_ROOT, "test-results", "system");
    await fs.mkdir(logDir, { recursive: true });
    for (const [index, port] of ports.entries()) {
      const env: NodeJS.ProcessEnv = {
        ...productionServerEnv({ ...process.env, AUTH_SECRET: authSecret }, { databaseUrl, port }),
        // Both servers are one site: the address people use is the proxy's.
        APP_URL: url,
      };
      const log = createWriteStream(path.join(logDir, `server-${index}.log`));
      const child = spawn(
        process.execPath,
        [
          path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"),
          "start",
          "--port",
          String(port),
          "--hostname",
          "127.0.0.1",
        ],
        { env, cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "pipe"], detached: true },
      );
      child.stdout?.pipe(log);
      child.stderr?.pipe(log);
      children.push(child);
    }
    const servers = ports.map((port) => `http://127.0.0.1:${port}`);
    await Promise.all(servers.map((base) => waitForHealth(base, 120_000)));
    proxy = roundRobinProxy(ports.map((port) => ({ port })));
    await new Promise<void>((resolve) => proxy!.listen(proxyPort, "127.0.0.1", resolve));

    return {
      url,
      servers,
      databaseUrl,
      citizens,
      questionIds,
      query: (sql, params) => runSql(databaseUrl, sql, params),
      stopDatabase: async () => {
        await postgres?.stop();
        postgres = undefined;
      },
      startDatabase: async () => {
        postgres = await startDatabase();
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
