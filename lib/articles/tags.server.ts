// Tags are shared rows (one per slug), created on first use by any article write. Used by the admin
// writes and the seed, inside their transaction.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { tagLabel } from "./slug";

/** The ids of these tag slugs (already normalised by the schema), creating the missing tags. */
export async function ensureTags(tx: Prisma.TransactionClient, slugs: readonly string[]): Promise<string[]> {
  if (slugs.length === 0) return [];
  await tx.tag.createMany({ data: slugs.map((slug) => ({ slug, name: tagLabel(slug) })), skipDuplicates: true });
  const rows = await tx.tag.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  return slugs.flatMap((slug) => ids.get(slug) ?? []);
}
