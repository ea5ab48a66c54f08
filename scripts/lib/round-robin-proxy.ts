// A tiny load balancer for the resilience test: requests go to the app instances in turn, each with
// the client's address appended to X-Forwarded-For (what a real proxy does, and what the app trusts
// with TRUSTED_PROXY_HOPS=1). The Host header is passed on unchanged, so the app sees the origin the
// client used. Test-only extras: an `x-upstream: <index>` request header pins a request to one
// instance, and every answer says which instance served it in `x-upstream`.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type Proxy = { url: string; port: number; counts: number[]; errors: number; close: () => Promise<void> };

export async function startRoundRobinProxy(upstreams: string[], port = 0): Promise<Proxy> {
  const targets = upstreams.map((upstream) => new URL(upstream));
  // A new connection per request: a kept-alive one can be closed by the instance just as the proxy
  // reuses it (its keepAliveTimeout), which would show up as a 502 that no client could cause.
  const agent = new http.Agent({ keepAlive: false, maxSockets: 512 });
  const counts = targets.map(() => 0);
  let next = 0;
  let errors = 0;

  const server = http.createServer((incoming, outgoing) => {
    const pinned = Number(incoming.headers["x-upstream"]);
    const index = Number.isInteger(pinned) && pinned >= 0 && pinned < targets.length ? pinned : next++ % targets.length;
    counts[index]! += 1;
    const target = targets[index]!;
    const headers = { ...incoming.headers };
    delete headers["x-upstream"];
    const seen = incoming.socket.remoteAddress ?? "unknown";
    const prior = incoming.headers["x-forwarded-for"];
    headers["x-forwarded-for"] = prior ? `${Array.isArray(prior) ? prior.join(", ") : prior}, ${seen}` : seen;
    headers["x-forwarded-proto"] = "http";
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers, agent },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, "x-upstream": String(index) });
        answer.pipe(outgoing);
      },
    );
    upstream.on("error", (error) => {
      errors += 1;
      if (!outgoing.headersSent) {
        outgoing.writeHead(502, { "content-type": "text/plain", "x-upstream": String(index) });
        outgoing.end(`proxy: instance ${index} failed: ${error.message}`);
      } else {
        outgoing.destroy(error);
      }
    });
    incoming.pipe(upstream);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    counts,
    get errors() {
      return errors;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        agent.destroy();
        server.close(() => resolve());
      }),
  };
}
