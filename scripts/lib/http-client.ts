// A small HTTP client on node:http for the load and resilience scripts: it can pick the local
// address a request comes from (to play many clients on loopback: 127.0.0.0/8 is all ours), keeps
// connections alive, and never throws for an HTTP status, only for a network failure or timeout.
import http from "node:http";

export type HttpResponse = { status: number; headers: http.IncomingHttpHeaders; body: string; ms: number };
export type HttpOptions = {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The loopback address the request comes from (e.g. 127.0.0.42). */
  localAddress?: string;
  timeoutMs?: number;
  agent?: http.Agent;
};

export function httpRequest(url: string, options: HttpOptions = {}): Promise<HttpResponse> {
  const target = new URL(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        headers: {
          ...options.headers,
          ...(options.body !== undefined && { "content-length": String(Buffer.byteLength(options.body)) }),
        },
        localAddress: options.localAddress,
        agent: options.agent,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
          }),
        );
        response.on("error", reject);
      },
    );
    request.setTimeout(options.timeoutMs ?? 30_000, () =>
      request.destroy(new Error(`timeout after ${options.timeoutMs ?? 30_000} ms: ${url}`)),
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** name=value pairs from Set-Cookie headers (attributes dropped; an emptied cookie is left out). */
export function cookiesFrom(headers: http.IncomingHttpHeaders): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const line of headers["set-cookie"] ?? []) {
    const pair = line.split(";")[0] ?? "";
    const at = pair.indexOf("=");
    if (at > 0) jar[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return jar;
}

export function cookieHeader(jar: Record<string, string>): string {
  return Object.entries(jar)
    .filter(([, value]) => value !== "")
    .map(([name, value]) => `${name}=${value}`)
    .join("; ");
}

export type SignInResult = { ok: true; cookie: string } | { ok: false; code: string; location: string };

/**
 * Signs in through Auth.js's own endpoints, exactly as a browser's form post does (CSRF token,
 * then POST /api/auth/callback/credentials), so the session is whatever the app really issues.
 */
export async function signIn(
  base: string,
  email: string,
  password: string,
  options: { localAddress?: string; headers?: Record<string, string> } = {},
): Promise<SignInResult> {
  const csrf = await httpRequest(`${base}/api/auth/csrf`, {
    localAddress: options.localAddress,
    headers: options.headers,
  });
  if (csrf.status !== 200) throw new Error(`GET /api/auth/csrf answered ${csrf.status}`);
  const jar = cookiesFrom(csrf.headers);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const form = new URLSearchParams({ csrfToken, email, password, callbackUrl: `${base}/dashboard` }).toString();
  const response = await httpRequest(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    localAddress: options.localAddress,
    headers: {
      ...options.headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookieHeader(jar),
      origin: base,
    },
    body: form,
  });
  const location = String(response.headers.location ?? "");
  const session = Object.entries(cookiesFrom(response.headers)).find(([name]) => name.endsWith("authjs.session-token"));
  if (session && session[1]) return { ok: true, cookie: cookieHeader({ ...jar, [session[0]]: session[1] }) };
  const code =
    new URL(location || "/", base).searchParams.get("code") ??
    new URL(location || "/", base).searchParams.get("error") ??
    `status ${response.status}`;
  return { ok: false, code, location };
}

/** Signs out through Auth.js's endpoint (what the site's sign-out does), with the session's cookie. */
export async function signOut(
  base: string,
  cookie: string,
  options: { localAddress?: string; headers?: Record<string, string> } = {},
): Promise<number> {
  const csrf = await httpRequest(`${base}/api/auth/csrf`, {
    localAddress: options.localAddress,
    headers: { ...options.headers, cookie },
  });
  const jar = {
    ...Object.fromEntries(
      cookie.split("; ").map((pair) => [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)]),
    ),
    ...cookiesFrom(csrf.headers),
  };
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const response = await httpRequest(`${base}/api/auth/signout`, {
    method: "POST",
    localAddress: options.localAddress,
    headers: {
      ...options.headers,
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookieHeader(jar),
      origin: base,
    },
    body: new URLSearchParams({ csrfToken, callbackUrl: base }).toString(),
  });
  return response.status;
}
