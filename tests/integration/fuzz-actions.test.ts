// Fuzzes every server action (each export of a "use server" module under lib/, found on disk, so a
// new action is fuzzed or this file fails) with hostile forms: NUL and control characters, huge and
// non-finite numbers, impossible dates, prototype keys, repeated fields, files where text belongs,
// hostile cookies; signed in and signed out, against real PostgreSQL.
//
// Actions run outside Next here, so the two request-scoped Next APIs they use are given a request:
// next/headers (the request's headers and cookie jar) and next/cache (a no-op: there is no page
// cache). redirect(), notFound() and forbidden() are Next's real ones; they throw the errors Next
// turns into responses, and those count as answers. Anything else thrown would be a 500.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";

const request = vi.hoisted(() => {
  process.env.AUTH_SECRET = "test-secret-for-the-action-fuzzer-0123456789";
  // Next's build sets this for experimental.authInterrupts (forbidden()); see next.config.js.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";
  return { headers: new Headers(), cookies: new Map<string, string>() };
});

vi.mock("next/headers", () => {
  const jar = {
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name)! } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") request.cookies.set(name, value ?? "");
      else request.cookies.set(name.name, name.value);
      return jar;
    },
    delete: (name: string | { name: string }) => {
      request.cookies.delete(typeof name === "string" ? name : name.name);
      return jar;
    },
  };
  return {
    headers: async () => request.headers,
    cookies: async () => jar,
    draftMode: async () => ({ isEnabled: false }),
  };
});
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));

import { createTestMeasurement, createTestUser } from "../support/factories";
import { ACTION_FUZZ, type ActionFuzzEntry } from "../support/fuzz-actions";
import { assertFuzz, HOSTILE_STRINGS, hostileString } from "../support/hostile";
import { rowCounts } from "../support/row-counts";
import { sessionCookieFor } from "../support/session";

const ROOT = path.resolve(import.meta.dirname, "../..");
const RUNS = 100;

