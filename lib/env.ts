// The one validated view of the environment. Server code reads configuration (every variable an
// operator sets, as listed in .env.example) from here only, so a missing or malformed variable fails
// loudly at start-up instead of inside a request. Read straight from process.env instead: NODE_ENV
// (inlined by Next at build time), NEXT_PHASE and NEXT_DIST_DIR, which Next or our own scripts set
// for the process rather than an operator; and Auth.js reads its AUTH_* variables itself.
import { z } from "zod";

const optional = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }),
    AUTH_SECRET: optional,
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_GOOGLE_ID: optional,
    AUTH_GOOGLE_SECRET: optional,
    ADMIN_EMAILS: optional,
    /** "true" or "1": a proxy of ours sets X-Forwarded-Host/-Proto (lib/http/write-guard.ts; Auth.js reads it too). */
    AUTH_TRUST_HOST: optional,
    /** The port of `npm start`/`npm run dev`, for the local default of SITE_URL (lib/site.ts). */
    PORT: optional,
    /** The public origin of the site (canonical URLs, feed, sitemap); lib/site.ts. Default http://localhost:$PORT. */
    SITE_URL: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z
        .url({ protocol: /^https?$/, message: "SITE_URL must be an http(s) origin like https://steadyback.example" })
        .transform((value) => new URL(value).origin)
        .optional(),
    ),
    /** How many proxies of ours append to X-Forwarded-For; 0 = served directly (lib/auth/client-ip.ts). */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Auth.js's own setting; when set, it also decides the session cookie's name (__Secure- on https). */
    AUTH_URL: optional.pipe(z.url({ message: "AUTH_URL must be an http(s) URL" }).optional()),
    /** smtp(s)://user:pass@host:port. Unset: mail goes to MAIL_OUTBOX_DIR and its links to the console. */
    SMTP_URL: optional,
    MAIL_FROM: optional,
    MAIL_OUTBOX_DIR: optional,
  })
  .refine((e) => !e.SMTP_URL || e.MAIL_FROM, {
    path: ["MAIL_FROM"],
    message: "MAIL_FROM is required when SMTP_URL is set",
  });

export type Env = z.infer<typeof schema>;

function load(): Env {
  // Escape hatch for tooling that imports app modules without a configured environment
  // (e.g. `next build` in a container image build). Values are then taken as they are.
  if (process.env.SKIP_ENV_VALIDATION === "1") return process.env as unknown as Env;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid environment:\n${problems}\nSee .env.example for every variable and its meaning.`);
  }
  return parsed.data;
}

let cached: Env | undefined;

/** Validated on first use, so that modules can be imported by the build without a database. */
export function env(): Env {
  cached ??= load();
  return cached;
}
