// The client's IP for rate limiting. Proxies append the address they saw to X-Forwarded-For, so only
// the entries added by our own proxies can be trusted: the client can write anything before them.
// TRUSTED_PROXY_HOPS (default 1: one load balancer; `next start` itself fills the header with the
// socket address when it is absent) says how many entries from the right were added by our side.
export function clientIp(headers: Headers, trustedHops = trustedProxyHops()): string | undefined {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops[hops.length - trustedHops] ?? hops[0] ?? (headers.get("x-real-ip")?.trim() || undefined);
}

function trustedProxyHops(): number {
  const hops = Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? "1", 10);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}
