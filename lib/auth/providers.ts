// Which OAuth providers are switched on (their keys are present), for the sign-in page.
import { env } from "@/lib/env";

export function enabledOAuthProviders(): ("github" | "google")[] {
  const e = env();
  const providers: ("github" | "google")[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) providers.push("github");
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) providers.push("google");
  return providers;
}
