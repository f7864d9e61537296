// Creates a new migration by diffing the committed snapshot of the schema the last migration was made from
// (prisma/migrations/schema.snapshot.prisma) against prisma/schema.prisma, with Prisma's WASM schema engine.
// Hand-written SQL in earlier migrations (checks, triggers, search columns) is not in either schema, so the
// diff leaves it alone.
//
//   npm run db:migration:create -- <name>        (needs a reachable DATABASE_URL, or starts a throwaway one)
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { PROJECT_ROOT, randomPassword, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { MIGRATIONS_DIR } from "./lib/migrations";

const SCHEMA = path.join(PROJECT_ROOT, "prisma", "schema.prisma");
const SNAPSHOT = path.join(MIGRATIONS_DIR, "schema.snapshot.prisma");
const EMPTY_SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n';

function timestamp(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
}

// The package's entry imports the .wasm file as an ES module, which Node cannot load; instantiate it by hand.
async function loadSchemaEngine() {
  const wasmPath = path.join(PROJECT_ROOT, "node_modules", "@prisma", "schema-engine-wasm", "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmPath), {
    "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
  });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return engineBindings.SchemaEngine;
}

async function diff(connectionString: string, previous: string, current: string): Promise<string> {
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString }));
  const SchemaEngine = await loadSchemaEngine();
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, factory);
  const result = await engine.diff({
    from: { tag: "schemaDatamodel", files: [{ path: "previous.prisma", content: previous }] },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
    script: true,
    exitCode: null,
    filters: { externalTables: [], externalEnums: [] },
  });
  return result.stdout ?? "";
}

async function main() {
  const name = (process.argv[2] ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!name) {
    console.error("Usage: npm run db:migration:create -- <name>");
    process.exit(2);
  }
  const previous = await fs.readFile(SNAPSHOT, "utf8").catch(() => EMPTY_SCHEMA);
  const current = await fs.readFile(SCHEMA, "utf8");

  let stop = async () => {};
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), "mse-diff-"));
    await fs.chmod(dataDir, 0o755);
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "data"),
      persistent: false,
      password: randomPassword(),
    });
    url = pg.url();
    stop = async () => {
      await pg.stop();
      await fs.rm(dataDir, { recursive: true, force: true });
    };
  }
  try {
    const sql = await diff(url, previous, current);
    if (!sql.trim() || sql.trim() === "-- This is an empty migration.") {
      console.log("The schema has not changed since the last migration: nothing to create.");
      return;
    }
    const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, "migration.sql"), sql);
    await fs.writeFile(SNAPSHOT, current);
    console.log(
      `Created ${path.relative(PROJECT_ROOT, dir)}/migration.sql — append any hand-written SQL (checks, triggers) to it before applying.`,
    );
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
