// Resolves which PostgreSQL the app talks to: DATABASE_URL when set, otherwise the embedded
// server with its data in ./.data/postgres, and makes sure the app's database exists on it.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import pg from "pg";
import { startEmbeddedPostgres, tempDataDir, urlFor } from "./embedded-postgres";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const DATA_DIR = path.join(PROJECT_ROOT, ".data");
const APP_DATABASE = "steadyback";
/** The embedded app database's name before the product was called SteadyBack (renamed on start). */
const OLD_APP_DATABASE = "backcare";

/** Reads ./.env like Next does, so the scripts and the app agree on DATABASE_URL (set variables win). */
export function loadDotEnv(): void {
  const file = path.join(PROJECT_ROOT, ".env");
  if (fs.existsSync(file)) process.loadEnvFile(file);
}

/**
 * `embedded`: the embedded server rather than DATABASE_URL. `owned`: this process started that server,
 * so stop() stops it; an embedded server found running (another `npm run dev`) is left alone.
 */
export type AppDatabase = { url: string; embedded: boolean; owned: boolean; stop: () => Promise<void> };

export async function resolveAppDatabase(log: (line: string) => void = console.log): Promise<AppDatabase> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: false, owned: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), log });
  const name = await renameOldDatabase(server.serverUrl, { from: OLD_APP_DATABASE, to: APP_DATABASE }, log);
  await ensureDatabase(server.serverUrl, name);
  return { url: urlFor(server.port, name), embedded: true, owned: server.owned, stop: server.stop };
}

/**
 * Data kept in ./.data from before the product was called SteadyBack lives in a database called
 * "backcare": rename it so nobody loses their entries. Returns the name to use: the old one only while
 * it cannot be renamed (another process, e.g. `npm run dev` in a second terminal, is connected to it).
 */
export async function renameOldDatabase(
  serverUrl: string,
  names: { from: string; to: string },
  log: (line: string) => void = console.log,
): Promise<string> {
  const { from, to } = names;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = ANY($1)",
      [[from, to]],
    );
    const found = new Set(rows.map((row) => row.datname));
    if (found.has(to) || !found.has(from)) return to;
    try {
      await client.query(`ALTER DATABASE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`);
      log(`Renamed the database "${from}" to "${to}" (your data is kept).`);
      return to;
    } catch (error) {
      log(
        `Using the database "${from}" for now: it is renamed "${to}" once nothing else is connected to it ` +
          `(${error instanceof Error ? error.message : error}).`,
      );
      return from;
    }
  } finally {
    await client.end();
  }
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } finally {
    await client.end();
  }
}

export async function recreateDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${quoteIdent(name)}${template ? ` TEMPLATE ${quoteIdent(template)}` : ""}`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Runs a Prisma CLI command (migrate deploy, migrate diff...) against `url`. */
export function prisma(args: string[], url: string, options: { capture?: boolean } = {}): string {
  const bin = path.join(PROJECT_ROOT, "node_modules/.bin/prisma");
  const result = spawnSync(bin, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed${options.capture ? `:\n${result.stderr}` : ""}`);
  }
  return result.stdout ?? "";
}

export function migrate(url: string): void {
  prisma(["migrate", "deploy"], url, { capture: true });
}

export function readOrCreateSecret(file: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.getRandomValues(new Uint8Array(32));
  const encoded = Buffer.from(secret).toString("base64url");
  fs.writeFileSync(file, `${encoded}\n`, { mode: 0o600 });
  return encoded;
}

/**
 * A PostgreSQL server for tests and benchmarks: TEST_DATABASE_URL, else DATABASE_URL, else a
 * throw-away embedded one in a temp folder. `release` stops and removes what this started.
 */
export async function provisionScratchServer(
  label: string,
  log: (line: string) => void = console.log,
): Promise<{ serverUrl: string; release: () => Promise<void> }> {
  const configured = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;
  if (configured) return { serverUrl: configured, release: async () => {} };
  const dataDir = tempDataDir(`steadyback-${label}-pg-`);
  const server = await startEmbeddedPostgres({ dataDir, persistent: false, log });
  return {
    serverUrl: server.serverUrl,
    release: async () => {
      await server.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
