import { describe, expect, it } from "vitest";
import { callbackFromReferer, submittedCallback } from "./referer-callback";
import { safeCallbackUrl } from "./redirects";

describe("callbackFromReferer", () => {
  it("reads ?callbackUrl= of the sign-in page's address", () => {
    expect(callbackFromReferer("http://127.0.0.1:3100/sign-in?callbackUrl=%2Fprofile%3Fwelcome%3D1")).toBe(
      "/profile?welcome=1",
    );
    expect(callbackFromReferer("https://steadyback.example/sign-in/?callbackUrl=/dashboard/measurements")).toBe(
      "/dashboard/measurements",
    );
  });

  it("is null for another page, no query, no Referer or a malformed one", () => {
    expect(callbackFromReferer("http://127.0.0.1:3100/sign-up?callbackUrl=/profile")).toBeNull();
    expect(callbackFromReferer("http://127.0.0.1:3100/sign-in-evil?callbackUrl=/profile")).toBeNull();
    expect(callbackFromReferer("http://127.0.0.1:3100/sign-in")).toBeNull();
    expect(callbackFromReferer(null)).toBeNull();
    expect(callbackFromReferer("")).toBeNull();
    expect(callbackFromReferer("not a url")).toBeNull();
  });

  it("hands back raw input: a hostile target is still refused by safeCallbackUrl", () => {
    const raw = callbackFromReferer("http://127.0.0.1:3100/sign-in?callbackUrl=/%09/127.0.0.1:8089/phish");
    expect(raw).toBe("/\t/127.0.0.1:8089/phish");
    expect(safeCallbackUrl(raw)).toBe("/dashboard");
    expect(safeCallbackUrl(callbackFromReferer("http://a.example/sign-in?callbackUrl=https://evil.example/"))).toBe(
      "/dashboard",
    );
  });
});

describe("submittedCallback", () => {
  const referer = "http://127.0.0.1:3100/sign-in?callbackUrl=/profile";

  it("prefers the form's field, even an empty one", () => {
    expect(submittedCallback("/account", referer)).toBe("/account");
    expect(submittedCallback("", referer)).toBe("");
  });

  it("falls back to the Referer when the form has no such field (no JavaScript)", () => {
    expect(submittedCallback(null, referer)).toBe("/profile");
    expect(submittedCallback(null, null)).toBeNull();
  });
});
