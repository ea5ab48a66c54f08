import { describe, expect, it } from "vitest";
import { withTrustedForwarding } from "./forwarded-for";

describe("withTrustedForwarding", () => {
  it(
    "served directly: drops every client-written forwarding header, so Next fills X-Forwarded-For from " + "the socket",
    () => {
      for (const spoof of ["203.0.113.8", "203.0.113.7, 198.51.100.1", "unknown", ""]) {
        const incoming = new Headers({
          "x-forwarded-for": spoof,
          "x-real-ip": "1.2.3.4",
          forwarded: "for=5.6.7.8",
          cookie: "a=b",
        });
        const forwarded = withTrustedForwarding(incoming, 0);
        expect(forwarded.has("x-forwarded-for")).toBe(false);
        expect(forwarded.has("x-real-ip")).toBe(false);
        expect(forwarded.has("forwarded")).toBe(false);
        expect(forwarded.get("cookie")).toBe("a=b");
        // The request's own headers are left alone (a copy is returned).
        expect(incoming.get("x-forwarded-for")).toBe(spoof);
      }
    },
  );

  it("behind trusted proxies: keeps the header their last hop appended to", () => {
    const incoming = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(withTrustedForwarding(incoming, 1).get("x-forwarded-for")).toBe("6.6.6.6, 203.0.113.9");
  });
});
