import { afterEach, describe, expect, it, vi } from "vitest";
import { guardWrite, refuseCrossSite, requestOrigin } from "./write-guard";

// The guard reads AUTH_TRUST_HOST through lib/env (validated and cached once per process).
const settings = vi.hoisted(() => ({ AUTH_TRUST_HOST: undefined as string | undefined }));
vi.mock("@/lib/env", () => ({ env: () => settings }));

const request = (url: string, headers: Record<string, string> = {}, method = "POST") =>
  new Request(url, { method, headers });

afterEach(() => {
  settings.AUTH_TRUST_HOST = undefined;
});

describe("requestOrigin", () => {
  it("is the host the client addressed, not the server's own listening address", () => {
    // `next start` gives route handlers http://localhost:<port> URLs whatever name the browser used.
    expect(requestOrigin(request("http://localhost:3000/api/v1/x", { host: "app.example.com" }))).toBe(
      "http://app.example.com",
    );
    expect(requestOrigin(request("http://localhost:3000/api/v1/x", { host: "127.0.0.1:3000" }))).toBe(
      "http://127.0.0.1:3000",
    );
    expect(requestOrigin(request("http://localhost:3000/api/v1/x"))).toBe("http://localhost:3000");
  });

  it("uses X-Forwarded-Host and -Proto only when AUTH_TRUST_HOST says our proxy sets them", () => {
    const proxied = {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "app.example.com, evil.example",
      "x-forwarded-proto": "https",
    };
    expect(requestOrigin(request("http://localhost:3000/x", proxied))).toBe("http://10.0.0.5:3000");
    settings.AUTH_TRUST_HOST = "true";
    expect(requestOrigin(request("http://localhost:3000/x", proxied))).toBe("https://app.example.com");
  });
});

describe("refuseCrossSite", () => {
  it("lets our own origin and programs without Origin or Sec-Fetch-Site through", () => {
    expect(
      refuseCrossSite(
        request("http://localhost:3000/x", { host: "app.example.com", origin: "http://app.example.com" }),
      ),
    ).toBeNull();
    expect(
      refuseCrossSite(
        request("http://localhost:3000/x", { origin: "http://localhost:3000", "sec-fetch-site": "same-origin" }),
      ),
    ).toBeNull();
    expect(refuseCrossSite(request("http://localhost:3000/x", { "sec-fetch-site": "none" }))).toBeNull();
    expect(refuseCrossSite(request("http://localhost:3000/x"))).toBeNull();
  });

  it("refuses other origins and cross-site or same-site fetches", () => {
    const refused = (headers: Record<string, string>) =>
      refuseCrossSite(request("http://localhost:3000/x", { host: "app.example.com", ...headers }))?.status;
    expect(refused({ origin: "http://evil.example" })).toBe(403);
    expect(refused({ origin: "http://localhost:3000" })).toBe(403); // the server's address, not the one the client used
    expect(refused({ origin: "https://app.example.com" })).toBe(403); // another scheme
    expect(refused({ origin: "http://app.example.com:8080" })).toBe(403);
    expect(refused({ origin: "null" })).toBe(403);
    expect(refused({ "sec-fetch-site": "cross-site" })).toBe(403);
    expect(refused({ "sec-fetch-site": "same-site" })).toBe(403);
    expect(refused({ origin: "http://app.example.com", "sec-fetch-site": "cross-site" })).toBe(403);
  });

  it("behind a trusted TLS proxy, accepts the public https origin", () => {
    settings.AUTH_TRUST_HOST = "1";
    const headers = {
      host: "10.0.0.5:3000",
      "x-forwarded-host": "app.example.com",
      "x-forwarded-proto": "https",
      origin: "https://app.example.com",
    };
    expect(refuseCrossSite(request("http://localhost:3000/x", headers))).toBeNull();
  });
});

describe("guardWrite (body-less writes)", () => {
  it("needs no content type without a body, and JSON with one", () => {
    expect(guardWrite(request("http://localhost/x", {}, "DELETE"))).toBeNull();
    expect(guardWrite(request("http://localhost/x", { "content-type": "application/json" }, "DELETE"))).toBeNull();
    expect(guardWrite(request("http://localhost/x", { "content-type": "text/plain" }, "DELETE"))?.status).toBe(415);
    expect(guardWrite(request("http://localhost/x", { "content-length": "3" }, "DELETE"))?.status).toBe(415);
    expect(guardWrite(request("http://localhost/x", { origin: "http://evil.example" }, "DELETE"))?.status).toBe(403);
  });
});
