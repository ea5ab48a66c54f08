// The decisions of `npm start`'s shutdown, as pure functions (unit-tested in shutdown.test.ts):
// what status to exit with, and what to say about the database.
import { constants } from "node:os";

/**
 * The status to exit with once the app's process has ended: its exit code, or, when a signal ended
 * it, 128 + the signal's number, as shells report it (SIGINT 130, SIGKILL 137, SIGTERM 143). Never 0
 * for a process that did not exit by itself with 0.
 */
export function exitStatus(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const number = signal === null ? undefined : constants.signals[signal];
  return number === undefined ? 1 : 128 + number;
}

/** Which database `npm start` uses: a DATABASE_URL server, or the embedded one, started by it or found running. */
export type DatabaseOwnership = { embedded: boolean; owned: boolean };

/**
 * What `npm start` says about the database on start (after the URL) and on shutdown. It stops, and
 * says it stops, only a server it started itself: not a DATABASE_URL server, and not an embedded one
 * that another process (e.g. `npm run dev` in a second terminal) had already started.
 */
export function databaseNotes({ embedded, owned }: DatabaseOwnership): { onStart: string; onStop: string | null } {
  if (embedded && owned)
    return { onStart: "  (Ctrl-C stops the app and its database)", onStop: "Stopping the embedded PostgreSQL… " };
  if (embedded) {
    return {
      onStart: "  (the embedded PostgreSQL was already running: Ctrl-C stops the app and leaves it running)",
      onStop: null,
    };
  }
  return { onStart: "", onStop: null };
}
