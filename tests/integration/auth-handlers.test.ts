// Auth.js's own route (/api/auth/*) must not answer a client's bad callbackUrl with a 500: it
// treats one it cannot parse, in the query or in its callback-url cookie, as a server
// misconfiguration. The app's redirect rule (lib/auth/redirects) applies here too.
import { describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-auth-handlers-0123456789";
});

import { NextRequest } from "next/server";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";

const HOSTILE = [
  " ",
  "\t",
  "javascript:alert(1)",
  "data:text/html,x",
  "//evil.example",
  "/\t/evil.example",
  "http://[::1",
  "%",
  "\u0000",
];

describe("/api/auth/* with a hostile callbackUrl", () => {
  it("answers GETs without a server error, for the query parameter and the cookie", async () => {
    for (const value of HOSTILE) {
      for (const path of ["session", "csrf", "providers", "signin"]) {
        const query = await GET(
          new NextRequest(`http://localhost/api/auth/${path}?callbackUrl=${encodeURIComponent(value)}`),
        );
        expect(query.status, `${path} ?callbackUrl=${JSON.stringify(value)}`).toBeLessThan(500);
        const cookie = await GET(
          new NextRequest(`http://localhost/api/auth/${path}`, {
            headers: { cookie: `authjs.callback-url=${encodeURIComponent(value)}` },
          }),
        );
        expect(cookie.status, `${path} cookie ${JSON.stringify(value)}`).toBeLessThan(500);
      }
    }
  });

  it("never redirects to another site after sign-out or a failed sign-in post", async () => {
    for (const value of HOSTILE) {
      const body = new URLSearchParams({ callbackUrl: value, csrfToken: "forged" });
      const response = await POST(
        new NextRequest(`http://localhost/api/auth/signout?callbackUrl=${encodeURIComponent(value)}`, {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          body,
        }),
      );
      expect(response.status).toBeLessThan(500);
      const location = response.headers.get("location");
      if (location) expect(new URL(location, "http://localhost").origin).toBe("http://localhost");
    }
  });

  it("keeps a good callbackUrl", async () => {
    const response = await GET(
      new NextRequest("http://localhost/api/auth/signin?callbackUrl=%2Fprofile%3Fwelcome%3D1"),
    );
    expect(response.status).toBeLessThan(400);
    expect(response.headers.get("location") ?? "").toContain(encodeURIComponent("/profile?welcome=1"));
  });
});
