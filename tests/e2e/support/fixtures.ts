// Every end-to-end test browses from an address of its own (as a proxy would report it), so the
// per-IP sign-in and sign-up limits of one test never spill into another.
import { test as base } from "@playwright/test";

export function fakeClientIp(): string {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  return `198.18.${octet()}.${octet()}`; // RFC 2544 benchmarking range: never a real client
}

export const test = base.extend({
  // `provide` is Playwright's fixture callback (named so React's hook rule does not mistake it).
  extraHTTPHeaders: async ({}, provide) => {
    await provide({ "x-forwarded-for": fakeClientIp() });
  },
});

export { expect } from "@playwright/test";
