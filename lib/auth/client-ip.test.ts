import { describe, expect, it } from "vitest";
import { clientIp } from "./client-ip";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientIp", () => {
  it("takes the address our proxy appended, not what the client wrote before it", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientIp(headers("203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("skips the hops of a longer trusted proxy chain", () => {
    expect(clientIp(headers("6.6.6.6, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
    // Fewer entries than trusted hops: the first one is the best we have.
    expect(clientIp(headers("203.0.113.9"), 3)).toBe("203.0.113.9");
  });

  it("is undefined when no address is known", () => {
    expect(clientIp(headers(), 1)).toBeUndefined();
    expect(clientIp(headers(" , "), 1)).toBeUndefined();
  });
});
