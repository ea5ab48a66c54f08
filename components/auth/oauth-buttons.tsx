import { oauthSignInAction } from "@/lib/auth/actions";
import { CallbackUrlField } from "./callback-url";

const LABELS = { github: "Continue with GitHub", google: "Continue with Google" } as const;

/**
 * One button per OAuth provider that is configured (none offline). `callbackUrl` fixed (sign-up), or
 * read from the page's query in the browser (sign-in; the action falls back to the Referer).
 */
export function OAuthButtons({ providers, callbackUrl }: { providers: ("github" | "google")[]; callbackUrl?: string }) {
  if (providers.length === 0) return null;
  return (
    <div className="space-y-2">
      {providers.map((provider) => (
        <form key={provider} action={oauthSignInAction}>
          <input type="hidden" name="provider" value={provider} />
          {callbackUrl === undefined ? (
            <CallbackUrlField />
          ) : (
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
          )}
          <button
            type="submit"
            className={
              "w-full rounded-lg border border-stone-300 bg-white px-4 py-2.5 font-medium text-stone-800 " +
              "hover:bg-stone-50"
            }
          >
            {LABELS[provider]}
          </button>
        </form>
      ))}
      <p className="py-1 text-center text-xs uppercase tracking-wide text-stone-400">or with email</p>
    </div>
  );
}
