// The JSON API's write guard and body limit under the real server (`next start`), where the route
// handler's request URL is the server's own address, not the host the browser used.
import http from "node:http";
import { expect, test } from "./support/fixtures";
import { saveProfile, signUp } from "./support/accounts";

const ENTRY = { measuredOn: "2026-01-15", weightKg: 70 };

test.describe("JSON API guards under next start", () => {
  test.skip(({ isMobile }) => isMobile, "server behaviour; one viewport is enough");

  test("the site's own pages can write; other sites and non-JSON bodies cannot", async ({ page }) => {
    await signUp(page);
    await saveProfile(page, { birthDate: "1990-01-01", sex: "Female", heightCm: "170" });
    await page.goto("/dashboard");

    // A fetch from our own page: Chromium sends Origin and Sec-Fetch-Site: same-origin. The page is
    // on 127.0.0.1 while `next start` hands the handler http://localhost:<port>/… URLs, so this
    // passes only because the guard compares with the Host the browser addressed.
    const fromPage = (contentType: string) =>
      page.evaluate(
        async ([type, body]) =>
          (await fetch("/api/v1/measurements", { method: "POST", headers: { "content-type": type }, body })).status,
        [contentType, JSON.stringify(ENTRY)] as const,
      );
    expect(await fromPage("application/json")).toBe(201);
    expect(await fromPage("text/plain")).toBe(415);

    // What a page on another site would make the browser send, with the victim's cookie.
    const forged = await page.request.post("/api/v1/measurements", {
      headers: { origin: "http://evil.example", "content-type": "text/plain", "sec-fetch-site": "cross-site" },
      data: JSON.stringify(ENTRY),
    });
    expect(forged.status()).toBe(403);
    expect((await forged.json()).error.code).toBe("cross_site");
    const list = await (await page.request.get("/api/v1/measurements")).json();
    expect(list.items).toHaveLength(1);
  });

  test("an oversized body is refused from its Content-Length with 413", async ({ request }) => {
    const response = await request.post("/api/v1/bmi", {
      headers: { "content-type": "application/json" },
      data: Buffer.alloc(20 * 1024 * 1024, 0x20),
    });
    expect(response.status()).toBe(413);
    expect((await response.json()).error.code).toBe("body_too_large");
  });

  test("a streamed (chunked) body is cut off near the limit: the server stops taking it", async ({ baseURL }) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const limit = 200 * 1024 * 1024; // what a client would like to send
    const outcome = await new Promise<{ written: number; status?: number }>((resolve) => {
      let written = 0;
      let status: number | undefined;
      const request = http.request(new URL("/api/v1/bmi", baseURL), {
        method: "POST",
        headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
      });
      const done = () => resolve({ written, status });
      request.on("response", (response) => {
        status = response.statusCode;
        response.resume();
        response.on("end", () => {
          request.destroy();
          done();
        });
      });
      request.on("error", done);
      request.on("close", done);
      const pump = () => {
        while (written < limit) {
          written += chunk.length;
          if (!request.write(chunk)) return void request.once("drain", pump);
        }
        request.end();
      };
      pump();
    });
    // The server answered or hung up long before the client could push 200 MB into it.
    expect(outcome.written).toBeLessThan(limit);
    if (outcome.status !== undefined) expect(outcome.status).toBe(413);
  });
});
