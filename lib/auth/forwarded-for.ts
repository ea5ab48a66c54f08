// Run by proxy.ts on every request, before any page, action or route handler sees it.
// Next 16's server keeps an incoming X-Forwarded-For exactly as the client wrote it and writes the
// socket address only when the header is absent (base-server: `headers['x-forwarded-for'] ??=
// socket.remoteAddress`). So when no proxy of ours is in front (TRUSTED_PROXY_HOPS=0), every
// forwarding header is the client's own words: drop them, and Next fills X-Forwarded-For from the
// connection. Behind trusted proxies the header is kept; lib/auth/client-ip.ts reads the right hop.
import { env } from "@/lib/env";

const CLIENT_WRITABLE = ["x-forwarded-for", "x-real-ip", "forwarded"];

/** The request headers to pass on (a copy; the incoming ones are not changed). */
export function withTrustedForwarding(incoming: Headers, trustedHops: number): Headers {
  const headers = new Headers(incoming);
  if (trustedHops === 0) for (const name of CLIENT_WRITABLE) headers.delete(name);
  return headers;
}

export function trustedProxyHops(): number {
  // Read defensively: with SKIP_ENV_VALIDATION the raw string comes through.
  const hops = Number(env().TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 ? hops : 0;
}
