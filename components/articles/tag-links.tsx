import Link from "next/link";
import type { TagRef } from "@/lib/articles/types";

export function TagLinks({ tags, label = "Tags" }: { tags: TagRef[]; label?: string }) {
  if (tags.length === 0) return null;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-2">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link
            href={`/tags/${tag.slug}`}
            className={
              "inline-block rounded-full border border-brand-100 bg-brand-50 px-2.5 py-0.5 text-xs " +
              "font-medium text-brand-900 hover:border-brand-500"
            }
          >
            {tag.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
