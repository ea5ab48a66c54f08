// Production builds and `next start` servers for the benchmark and the resilience test. Their builds
// go to a folder of their own (NEXT_DIST_DIR, see next.config.js), never into the .next of
// `npm start` and the end-to-end tests, so the scripts can run while another build exists.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PROJECT_ROOT } from "./database";
import { bin, run } from "./process";

/**
 * `next build` into `distDir`. next build rewrites next-env.d.ts to point at its own folder's
 * types; that file belongs to the main build (tsc reads it), so it is put back afterwards.
 */
export async function buildInto(distDir: string, env: NodeJS.ProcessEnv, projectDir = PROJECT_ROOT): Promise<void> {
  const nextEnv = path.join(projectDir, "next-env.d.ts");
  const before = fs.existsSync(nextEnv) ? fs.readFileSync(nextEnv, "utf8") : null;
  try {
    await run(bin("next"), ["build", projectDir], {
      ...env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      NEXT_TELEMETRY_DISABLED: "1",
    });
  } finally {
    if (before === null) fs.rmSync(nextEnv, { force: true });
    else if (fs.readFileSync(nextEnv, "utf8") !== before) fs.writeFileSync(nextEnv, before);
  }
}

export type NextServer = {
  url: string;
  port: number;
  child: ChildProcess;
  stop: () => Promise<void>;
  alive: () => boolean;
};

/** `next start` on 127.0.0.1:port from `distDir`, resolved once it answers `readyPath`. */
export async function startNext(options: {
  distDir: string;
  port: number;
  env: NodeJS.ProcessEnv;
  projectDir?: string;
  readyPath?: string;
  log?: (line: string) => void;
}): Promise<NextServer> {
  const projectDir = options.projectDir ?? PROJECT_ROOT;
  const child = spawn(bin("next"), ["start", projectDir, "--port", String(options.port), "--hostname", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    env: { ...options.env, NODE_ENV: "production", NEXT_DIST_DIR: options.distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log = options.log ?? (() => {});
  // Keep the server's own output: an error it logs is the first thing to read when a check fails.
  child.stdout?.on("data", (chunk: Buffer) => log(chunk.toString("utf8").trimEnd()));
  child.stderr?.on("data", (chunk: Buffer) => log(chunk.toString("utf8").trimEnd()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () => stopChild(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start on port ${options.port} exited with ${child.exitCode}`);
    const ok = await fetch(url + (options.readyPath ?? "/"), { signal: AbortSignal.timeout(5_000) }).then(
      (response) => response.status < 500,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`next start on port ${options.port} did not answer within 60 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, port: options.port, child, stop, alive: () => child.exitCode === null && child.signalCode === null };
}

/** SIGTERM, then SIGKILL after 10 s; resolves when the process has exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}
