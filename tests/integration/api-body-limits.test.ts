// Request bodies are read only up to the limit: an oversized body is refused from its Content-Length
// before a byte is read, and a streamed one (no length) is cut off at the limit, never held whole.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/bmi/route";
import { MAX_BODY_BYTES } from "@/lib/http/json";

const URL_ = "http://localhost/api/v1/bmi";
const CHUNK = 64 * 1024;

/** A body of `totalBytes` (spaces, then never valid JSON) that counts what the reader pulled. */
function countingStream(totalBytes: number) {
  const stats = { pulled: 0, cancelled: false };
  const chunk = new Uint8Array(CHUNK).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stats.pulled >= totalBytes) return controller.close();
      stats.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      stats.cancelled = true;
    },
  });
  return { stream, stats };
}

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return POST(
    new Request(URL_, {
      method: "POST",
      body,
      duplex: "half",
      headers: { "content-type": "application/json", ...headers },
    } as RequestInit),
  );
}

async function expectTooLarge(response: Response) {
  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({
    error: { code: "body_too_large", message: expect.stringMatching(/64 KB/), fields: {} },
  });
}

describe("POST /api/v1/bmi body limit", () => {
  it("stops reading a streamed 200 MB body near the limit and cancels the stream", async () => {
    const { stream, stats } = countingStream(200 * 1024 * 1024);
    await expectTooLarge(await post(stream));
    // The reader may pull one chunk past the limit before it knows; never the whole body.
    expect(stats.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 2 * CHUNK);
    expect(stats.cancelled).toBe(true);
  });

  it("refuses a declared Content-Length over the limit without reading the body", async () => {
    const { stream, stats } = countingStream(200 * 1024 * 1024);
    await expectTooLarge(await post(stream, { "content-length": String(400 * 1024 * 1024) }));
    expect(stats.pulled).toBeLessThanOrEqual(CHUNK); // a stream may pre-pull one chunk on its own
  });

  it("still reads a body that is exactly at the limit", async () => {
    const json = JSON.stringify({ units: "metric", heightCm: 175, weightKg: 70, age: 35 });
    const padded = json + " ".repeat(MAX_BODY_BYTES - json.length);
    expect(new TextEncoder().encode(padded).byteLength).toBe(MAX_BODY_BYTES);
    const response = await post(padded);
    expect(response.status).toBe(200);
    expect((await response.json()).bmi).toBeCloseTo(22.86, 1);
    expect((await post(`${padded} `)).status).toBe(413);
  });

  it("counts bytes, not characters", async () => {
    // 30,000 three-byte characters: 90 KB though only 30,000 UTF-16 units.
    const response = await post(JSON.stringify({ note: "€".repeat(30_000) }));
    await expectTooLarge(response);
  });

  it("answers bytes that are not UTF-8 as invalid JSON", async () => {
    const response = await post(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe("invalid_json");
  });
});
