// What the JSON API answers when PostgreSQL cannot be reached: the real errors of a client whose
// server is gone (nothing listens on its port) must be recognised and become a quick 503.
import { afterAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-database-unavailable-012345";
});

import { NextRequest } from "next/server";
import type { PrismaClient } from "@/generated/prisma/client";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { GET, POST } from "@/app/api/v1/measurements/route";
import { GET as viewGet } from "@/app/api/v1/articles/[id]/view/route";
import { isDatabaseUnavailable } from "@/lib/http/database-unavailable";
import { createPrismaClient } from "@/lib/prisma-factory";
import { freePort } from "../../scripts/lib/embedded-postgres";
import { createTestUser } from "../support/factories";
import { sessionCookieFor } from "../support/session";

const holder = globalThis as unknown as { prisma?: PrismaClient };
let dead: PrismaClient;

async function deadClient(): Promise<PrismaClient> {
  // A port that was free a moment ago: connecting is refused at once.
  const port = await freePort(0);
  return createPrismaClient(`postgresql://postgres:postgres@127.0.0.1:${port}/nothing`);
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => new Error("expected a failure"),
    (error: unknown) => error,
  );
}

afterAll(async () => {
  await dead?.$disconnect();
});

describe("a server that cannot be reached", () => {
  it("fails every kind of query with an error isDatabaseUnavailable recognises", async () => {
    dead = await deadClient();
    const errors = [
      await caught(dead.user.findFirst()),
      await caught(dead.$queryRaw`SELECT 1`),
      await caught(dead.$transaction(async (tx) => tx.user.count())),
      await caught(dead.$transaction([dead.user.count(), dead.measurement.count()])),
    ];
    for (const error of errors) expect(isDatabaseUnavailable(error), String(error)).toBe(true);
  });

  it("makes the measurements API answer 503 database_unavailable with Retry-After, quickly", async () => {
    const user = await createTestUser();
    const cookie = await sessionCookieFor(user.id);
    const live = holder.prisma;
    holder.prisma = dead;
    try {
      const started = performance.now();
      const responses = [
        await GET(new Request("http://localhost/api/v1/measurements", { headers: { cookie } })),
        await POST(
          new Request("http://localhost/api/v1/measurements", {
            method: "POST",
            headers: { cookie, "content-type": "application/json", "idempotency-key": "k" },
            body: JSON.stringify({ weightKg: 70 }),
          }),
        ),
      ];
      expect(performance.now() - started).toBeLessThan(2_000);
      for (const response of responses) {
        expect(response.status).toBe(503);
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect((await response.json()).error.code).toBe("database_unavailable");
      }
    } finally {
      holder.prisma = live;
    }
  });

  it("makes the article view beacon answer 503 database_unavailable too, not a 500", async () => {
    const live = holder.prisma;
    holder.prisma = dead;
    try {
      const browser = {
        "user-agent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
        "sec-fetch-site": "same-origin",
      };
      const response = await viewGet(
        new Request("http://localhost/api/v1/articles/abc123/view", { headers: browser }),
        { params: Promise.resolve({ id: "abc123" }) },
      );
      expect(response.status).toBe(503);
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await response.json()).error.code).toBe("database_unavailable");
    } finally {
      holder.prisma = live;
    }
  });

  it(
    "makes /api/auth/session answer 503 database_unavailable, not a signed-out 200 that clears " + "the cookie",
    async () => {
      const user = await createTestUser();
      const cookie = await sessionCookieFor(user.id);
      const signedIn = await authGet(new NextRequest("http://localhost/api/auth/session", { headers: { cookie } }));
      expect(signedIn.status).toBe(200);
      expect((await signedIn.json()).user.id).toBe(user.id);

      const live = holder.prisma;
      holder.prisma = dead;
      try {
        const response = await authGet(new NextRequest("http://localhost/api/auth/session", { headers: { cookie } }));
        expect(response.status).toBe(503);
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(response.headers.get("set-cookie")).toBeNull();
        expect((await response.json()).error.code).toBe("database_unavailable");
      } finally {
        holder.prisma = live;
      }
      // Back up: the same cookie still signs in (the outage did not end the session).
      const after = await authGet(new NextRequest("http://localhost/api/auth/session", { headers: { cookie } }));
      expect((await after.json()).user.id).toBe(user.id);
    },
  );

  it(
    "makes a sign-in through /api/auth/callback/credentials answer 503 too, not a redirect to " + "the error page",
    async () => {
      const csrf = await authGet(new NextRequest("http://localhost/api/auth/csrf"));
      const { csrfToken } = (await csrf.json()) as { csrfToken: string };
      const cookie = csrf.headers
        .getSetCookie()
        .map((line) => line.split(";")[0])
        .join("; ");
      const live = holder.prisma;
      holder.prisma = dead;
      try {
        const response = await authPost(
          new NextRequest("http://localhost/api/auth/callback/credentials", {
            method: "POST",
            headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
            body: new URLSearchParams({ csrfToken, email: "someone@example.test", password: "a long enough password" }),
          }),
        );
        expect(response.status).toBe(503);
        expect((await response.json()).error.code).toBe("database_unavailable");
      } finally {
        holder.prisma = live;
      }
    },
  );
});
