// The client's address for rate limiting. Only what our own side wrote can be believed:
// - served directly (TRUSTED_PROXY_HOPS=0, the default), proxy.ts drops every client-written
//   forwarding header, and `next start` then fills X-Forwarded-For from the socket (it only does so
//   when the header is absent: a client-written one would be passed through as it is);
// - behind N proxies of ours, each appends the address it saw, so the client is the Nth entry from
//   the right; whatever the client wrote sits further left and is ignored.
// X-Real-IP is never read: nothing of ours sets it, and any client can.
import { isIP } from "node:net";
import { trustedProxyHops } from "./forwarded-for";

export function clientIp(headers: Headers, trustedHops = trustedProxyHops()): string | undefined {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  // Fewer entries than trusted hops means a misconfigured chain: the first entry is the best we have.
  const entry = hops[hops.length - Math.max(trustedHops, 1)] ?? hops[0];
  return entry === undefined ? undefined : rateLimitAddress(entry);
}

/**
 * The address as a rate-limit key: an IPv4-mapped IPv6 address is its IPv4 address, and an IPv6
 * address counts as its /64 (one subscriber gets a whole /64 and can pick any address in it).
 * A port that some proxies add is dropped. Anything unparseable is kept as written.
 */
function rateLimitAddress(entry: string): string {
  const address = withoutPort(entry);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  return `${ipv6Groups(address).slice(0, 4).join(":")}::/64`;
}

function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4WithPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  return v4WithPort ? v4WithPort[1]! : entry;
}

/** The eight groups of a valid IPv6 address, lower-case without leading zeros ("::" expanded). */
function ipv6Groups(address: string): string[] {
  const [head = "", tail] = address.toLowerCase().split("::");
  const split = (part: string) => (part ? part.split(":") : []);
  const toGroups = (parts: string[]) =>
    parts.flatMap((part) => {
      if (!part.includes(".")) return [part];
      const [a, b, c, d] = part.split(".").map(Number) as [number, number, number, number];
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  const left = toGroups(split(head));
  const right = tail === undefined ? [] : toGroups(split(tail));
  const zeros = Array.from({ length: 8 - left.length - right.length }, () => "0");
  return [...left, ...zeros, ...right].map((group) => Number.parseInt(group, 16).toString(16));
}
