import { describe, expect, it } from "vitest";
import { enabledOAuthProviders, oauthCredentials } from "./providers";

describe("OAuth providers", () => {
  it("switches a provider on only when its id and secret are both set", () => {
    expect(enabledOAuthProviders({})).toEqual([]);
    expect(enabledOAuthProviders({ AUTH_GITHUB_ID: "id" })).toEqual([]);
    expect(enabledOAuthProviders({ AUTH_GITHUB_ID: "id", AUTH_GITHUB_SECRET: "  " })).toEqual([]);
    expect(enabledOAuthProviders({ AUTH_GOOGLE_ID: "g", AUTH_GOOGLE_SECRET: "s" })).toEqual(["google"]);
    expect(
      enabledOAuthProviders({
        AUTH_GOOGLE_ID: "g",
        AUTH_GOOGLE_SECRET: "s",
        AUTH_GITHUB_ID: "a",
        AUTH_GITHUB_SECRET: "b",
      }),
    ).toEqual(["github", "google"]);
  });

  it("hands Auth.js the credentials of each one switched on", () => {
    expect(oauthCredentials({ AUTH_GITHUB_ID: " a ", AUTH_GITHUB_SECRET: "b", AUTH_GOOGLE_ID: "g" })).toEqual([
      { provider: "github", clientId: "a", clientSecret: "b" },
    ]);
  });
});
