// The one rule for what the public sees. Pure; queries.server.ts states the same rule in SQL/Prisma.
//
// An article is public when it is `published`, or `scheduled` with its publishAt in the past. The
// rule is time-based on purpose: a scheduled article goes live by the clock, with no job or admin
// action, and the public pages (revalidated every minute) pick it up.

/** Tag slug that marks an article as about BMI: its page shows the calculator. */
export const CALCULATOR_TAG = "bmi";

export type Publishable = { status: string; publishAt: Date | null; publishedAt: Date | null; createdAt?: Date };

export function isPublic(article: Publishable, now: Date): boolean {
  if (article.status === "published") return true;
  return article.status === "scheduled" && article.publishAt !== null && article.publishAt.getTime() <= now.getTime();
}

/** The date shown on a public article. Admin writes set publishedAt (= publishAt when scheduling). */
export function shownDate(article: Publishable): Date {
  return article.publishedAt ?? article.publishAt ?? article.createdAt ?? new Date(0);
}
