// Sessions end on the server (docs/decisions/0010): signing in through Auth.js's real endpoints,
// then replaying the cookie from before a sign-out, a "sign out of all devices" or a password change
// against the JSON API's route handlers.
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-sessions-0123456789abcdef";
});

const { GET: authGet, POST: authPost } = await import("@/lib/auth/handlers");
const { GET: listMeasurements } = await import("@/app/api/v1/measurements/route");
const { GET: exportData } = await import("@/app/api/v1/account/export/route");
const { endAllSessions } = await import("@/lib/auth/sessions.server");
const { changePassword } = await import("@/lib/auth/password-change.server");
const { signUpSchema } = await import("@/lib/auth/schemas");
const { createUserWithPassword } = await import("@/lib/auth/users.server");
const { db } = await import("@/lib/db");

const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct horse battery";

/** Cookies as a browser keeps them: name → value, updated from each response's Set-Cookie. */
class Browser {
  cookies = new Map<string, string>();
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
  keep(response: Response): Response {
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      const expired = attributes.some((attribute) => /^\s*(max-age=0|expires=thu, 01 jan 1970)/i.test(attribute));
      if (expired) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
    return response;
  }
  session(): string {
    return `authjs.session-token=${this.cookies.get("authjs.session-token")}`;
  }
  async csrf(): Promise<string> {
    const response = this.keep(
      await authGet(new NextRequest(`${ORIGIN}/api/auth/csrf`, { headers: { cookie: this.header() } })),
    );
    return ((await response.json()) as { csrfToken: string }).csrfToken;
  }
  async post(path: string, form: Record<string, string>): Promise<Response> {
    const body = new URLSearchParams({ ...form, csrfToken: await this.csrf() });
    const headers = { cookie: this.header(), "content-type": "application/x-www-form-urlencoded" };
    return this.keep(await authPost(new NextRequest(`${ORIGIN}${path}`, { method: "POST", headers, body })));
  }
  async signIn(email: string, password = PASSWORD): Promise<string> {
    const response = await this.post("/api/auth/callback/credentials", { email, password, callbackUrl: "/dashboard" });
    expect(response.headers.get("location")).toBe(`${ORIGIN}/dashboard`);
    expect(this.cookies.has("authjs.session-token")).toBe(true);
    return this.session();
  }
  async signOut(): Promise<void> {
    await this.post("/api/auth/signout", { callbackUrl: "/" });
  }
}

const api = (cookie: string) => listMeasurements(new Request(`${ORIGIN}/api/v1/measurements`, { headers: { cookie } }));
const apiExport = (cookie: string) =>
  exportData(new Request(`${ORIGIN}/api/v1/account/export?format=json`, { headers: { cookie } }));
async function sessionEndpoint(cookie: string): Promise<unknown> {
  return (await authGet(new NextRequest(`${ORIGIN}/api/auth/session`, { headers: { cookie } }))).json();
}

let email: string;
let userId: string;
beforeAll(async () => {
  email = `sessions-${Date.now()}@example.com`;
  userId = (await createUserWithPassword(signUpSchema.parse({ email, password: PASSWORD }))).id;
});

describe("signing out", () => {
  it("ends the session on the server: the cookie from before sign-out gets 401 from the API", async () => {
    const browser = new Browser();
    const cookie = await browser.signIn(email);
    expect((await api(cookie)).status).toBe(200);
    expect((await apiExport(cookie)).status).toBe(200);
    expect(await sessionEndpoint(cookie)).toMatchObject({ user: { email } });

    await browser.signOut();
    expect(browser.cookies.has("authjs.session-token")).toBe(false);

    // Someone kept a copy of the cookie (another tab, a proxy log, malware): it is worthless now.
    const replayed = await api(cookie);
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ error: { code: "unauthenticated" } });
    expect((await apiExport(cookie)).status).toBe(401);
    expect(await sessionEndpoint(cookie)).toBeNull();
  });

  it("ends only that session: another device stays signed in", async () => {
    const laptop = new Browser();
    const phone = new Browser();
    const laptopCookie = await laptop.signIn(email);
    const phoneCookie = await phone.signIn(email);
    await laptop.signOut();
    expect((await api(laptopCookie)).status).toBe(401);
    expect((await api(phoneCookie)).status).toBe(200);
  });
});

describe("sign out of all devices", () => {
  it("ends every session of the account, and only of that account", async () => {
    const other = await createUserWithPassword(
      signUpSchema.parse({ email: `bystander-${Date.now()}@example.com`, password: PASSWORD }),
    );
    const bystander = await new Browser().signIn(
      (await db().user.findUniqueOrThrow({ where: { id: other.id } })).email!,
    );
    const cookies = [
      await new Browser().signIn(email),
      await new Browser().signIn(email),
      await new Browser().signIn(email),
    ];
    for (const cookie of cookies) expect((await api(cookie)).status).toBe(200);

    expect(await endAllSessions(userId)).toBeGreaterThanOrEqual(3);

    for (const cookie of cookies) expect((await api(cookie)).status).toBe(401);
    expect((await api(bystander)).status).toBe(200);
    expect(await db().session.count({ where: { userId } })).toBe(0);
  });
});

describe("changing the password", () => {
  it("keeps the session that changed it and ends every other one", async () => {
    const here = new Browser();
    const hereCookie = await here.signIn(email);
    const elsewhereCookie = await new Browser().signIn(email);
    const hereSession = await db().session.findMany({ where: { userId }, select: { sessionToken: true } });
    expect(hereSession.length).toBeGreaterThanOrEqual(2);

    const current = await sessionIdOf(hereCookie);
    const result = await changePassword({
      userId,
      sessionId: current,
      currentPassword: PASSWORD,
      newPassword: "a brand new passphrase",
      ip: "203.0.113.70",
    });
    expect(result).toEqual({ ok: true });

    expect((await api(hereCookie)).status).toBe(200);
    expect((await api(elsewhereCookie)).status).toBe(401);
    expect(await db().session.count({ where: { userId } })).toBe(1);
    // The new password signs in; the old one does not.
    await new Browser().signIn(email, "a brand new passphrase");
    const old = await new Browser().post("/api/auth/callback/credentials", {
      email,
      password: PASSWORD,
      callbackUrl: "/dashboard",
    });
    expect(old.headers.get("location")).toContain("error=CredentialsSignin");
  });

  it("refuses a wrong current password and changes nothing", async () => {
    const cookie = await new Browser().signIn(email, "a brand new passphrase");
    const other = await new Browser().signIn(email, "a brand new passphrase");
    const result = await changePassword({
      userId,
      sessionId: await sessionIdOf(cookie),
      currentPassword: "not the password",
      newPassword: "yet another passphrase",
      ip: "203.0.113.71",
    });
    expect(result).toMatchObject({ ok: false, fields: { currentPassword: expect.any(String) } });
    expect((await api(other)).status).toBe(200);
  });
});

/** The server-side session id inside a cookie (what the change-password action gets from its guard). */
async function sessionIdOf(cookie: string): Promise<string> {
  const { decode } = await import("next-auth/jwt");
  const token = await decode({
    token: cookie.split("=")[1]!,
    secret: process.env.AUTH_SECRET!,
    salt: "authjs.session-token",
  });
  return String(token?.sid);
}
