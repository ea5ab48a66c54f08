import { describe, expect, it } from "vitest";
import { safeCallbackUrl, safeRedirectUrl } from "./redirects";

const ORIGIN = "http://localhost:3000";
const FALLBACK = "/dashboard";

/**
 * Each of these has taken someone to another host in some browser or framework: browsers drop tabs
 * and newlines inside URLs, read "\" as "/", and treat "//host" and "/\host" as another host.
 */
const HOSTILE = [
  "/\t/127.0.0.1:8089/phish",
  "/%09/127.0.0.1:8089/phish", // as it arrives when something decodes it once more
  "/\n/evil.com",
  "/\r/evil.com",
  "/\r\n/evil.com",
  "/\u0000/evil.com",
  "/\u007f/evil.com",
  "/\t\t/evil.com",
  "\t//evil.com",
  "//evil.com",
  "//evil.com/dashboard",
  "///evil.com",
  "/\\evil.com",
  "\\\\evil.com",
  "\\/evil.com",
  "/\\/evil.com",
  "/%2F/evil.com",
  "/%2f%2fevil.com",
  "/%5Cevil.com",
  "/%5cevil.com",
  "/%252F/evil.com", // double-encoded
  "/%0a/evil.com",
  "/%0D/evil.com",
  "/%00/evil.com",
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "http://evil.com",
  "https://evil.com/dashboard",
  "http://localhost:3001/dashboard", // our host, another port
  "https://localhost:3000/dashboard", // our host, another scheme
  "http://localhost:3000@evil.com/",
  "//localhost:3000@evil.com",
  "//@evil.com",
  "/\\@evil.com",
  "https:evil.com",
  "http:evil.com",
  "http:/evil.com",
  " /dashboard",
  "\u00a0/dashboard",
  "\u3000//evil.com",
  "evil.com",
  "dashboard",
  "",
  `/${"a".repeat(5000)}`,
  "/%E0%A4%A", // malformed escape
];
/** Test names: the long one would fill the screen. */
const CASES = HOSTILE.map((value) => [JSON.stringify(value).slice(0, 60), value] as const);

describe("safeCallbackUrl", () => {
  it("keeps paths on our own site, with their query and fragment", () => {
    expect(safeCallbackUrl("/dashboard")).toBe("/dashboard");
    expect(safeCallbackUrl("/dashboard/measurements/new?units=us#form")).toBe(
      "/dashboard/measurements/new?units=us#form",
    );
    expect(safeCallbackUrl("/profile?welcome=1")).toBe("/profile?welcome=1");
    expect(safeCallbackUrl("/")).toBe("/");
    // A path that only looks like a host is still a path on our site.
    expect(safeCallbackUrl("/@evil.com")).toBe("/@evil.com");
    expect(safeCallbackUrl("/evil.com")).toBe("/evil.com");
  });

  it("answers in the URL's normal form: ASCII only, so it is always a valid Location header", () => {
    expect(safeCallbackUrl("/dashboard/é")).toBe("/dashboard/%C3%A9");
    expect(safeCallbackUrl("/entries?note=ü ok")).toBe("/entries?note=%C3%BC%20ok");
  });

  it.each(CASES)("refuses %s", (_name, value) => {
    expect(safeCallbackUrl(value)).toBe(FALLBACK);
    expect(safeCallbackUrl(value, "/")).toBe("/");
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 42, ["/dashboard"], { href: "/dashboard" }, new URL("http://evil.com")]) {
      expect(safeCallbackUrl(value)).toBe(FALLBACK);
    }
  });

  it("never returns something that leaves our origin, has control characters or starts like a host", () => {
    const alphabet = [
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      "\u0000",
      "%",
      "2",
      "F",
      "5",
      "C",
      "0",
      "9",
      "a",
      ":",
      "@",
      ".",
      " ",
      "?",
      "#",
      "e",
    ];
    // Every string of up to 3 of these characters, prefixed with "/" (covers all short mixes).
    const strings: string[] = [""];
    for (let length = 1; length <= 3; length++) {
      for (const prefix of strings.filter((s) => s.length === length - 1))
        for (const c of alphabet) strings.push(prefix + c);
    }
    for (const tail of strings) {
      for (const value of [`/${tail}`, tail]) {
        const result = safeCallbackUrl(value);
        expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
        // What a lenient browser would do to it: drop tabs and newlines, read "\" as "/".
        const lenient = result.replace(/[\t\n\r]/g, "").replace(/\\/g, "/");
        expect(new URL(lenient, ORIGIN).origin).toBe(ORIGIN);
        expect(result).not.toMatch(/[\u0000-\u001f\u007f\\]/);
        expect(result).toMatch(/^\/(?![/\\])[\u0021-\u007e]*$/);
      }
    }
  });
});

describe("safeRedirectUrl (Auth.js redirect callback)", () => {
  it("makes paths absolute on our origin and keeps our own absolute URLs", () => {
    expect(safeRedirectUrl("/dashboard", ORIGIN)).toBe(`${ORIGIN}/dashboard`);
    expect(safeRedirectUrl(`${ORIGIN}/profile?welcome=1`, ORIGIN)).toBe(`${ORIGIN}/profile?welcome=1`);
  });

  it.each(CASES)("sends %s to our home page", (_name, value) => {
    expect(safeRedirectUrl(value, ORIGIN)).toBe(`${ORIGIN}/`);
  });
});
