// next.config.js sends a prerendered page's query to its per-request twin (ADR 0023). Its lists of
// query parameters are plain JavaScript; they must stay equal to the forms that produce them.
import type { NextConfig } from "next";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { BMI_FORM_FIELDS } from "@/components/bmi/form-fields";

// A plain JavaScript file without types: imported by URL and typed here.
const CONFIG = pathToFileURL(path.join(import.meta.dirname, "../../next.config.js")).href;

type Rule = { source: string; has: { type: string; key: string }[]; destination: string };

async function keysFor(source: string): Promise<string[]> {
  const nextConfig = ((await import(/* @vite-ignore */ CONFIG)) as { default: NextConfig }).default;
  const rewrites = (await nextConfig.rewrites!()) as unknown as { beforeFiles: Rule[] };
  return rewrites.beforeFiles
    .filter((rule) => rule.source === source)
    .flatMap((rule) => rule.has.map((condition) => condition.key));
}

describe("query rewrites", () => {
  it("send every calculator field of /bmi to the per-request result page", async () => {
    expect((await keysFor("/bmi")).sort()).toEqual([...BMI_FORM_FIELDS].sort());
  });

  it("send every routine filter of /routines to the filtered twin", async () => {
    expect((await keysFor("/routines")).sort()).toEqual(["intensity", "kind", "tag"]);
  });
});
