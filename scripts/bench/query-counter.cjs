// Preloaded into the app by `npm run bench` only (NODE_OPTIONS=--require …): counts the queries the
// pg driver sends, i.e. database round trips, and serves the count on 127.0.0.1 at
// BENCH_QUERY_COUNTER_PORT (GET: the count; POST: reset to 0). The app's code is not changed.
/* eslint-disable @typescript-eslint/no-require-imports */
const http = require("node:http");

const port = Number(process.env.BENCH_QUERY_COUNTER_PORT);
let count = 0;
try {
  const pg = require("pg");
  const query = pg.Client.prototype.query;
  // BENCH_QUERY_LOG=1 also prints each statement (its first line) to stderr, to see what a page asks.
  const logQueries = process.env.BENCH_QUERY_LOG === "1";
  pg.Client.prototype.query = function countedQuery(...args) {
    count += 1;
    if (logQueries) {
      const text = typeof args[0] === "string" ? args[0] : (args[0] && args[0].text) || "";
      process.stderr.write(`[query ${count}] ${text.replace(/\s+/g, " ").slice(0, 160)}\n`);
    }
    return query.apply(this, args);
  };
} catch {
  // pg is not resolvable from here: the count stays 0 and the bench says so.
}
if (port) {
  const server = http.createServer((request, response) => {
    if (request.method === "POST") count = 0;
    response.end(String(count));
  });
  // A process that also loads this (a child of next start) must not fail on the taken port.
  server.on("error", () => {});
  server.listen(port, "127.0.0.1");
  server.unref();
}
