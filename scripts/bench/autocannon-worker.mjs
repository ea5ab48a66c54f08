// One measurement of `npm run bench`, in a process of its own so the load generator never shares a
// CPU queue with the orchestrator: `node autocannon-worker.mjs '<json>'` prints autocannon's result
// as JSON. Plain JavaScript so it starts in a fraction of a second (it runs ~50 times per bench).
//
// Input: { url, connections, duration, method?, headers?, body?, uniqueDays?: { firstDayBack } }.
// With uniqueDays each request logs a measurement on a day of its own (one entry per day), going
// back from firstDayBack days before today.
import autocannon from "autocannon";

const DAY = 86_400_000;
const input = JSON.parse(process.argv[2] ?? "{}");
const today = Math.floor(Date.now() / DAY) * DAY;
let next = input.uniqueDays?.firstDayBack ?? 0;

const options = {
  url: input.url,
  connections: input.connections,
  duration: input.duration,
  method: input.method ?? "GET",
  headers: input.headers ?? {},
  body: input.body,
  timeout: 30,
};
if (input.uniqueDays) {
  options.requests = [
    {
      method: "POST",
      setupRequest: (request) => {
        const measuredOn = new Date(today - next++ * DAY).toISOString().slice(0, 10);
        return { ...request, body: JSON.stringify({ measuredOn, weightKg: 70 + (next % 50) / 10 }) };
      },
    },
  ];
}

const result = await autocannon(options);
process.stdout.write(
  JSON.stringify({
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
    non2xx: result.non2xx,
    statusCodeStats: result.statusCodeStats,
    bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
    daysUsed: next - (input.uniqueDays?.firstDayBack ?? 0),
  }),
);
