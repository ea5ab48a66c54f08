// What the admin's exercise and routine writes share: their result shape and the reading of
// database refusals (a slug taken a moment ago, a row still referenced) as answers, not 500s.
import "server-only";

/** `revalidate`: public routine slugs whose pages show what changed (old and new slug). */
export type CatalogWriteResult =
  { ok: true; id: string; slug: string; revalidate: string[] } | { ok: false; fields: Record<string, string> } | null;

export type CatalogDeleteResult = { ok: true; revalidate: string[] } | { ok: false; message: string } | null;

function prismaCode(error: unknown): string | null {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string"
    ? error.code
    : null;
}

/** A unique violation on this model's slug (the only unique column besides the id). */
export function isSlugTaken(error: unknown, model: "Exercise" | "Routine"): boolean {
  if (prismaCode(error) !== "P2002") return false;
  const meta = (error as { meta?: { modelName?: string; target?: unknown } }).meta;
  if (Array.isArray(meta?.target)) return meta.modelName === model && meta.target.includes("slug");
  return JSON.stringify(meta ?? {}).includes(`${model}_slug_key`);
}

/** A foreign key still pointing at the row (it came into use between our check and the delete). */
export function isStillReferenced(error: unknown): boolean {
  return prismaCode(error) === "P2003";
}
