import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  it("served directly (0 trusted hops): the one address Next wrote from the socket", () => {
    // proxy.ts removes the client's header when no proxy is trusted, so Next fills it from the socket.
    expect(clientIp(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
    expect(clientIp(headers("203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("takes the address our proxy appended, not what the client wrote before it", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(headers("203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(headers("unknown, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("skips the hops of a longer trusted proxy chain", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    // Fewer entries than trusted hops: the first one is the best we have.
    expect(clientIp(headers("203.0.113.9"), 3)).toBe("203.0.113.9");
  });

  it("never reads X-Real-IP, which any client can write", () => {
    expect(clientIp(new Headers({ "x-real-ip": "1.2.3.4" }), 0)).toBeUndefined();
    expect(clientIp(new Headers({ "x-real-ip": "1.2.3.4", "x-forwarded-for": "203.0.113.9" }), 0)).toBe("203.0.113.9");
  });

  it("keys IPv6 clients by their /64, as one host gets a whole /64 to pick addresses from", () => {
    expect(clientIp(headers("2001:db8:1:2:aaaa:bbbb:cccc:dddd"), 0)).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("2001:db8:1:2::1"), 0)).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("2001:DB8::1"), 0)).toBe("2001:db8:0:0::/64");
    expect(clientIp(headers("[2001:db8:1:2::1]:443"), 0)).toBe("2001:db8:1:2::/64");
    expect(clientIp(headers("203.0.113.9:51234"), 0)).toBe("203.0.113.9");
  });

  it("is undefined when no address is known", () => {
    expect(clientIp(headers(), 1)).toBeUndefined();
    expect(clientIp(headers(" , "), 1)).toBeUndefined();
    expect(clientIp(headers(""), 0)).toBeUndefined();
  });
});
