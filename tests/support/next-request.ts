// Stand-ins for what Next provides around a server action, so actions can be called directly in
// integration tests with a real session: the request headers (the signed-in person's real Auth.js
// cookie, which auth() decodes as it would in production) and the revalidation calls (recorded, as
// there is no Next cache here). Use from a test file:
//
//   vi.mock("next/headers", async () => (await import("../support/next-request")).nextHeadersModule());
//   vi.mock("next/cache", async () => (await import("../support/next-request")).nextCacheModule());
//   actAs(cookie);  // then call the action
export const request = { cookie: "", revalidated: [] as string[] };

export function actAs(cookie: string): void {
  request.cookie = cookie;
}

export function nextHeadersModule() {
  const headers = () =>
    new Headers({ host: "localhost", "x-forwarded-proto": "http", ...(request.cookie && { cookie: request.cookie }) });
  return {
    headers: async () => headers(),
    cookies: async () => {
      const jar = new Map(
        request.cookie
          .split(/;\s*/)
          .filter(Boolean)
          .map((pair) => pair.split("=", 2) as [string, string]),
      );
      return {
        get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
        getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      };
    },
  };
}

export function nextCacheModule() {
  const record = (...args: unknown[]) => {
    request.revalidated.push(args.join(" "));
  };
  return { revalidatePath: record, revalidateTag: record, updateTag: record, refresh: () => {} };
}

/** What a Next control-flow error (redirect, notFound, forbidden) carries, or null for other errors. */
export function nextDigest(error: unknown): string | null {
  return typeof error === "object" && error !== null && "digest" in error && typeof error.digest === "string"
    ? error.digest
    : null;
}

/** Runs an action and returns the digest it threw (redirects, 403, 404), or "returned" if it returned. */
export async function outcome(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return "returned";
  } catch (error) {
    const digest = nextDigest(error);
    if (digest === null) throw error;
    return digest;
  }
}
