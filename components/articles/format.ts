// Dates and counts as the article pages show them. UTC, so a prerendered page says the same
// thing whichever server built it.
const DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export function formatDate(date: Date): string {
  return DATE.format(date);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function readingTimeLabel(minutes: number): string {
  return minutes <= 1 ? "1 min read" : `${minutes} min read`;
}

export function viewsLabel(count: number): string {
  if (count === 0) return "Not read yet";
  return count === 1 ? "Read once" : `Read ${count.toLocaleString("en-GB")} times`;
}
