// Which OAuth providers are switched on: those whose id and secret are both set. The one place that
// decides it, for the Auth.js configuration (auth.server.ts), the sign-in and sign-up pages' buttons
// and the Content-Security-Policy's form targets (lib/http/content-security-policy.ts).
import { env } from "@/lib/env";

export const OAUTH_PROVIDERS = ["github", "google"] as const;
export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];

/** The environment variables of each provider: both set (and not blank) switch it on. */
export const OAUTH_KEYS = {
  github: { id: "AUTH_GITHUB_ID", secret: "AUTH_GITHUB_SECRET" },
  google: { id: "AUTH_GOOGLE_ID", secret: "AUTH_GOOGLE_SECRET" },
} as const satisfies Record<OAuthProvider, { id: string; secret: string }>;

type OAuthEnvironment = Partial<
  Record<(typeof OAUTH_KEYS)[OAuthProvider][keyof (typeof OAUTH_KEYS)[OAuthProvider]], string | undefined>
>;

/** The providers switched on, in a fixed order, with their credentials. */
export function oauthCredentials(
  environment: OAuthEnvironment = env(),
): { provider: OAuthProvider; clientId: string; clientSecret: string }[] {
  return OAUTH_PROVIDERS.flatMap((provider) => {
    const clientId = environment[OAUTH_KEYS[provider].id]?.trim();
    const clientSecret = environment[OAUTH_KEYS[provider].secret]?.trim();
    return clientId && clientSecret ? [{ provider, clientId, clientSecret }] : [];
  });
}

/** The providers switched on, for the sign-in and sign-up pages. */
export function enabledOAuthProviders(environment: OAuthEnvironment = env()): OAuthProvider[] {
  return oauthCredentials(environment).map(({ provider }) => provider);
}
