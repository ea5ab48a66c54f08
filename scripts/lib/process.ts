// Child-process helpers shared by the start, dev and test scripts.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { PROJECT_ROOT } from "./database";
import { exitStatus } from "./shutdown";

export function bin(name: string): string {
  return path.join(PROJECT_ROOT, "node_modules/.bin", name);
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code ?? signal}`)),
    );
  });
}

/**
 * Runs a long-lived child (next start / next dev) and, on Ctrl-C or SIGTERM, stops it first and then
 * runs `cleanup` (stopping the embedded database cleanly) before exiting. The status is the child's
 * (exitStatus: 128 + the signal's number when a signal ended it), or 128 + the signal this process
 * was stopped with, as a shell reports a process ended by a signal.
 */
export function supervise(child: ChildProcess, cleanup: () => Promise<void>): void {
  let shuttingDown = false;
  const shutdown = async (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    }
    try {
      await cleanup();
    } finally {
      process.exit(code);
    }
  };
  process.on("SIGINT", () => void shutdown(exitStatus(null, "SIGINT")));
  process.on("SIGTERM", () => void shutdown(exitStatus(null, "SIGTERM")));
  child.on("exit", (code, signal) => void shutdown(exitStatus(code, signal)));
}