/** Every "use server" module under lib/, as a path from the project root. */
function discoverActionModules(): string[] {
  return (fs.readdirSync(path.join(ROOT, "lib"), { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => `lib/${file.split(path.sep).join("/")}`)
    .filter((file) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(fs.readFileSync(path.join(ROOT, file), "utf8")))
    .sort();
}

type Action = (...args: unknown[]) => Promise<unknown>;
type FuzzInput = { form: [string, string | File][]; bound: string | null; cookieValue: string; origin: string };
const sessions = { user: "", admin: "" };
let knownMeasurementId = "";

beforeAll(async () => {
  const user = await createTestUser();
  sessions.user = await sessionCookieFor(user.id);
  sessions.admin = await sessionCookieFor((await createTestUser({ role: "ADMIN" })).id);
  knownMeasurementId = (await createTestMeasurement(user.id)).id;
});

/** Next's control-flow errors: redirect, notFound, forbidden, unauthorized. They become responses. */
function nextAnswer(error: unknown): { redirect: string } | { status: number } | null {
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : "";
  if (digest.startsWith("NEXT_REDIRECT;")) return { redirect: digest.split(";")[2] ?? "" };
  const fallback = /^NEXT_HTTP_ERROR_FALLBACK;(\d+)$/.exec(digest);
  return fallback ? { status: Number(fallback[1]) } : null;
}

/** Did the action turn the input down (so it must not have stored anything)? */
function refused(outcome: unknown, thrown: ReturnType<typeof nextAnswer>): boolean {
  if (thrown) return "status" in thrown || thrown.redirect.startsWith("/sign-in");
  if (outcome === undefined) return true; // a form action that neither redirected nor answered did nothing
  return typeof outcome === "object" && outcome !== null && (outcome as { status?: unknown }).status === "error";
}

const formValue: fc.Arbitrary<string | File> = fc.oneof(
  { weight: 8, arbitrary: hostileString },
  {
    weight: 1,
    arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map((text) => new File([text], "x.csv", { type: "text/csv" })),
  },
);

function hostileForm(entry: ActionFuzzEntry): fc.Arbitrary<[string, string | File][]> {
  const name = fc.oneof(
    fc.constantFrom(...(entry.fields.length ? entry.fields : ["x"])),
    fc.constantFrom("__proto__", "constructor", "$ACTION_ID_x", "id"),
  );
  return fc.array(fc.tuple(name, formValue), { maxLength: 10 });
}

describe("server action fuzzing", () => {
  const modules = discoverActionModules();

  it("has a fuzz entry for every exported server action (add new ones to tests/support/fuzz-actions.ts)", async () => {
    expect(modules.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const file of modules) {
      const exported = Object.keys(await import(/* @vite-ignore */ path.join(ROOT, file)));
      for (const name of exported) if (!ACTION_FUZZ[file]?.[name]) missing.push(`${file}#${name}`);
    }
    expect(missing, "server actions without a fuzz entry").toEqual([]);
    const stale = Object.entries(ACTION_FUZZ).flatMap(([file, actions]) =>
      modules.includes(file) ? [] : Object.keys(actions).map((name) => `${file}#${name}`),
    );
    expect(stale, "fuzz entries for modules that no longer exist").toEqual([]);
  });

  for (const [file, actions] of Object.entries(ACTION_FUZZ)) {
    for (const [name, entry] of Object.entries(actions)) {
      it(`${file}#${name}: no unexpected throw, nothing stored when refused`, { timeout: 240_000 }, async () => {
        if (!modules.includes(file)) return; // reported above
        const action = (await import(/* @vite-ignore */ path.join(ROOT, file)))[name] as Action | undefined;
        expect(typeof action, `${file} exports no ${name}`).toBe("function");

        async function check({ form, bound, cookieValue, origin }: FuzzInput) {
          const formData = new FormData();
          for (const [key, value] of form) formData.append(key, value);
          request.cookies.clear();
          // What a Cookie header can carry of it: printable ASCII without separators.
          for (const cookie of entry.cookies ?? [])
            request.cookies.set(cookie, cookieValue.toWellFormed().replace(/[^\x21-\x7e]|[;,"\\]/g, "%"));
          const sessionCookie =
            entry.caller === "anonymous"
              ? ""
              : entry.caller === "fresh"
                ? await sessionCookieFor((await createTestUser()).id)
                : sessions[entry.caller];
          const jarCookies = [...request.cookies].map(([key, value]) => `${key}=${value}`);
          request.headers = new Headers({
            host: "localhost",
            origin,
            "x-forwarded-for": "203.0.113.9",
            cookie: [sessionCookie, ...jarCookies].filter(Boolean).join("; "),
          });

          const args =
            entry.shape === "form"
              ? [formData]
              : entry.shape === "state-form"
                ? [{ status: "idle" }, formData]
                : entry.shape === "bound-state-form"
                  ? [bound, { status: "idle" }, formData]
                  : entry.shape === "text"
                    ? [typeof form[0]?.[1] === "string" ? form[0][1] : "\u0000"]
                    : [];
          const before = await rowCounts();
          let outcome: unknown;
          let thrown: ReturnType<typeof nextAnswer> = null;
          try {
            outcome = await action!(...args);
          } catch (error) {
            thrown = nextAnswer(error);
            if (!thrown) throw new Error(`${name} threw: ${error instanceof Error ? error.message : String(error)}`);
          }
          if (refused(outcome, thrown))
            expect(await rowCounts(), `${name} refused the input but stored something`).toEqual(before);
        }

        // First a fixed sweep of the classic cases through ids (bound arguments and "id" fields) on
        // every run; then random forms.
        if (entry.shape === "bound-state-form" || entry.fields.includes("id")) {
          for (const value of HOSTILE_STRINGS)
            await check({ form: [["id", value]], bound: value, cookieValue: "", origin: "http://localhost" });
        }
        const input: fc.Arbitrary<FuzzInput> = fc.record({
          form: hostileForm(entry),
          bound: fc.oneof(
            hostileString,
            fc.constant(null),
            fc.constant(null).map(() => knownMeasurementId),
          ),
          cookieValue: hostileString,
          origin: fc.constantFrom("http://localhost", "http://evil.example"),
        });
        await assertFuzz(fc.asyncProperty(input, check), RUNS);
      });
    }
  }
});
