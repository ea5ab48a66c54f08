import type { Metadata } from "next";
import Link from "next/link";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { listTags } from "@/lib/articles/queries.server";
import { absoluteUrl } from "@/lib/site";

export const revalidate = 60;

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: "Topics",
    description: "Every topic our articles cover.",
    alternates: { canonical: absoluteUrl("/tags") },
  };
}

export default async function TagsPage() {
  const tags = await orEmptyAtBuild([], listTags);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Topics</h1>
      {tags.length === 0 ? (
        <p className="text-stone-600">No topics yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-3">
          {tags.map((tag) => (
            <li key={tag.slug}>
              <Link
                href={`/tags/${tag.slug}`}
                className={
                  "inline-block rounded-full border border-stone-300 bg-white px-4 py-2 text-stone-800 " +
                  "hover:border-brand-500"
                }
              >
                {tag.name} <span className="text-stone-500">({tag.count})</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
