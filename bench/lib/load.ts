// The load generator and the counters read around it: wrk (C, from Debian's apt) driven by Lua scripts written
// here, pgbench for the direct-SQL ceiling, CPU time read from /proc, and pg_stat_statements for the queries and
// database time each request cost.
import { spawn } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** Answers outside 2xx plus connection errors and timeouts. */
  errors: number;
  /** CPU seconds the load generator itself used. */
  generatorCpuSeconds: number;
}

/** Runs a command, collecting its output; rejects when it fails. */
export function capture(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}: ${err.slice(-2000)}`)),
    );
  });
}

const luaString = (value: string) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
const luaList = (values: string[]) => `{${values.map(luaString).join(",")}}`;

// Every script counts non-2xx answers per thread (wrk's own count is only of >= 400) and prints one JSON line.
const REPORTING = `
local threads = {}
local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("tid", thread_count)
  table.insert(threads, thread)
end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, t in ipairs(threads) do bad = bad + t:get("non2xx") end
  local e = summary.errors
  io.write(string.format('WRK_RESULT {"requests":%d,"duration_us":%d,"non2xx":%d,"socket_errors":%d,"p50":%d,"p95":%d,"p99":%d}\\n',
    summary.requests, summary.duration, bad, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
`;

/** A request description the Lua script turns into wrk requests. */
export type LoadRequest =
  | { kind: "get"; path: string; headers?: Record<string, string> }
  /** GETs of the given paths in turn, each from a different client address (X-Forwarded-For, behind TRUST_PROXY). */
  | { kind: "get-from-many"; paths: string[] }
  /** POSTs of a server action: a random cookie and a random body from the lists, to the body's page path. */
  | { kind: "action"; actionId: string; origin: string; cookies: string[]; targets: { path: string; body: string }[] };

export function luaScript(request: LoadRequest): string {
  const init = `function init(args)\n  non2xx = 0\n  counter = 0\n  math.randomseed(tid * 7919 + os.time())\nend\n`;
  switch (request.kind) {
    case "get": {
      const headers = Object.entries(request.headers ?? {})
        .map(([name, value]) => `wrk.headers[${luaString(name)}] = ${luaString(value)}`)
        .join("\n");
      return `wrk.method = "GET"\nwrk.path = ${luaString(request.path)}\n${headers}\n${init}${REPORTING}`;
    }
    case "get-from-many":
      return `local paths = ${luaList(request.paths)}
${init}
function request()
  counter = counter + 1
  local ip = string.format("10.%d.%d.%d", tid, math.floor(counter / 256) % 256, counter % 256)
  return wrk.format("GET", paths[1 + counter % #paths], { ["X-Forwarded-For"] = ip })
end
${REPORTING}`;
    case "action":
      return `local cookies = ${luaList(request.cookies)}
local paths = ${luaList(request.targets.map((t) => t.path))}
local bodies = ${luaList(request.targets.map((t) => t.body))}
${init}
function request()
  local t = math.random(#paths)
  return wrk.format("POST", paths[t], {
    ["Next-Action"] = ${luaString(request.actionId)},
    ["Content-Type"] = "text/plain;charset=UTF-8",
    ["Accept"] = "text/x-component",
    ["Origin"] = ${luaString(request.origin)},
    ["Cookie"] = cookies[math.random(#cookies)],
  }, bodies[t])
end
${REPORTING}`;
  }
}

/**
 * wrk with `connections` for `seconds` against base + the script's paths; its CPU time from the shell's `times`
 * (the children's user + system time), so the generator's own share of the machine can be stated.
 */
export async function runWrk(
  base: string,
  request: LoadRequest,
  { connections, seconds, threads = 2 }: { connections: number; seconds: number; threads?: number },
): Promise<LoadResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mse-wrk-"));
  try {
    const script = path.join(dir, "load.lua");
    await fs.writeFile(script, luaScript(request));
    const target = request.kind === "get" ? `${base}${request.path}` : base;
    const command = `wrk -t${threads} -c${connections} -d${seconds}s --timeout 10s -s '${script}' '${target}'; times`;
    const output = await capture("bash", ["-c", command]);
    const line = /WRK_RESULT (\{.*\})/.exec(output)?.[1];
    if (!line) throw new Error(`wrk printed no result:\n${output}`);
    const r = JSON.parse(line) as {
      requests: number;
      duration_us: number;
      non2xx: number;
      socket_errors: number;
      p50: number;
      p95: number;
      p99: number;
    };
    // `times` prints the shell's own times, then its children's: "0m1.234s 0m0.567s".
    const timesLines = output.trim().split("\n").slice(-1)[0] ?? "";
    const cpu = [...timesLines.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
      (sum, m) => sum + Number(m[1]) * 60 + Number(m[2]),
      0,
    );
    const secondsMeasured = r.duration_us / 1e6;
    return {
      requests: r.requests,
      seconds: secondsMeasured,
      requestsPerSecond: r.requests / secondsMeasured,
      p50Ms: r.p50 / 1000,
      p95Ms: r.p95 / 1000,
      p99Ms: r.p99 / 1000,
      errors: r.non2xx + r.socket_errors,
      generatorCpuSeconds: cpu,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * pgbench running `sql` (pgbench's own \set lines first) with `connections` for `seconds`, with a log of every
 * transaction so the percentiles come from the same kind of measurement as wrk's.
 */
export async function runPgbench(
  url: string,
  script: string,
  { connections, seconds }: { connections: number; seconds: number },
): Promise<LoadResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), "mse-pgbench-"));
  try {
    const file = path.join(dir, "support.sql");
    await fs.writeFile(file, script);
    const prefix = path.join(dir, "log");
    const command =
      `cd '${dir}' && pgbench -n -M extended -c ${connections} -j 2 -T ${seconds} -f '${file}' ` +
      `-l --log-prefix='${prefix}' '${url}'; times`;
    const output = await capture("bash", ["-c", command]);
    const failed = /number of failed transactions: (\d+)/.exec(output);
    const latencies: number[] = [];
    for (const name of await fs.readdir(dir)) {
      if (!name.startsWith("log")) continue;
      for (const row of (await fs.readFile(path.join(dir, name), "utf8")).split("\n")) {
        const fields = row.split(" ");
        if (fields.length >= 3) latencies.push(Number(fields[2]) / 1000);
      }
    }
    latencies.sort((a, b) => a - b);
    const at = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? 0;
    const timesLine = output.trim().split("\n").slice(-1)[0] ?? "";
    const cpu = [...timesLine.matchAll(/(\d+)m([\d.]+)s/g)].reduce(
      (sum, m) => sum + Number(m[1]) * 60 + Number(m[2]),
      0,
    );
    return {
      requests: latencies.length,
      seconds,
      requestsPerSecond: latencies.length / seconds,
      p50Ms: at(50),
      p95Ms: at(95),
      p99Ms: at(99),
      errors: failed ? Number(failed[1]) : 0,
      generatorCpuSeconds: cpu,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** Busy and total CPU ticks of the whole machine (/proc/stat). */
export async function machineTicks(): Promise<{ busy: number; total: number }> {
  const line = (await fs.readFile("/proc/stat", "utf8")).split("\n")[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  const total = values.reduce((sum, v) => sum + v, 0);
  return { busy: total - idle, total };
}

const CLOCK_TICKS = 100;

/**
 * CPU seconds used so far by a process and every process under it, the exited ones included: each live
 * process's own time (utime + stime, /proc/<pid>/stat) and the time of its children that have exited and been
 * waited for (cutime + cstime), which is how PostgreSQL's short-lived backends stay counted.
 */
export async function treeCpuSeconds(rootPid: number): Promise<number> {
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of await fs.readdir("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const stat = await fs.readFile(`/proc/${name}/stat`, "utf8").catch(() => null);
    if (!stat) continue;
    // The command name is in parentheses and may hold spaces: the fields after the last ")", from field 3 on.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    parents.set(Number(name), Number(fields[1]));
    ticks.set(Number(name), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
  }
  let sum = 0;
  for (const [pid] of ticks) {
    for (let at: number | undefined = pid; at && at > 1; at = parents.get(at)) {
      if (at === rootPid) {
        sum += ticks.get(pid) ?? 0;
        break;
      }
    }
  }
  return sum / CLOCK_TICKS;
}

/** Statements and their execution time in one database since the last reset (pg_stat_statements). */
export async function statementTotals(client: pg.Client): Promise<{ calls: number; ms: number }> {
  // Not counted: the bench's own reads of these views, the job queue's polling (pgboss schema) and transaction
  // control (BEGIN/COMMIT), which is a round trip but not a query.
  const { rows } = await client.query<{ calls: string | null; ms: number | null }>(`
    SELECT sum(calls) AS calls, sum(total_exec_time) AS ms FROM pg_stat_statements
    WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
      AND query NOT ILIKE '%pg_stat_statements%' AND query NOT ILIKE '%pgboss%'
      AND query !~* '^\\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|DEALLOCATE|SET |RESET |DISCARD)'`);
  return { calls: Number(rows[0]?.calls ?? 0), ms: Number(rows[0]?.ms ?? 0) };
}
