// The checks of `npm run test:resilience` that need two app instances on one database: state kept
// in PostgreSQL must behave as one app whichever instance a request lands on. Requests go through
// the round-robin proxy; `x-upstream` pins one to an instance where the check needs it, and each
// check plays its clients from loopback addresses of their own (127.0.0.0/8), so the per-address
// rate limits see distinct clients, exactly as the app would behind a real load balancer.
import type { PrismaClient } from "../../generated/prisma/client";
import { httpRequest, signIn, signOut } from "../lib/http-client";

export type Check = { name: string; ok: boolean; detail: string };
export type CheckContext = {
  proxy: string;
  prisma: PrismaClient;
  /** A user with this password whose failed sign-ins nobody else makes. */
  rateLimited: { email: string; password: string };
  signOut: { email: string; password: string };
};

const pinned = (instance: number, extra: Record<string, string> = {}) => ({ "x-upstream": String(instance), ...extra });

/** Failed sign-ins counted across instances: the 6th try of one address on one account is refused wherever it lands. */
async function rateLimits(context: CheckContext): Promise<Check> {
  const name = "Sign-in rate limit shared by both instances";
  const { email, password } = context.rateLimited;
  const from = { localAddress: "127.0.0.21" };
  const served: string[] = [];
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const instance = attempt % 2;
    const result = await signIn(context.proxy, email, `wrong-password-${attempt}`, {
      ...from,
      headers: pinned(instance),
    });
    served.push(String(instance));
    if (result.ok || result.code !== "invalid_credentials") {
      return {
        name,
        ok: false,
        detail: `failed attempt ${attempt + 1} on instance ${instance} gave ${result.ok ? "a session" : result.code}`,
      };
    }
  }
  // The right password now, on each instance, and with a forged X-Forwarded-For: all refused.
  const after = [
    await signIn(context.proxy, email, password, { ...from, headers: pinned(0) }),
    await signIn(context.proxy, email, password, { ...from, headers: pinned(1) }),
    await signIn(context.proxy, email, password, { ...from, headers: pinned(1, { "x-forwarded-for": "203.0.113.9" }) }),
  ];
  const codes = after.map((result) => (result.ok ? "signed in" : result.code));
  if (codes.some((code) => code !== "rate_limited")) {
    return {
      name,
      ok: false,
      detail:
        `after 5 failures (instances ${served.join(",")}) the next tries gave ${codes.join(", ")}; ` +
        `expected rate_limited on both instances`,
    };
  }
  // Another address is not locked out of the same account.
  const elsewhere = await signIn(context.proxy, email, password, { localAddress: "127.0.0.22" });
  if (!elsewhere.ok) return { name, ok: false, detail: `a different address could not sign in: ${elsewhere.code}` };
  return {
    name,
    ok: true,
    detail:
      `5 failures split over instances ${served.join(",")}; then rate_limited on 0, 1 and with a forged ` +
      `X-Forwarded-For; another address signs in`,
  };
}

/** One view per visitor per day, whichever instance (or both at once) the beacon reaches. */
async function viewCounts(context: CheckContext): Promise<Check> {
  const name = "Article view counts shared by both instances";
  const article = await context.prisma.article.findFirst({
    where: { status: "published", publishedAt: { lte: new Date() } },
    select: { id: true, slug: true },
  });
  if (!article) return { name, ok: false, detail: "no published article in the seeded database" };
  const read = async () =>
    (await context.prisma.article.findUniqueOrThrow({ where: { id: article.id }, select: { viewCount: true } }))
      .viewCount;
  const before = await read();
  const visitors = 8;
  const counted: number[] = [];
  for (let visitor = 0; visitor < visitors; visitor += 1) {
    const headers = {
      "user-agent": `Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/140.0 reader-${visitor}`,
      accept: "image/*",
    };
    const localAddress = `127.0.0.${40 + visitor}`;
    // The same visitor on both instances at the same moment, then once more on each.
    const answers = await Promise.all(
      [0, 1, 0, 1].map((instance) =>
        httpRequest(`${context.proxy}/api/v1/articles/${article.id}/view`, {
          localAddress,
          headers: pinned(instance, headers),
        }),
      ),
    );
    if (answers.some((answer) => answer.status !== 200))
      return { name, ok: false, detail: `beacon answered ${answers.map((answer) => answer.status).join(",")}` };
    counted.push(answers.filter((answer) => answer.headers["x-view-counted"] === "1").length);
  }
  const after = await read();
  const ok = after - before === visitors && counted.every((count) => count === 1);
  return {
    name,
    ok,
    detail:
      `${visitors} visitors × 4 beacons over both instances: view count ${before} → ${after} (expected ` +
      `+${visitors}); counted per visitor ${counted.join(",")}`,
  };
}

/** Signing out on one instance ends the session on the other at once. */
async function sharedSignOut(context: CheckContext): Promise<Check> {
  const name = "Sign-out on one instance ends the session on the other";
  const { email, password } = context.signOut;
  const session = await signIn(context.proxy, email, password, { localAddress: "127.0.0.31", headers: pinned(0) });
  if (!session.ok) return { name, ok: false, detail: `could not sign in: ${session.code}` };
  const me = async (instance: number) => {
    const response = await httpRequest(`${context.proxy}/api/v1/me`, {
      headers: pinned(instance, { cookie: session.cookie }),
    });
    return response.status === 200 && (JSON.parse(response.body) as { user: unknown }).user !== null;
  };
  const list = async (instance: number) =>
    (
      await httpRequest(`${context.proxy}/api/v1/measurements`, {
        headers: pinned(instance, { cookie: session.cookie }),
      })
    ).status;
  const signedIn = [await me(0), await me(1), (await list(1)) === 200];
  if (signedIn.includes(false))
    return { name, ok: false, detail: `the new session was not accepted everywhere: ${signedIn.join(",")}` };
  const status = await signOut(context.proxy, session.cookie, { localAddress: "127.0.0.31", headers: pinned(0) });
  const afterOnOther = [await me(1), await list(1)];
  const afterOnSame = [await me(0), await list(0)];
  const ok = afterOnOther[0] === false && afterOnOther[1] === 401 && afterOnSame[0] === false && afterOnSame[1] === 401;
  return {
    name,
    ok,
    detail: ok
      ? `signed out on instance 0 (HTTP ${status}); the old cookie is refused on instance 1 (401) and 0`
      : `signed out on instance 0 (HTTP ${status}); the old cookie on instance 1: /api/v1/me signed in = ` +
        `${afterOnOther[0]}, /api/v1/measurements → ${afterOnOther[1]}; on instance 0: ` +
        `${afterOnSame.join(", ")} (a session must be revocable server-side for this to pass)`,
  };
}

export async function twoInstanceChecks(context: CheckContext): Promise<Check[]> {
  const checks: Check[] = [];
  for (const check of [rateLimits, viewCounts, sharedSignOut]) {
    try {
      checks.push(await check(context));
    } catch (error) {
      checks.push({
        name: check.name,
        ok: false,
        detail: `threw: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return checks;
}
