// Counts the database round trips a piece of code makes, the way `npm run bench` does
// (scripts/bench/query-counter.cjs): every query the pg driver sends, whichever Prisma call sent it.
// Not a timing test: the number of queries is a property of the code, the same on any machine.
import pg from "pg";

/** Runs `work` and returns its result with the number of queries sent meanwhile (run nothing else in parallel). */
export async function countQueries<T>(
  work: () => Promise<T>,
): Promise<{ result: T; queries: number; statements: string[] }> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const statements: string[] = [];
  prototype.query = function countedQuery(this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text?: string } | undefined;
    statements.push((typeof first === "string" ? first : (first?.text ?? "")).replace(/\s+/g, " ").slice(0, 200));
    return original.apply(this, args);
  };
  try {
    const result = await work();
    return { result, queries: statements.length, statements };
  } finally {
    prototype.query = original;
  }
}
