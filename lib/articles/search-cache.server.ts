/**
 * The search page's answers, kept for a few seconds (ADR 0029). A search is one SQL statement, but
 * that statement is most of what the page costs: planning it and making ten headlines with
 * ts_headline take PostgreSQL ~8 ms of CPU, on the same cores that render the pages. Visitors
 * repeat the same few searches, so the page reuses an answer for SEARCH_CACHE_MS, and identical
 * searches that arrive together share one statement.
 *
 * Articles are public and the same for everyone, so nothing personal is kept. An admin write
 * forgets everything at once (revalidateArticles); what else changes the answer (a scheduled
 * article coming due, a write served by another instance) shows within SEARCH_CACHE_MS. A failed
 * search is never kept: the next visitor asks the database again.
 */
import "server-only";
import { cleanSearchQuery } from "./search-text";
import { searchArticles } from "./search.server";
import type { SearchOutcome } from "./types";

export const SEARCH_CACHE_MS = 10_000;
/** Enough for every popular search; a long tail of one-off searches only pushes out the oldest. */
export const SEARCH_CACHE_ENTRIES = 500;

type Entry = { at: number; outcome: Promise<SearchOutcome> };
const recent = new Map<string, Entry>();

/** searchArticles, answered from the last few seconds' searches when it can be. */
export function recentSearch(raw: unknown, page = 1, now = Date.now()): Promise<SearchOutcome> {
  const { text, truncated } = cleanSearchQuery(raw);
  // The cleaned text is what is searched, so "back  pain" and "back pain" share an answer; the
  // truncation notice depends on what was typed, so it is part of the key.
  const key = `${Math.max(1, Math.trunc(page) || 1)}|${truncated ? 1 : 0}|${text}`;
  const kept = recent.get(key);
  recent.delete(key);
  if (kept && now - kept.at < SEARCH_CACHE_MS) {
    recent.set(key, kept); // Most recently used last: eviction takes the first.
    return kept.outcome;
  }
  const outcome = searchArticles(raw, page);
  const entry = { at: now, outcome };
  recent.set(key, entry);
  outcome.catch(() => {
    if (recent.get(key) === entry) recent.delete(key);
  });
  while (recent.size > SEARCH_CACHE_ENTRIES) recent.delete(recent.keys().next().value as string);
  return outcome;
}

/** After a write to articles: the next search of every query asks the database. */
export function forgetRecentSearches(): void {
  recent.clear();
}
