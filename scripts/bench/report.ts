// The bench's result: what bench/results/latest.json holds, and the tables printed from it (also
// the Markdown table the README shows: `npx tsx scripts/bench/report.ts --markdown`).
import fs from "node:fs";
import path from "node:path";
import type { LighthouseScore, PageBytes } from "./pages";
import type { Floor, Line } from "./rows";

export type ReportRow = Line & {
  name: string;
  request: string;
  floor: Floor | null;
  target: number | null;
  /** Whether the build prerendered the page (null: not a page of the product). */
  prerendered: boolean | null;
  dbRoundTrips: number | null;
};
export type Report = {
  date: string;
  machine: string;
  settings: { connections: number; seconds: number; rounds: number };
  rows: ReportRow[];
  skipped: { name: string; note: string }[];
  bytes: PageBytes[];
  runtime: PageBytes;
  lighthouse: LighthouseScore[];
};

const FLOOR_ROW: Record<Floor, string> = {
  static: "floor: bare static Next.js page",
  "on-demand": "floor: bare on-demand Next.js page",
  handler: "floor: bare on-demand route handler",
};
const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

export function ratioOf(report: Report, row: ReportRow): number | null {
  if (!row.floor) return null;
  const floor = report.rows.find((candidate) => candidate.name === FLOOR_ROW[row.floor!]);
  return floor && floor.rps > 0 ? Math.round((row.rps / floor.rps) * 100) / 100 : null;
}

function throughputLines(report: Report) {
  return report.rows.map((row) => {
    const ratio = ratioOf(report, row);
    return {
      row: row.name,
      "req/s": row.rps,
      "p50 ms": row.p50,
      "p99 ms": row.p99,
      errors: row.errors,
      "db/req": row.dbRoundTrips ?? "",
      prerendered: row.prerendered === null ? "" : row.prerendered ? "yes" : "no",
      "× floor": ratio === null ? "" : `${ratio} of ${row.floor}`,
      target: row.target === null ? "" : `≥ ${row.target}`,
      met: ratio === null || row.target === null ? "" : ratio >= row.target ? "yes" : "NO",
    };
  });
}

function bytesLines(report: Report) {
  return report.bytes.map((page) => ({
    page: page.page,
    "HTML KB": kb(page.htmlBytes),
    "HTML gzip KB": kb(page.htmlGzip),
    "JS gzip KB": kb(page.jsGzip),
    "JS beyond runtime KB": kb(page.jsGzip - report.runtime.jsGzip),
    "CSS gzip KB": kb(page.cssGzip),
  }));
}

export function printReport(report: Report): void {
  console.log(`\n${report.date} · ${report.machine}`);
  console.log(
    `${report.settings.connections} connections, median of ${report.settings.rounds} runs of ` +
      `${report.settings.seconds} s each`,
  );
  console.table(throughputLines(report));
  for (const skip of report.skipped) console.log(`skipped ${skip.name}: ${skip.note}`);
  console.log(`Bytes (Next's runtime, a bare page: ${kb(report.runtime.jsGzip)} KB of gzipped JavaScript)`);
  console.table(bytesLines(report));
  if (report.lighthouse.length) {
    console.log("Lighthouse (mobile defaults)");
    console.table(
      report.lighthouse.map((score) => ({
        page: score.page,
        performance: score.performance,
        accessibility: score.accessibility,
        "failed audits": score.failedAudits.join(" "),
      })),
    );
  }
}

/** The README/docs table of a report. */
export function markdown(report: Report): string {
  const lines = throughputLines(report);
  const head = Object.keys(lines[0] ?? {});
  const table = [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...lines.map((line) => `| ${Object.values(line).join(" | ")} |`),
  ];
  return [
    `${report.date.slice(0, 10)} · ${report.machine} · ${report.settings.connections} connections, median of ` +
      `${report.settings.rounds} × ${report.settings.seconds} s`,
    "",
    ...table,
  ].join("\n");
}

if (process.argv.includes("--markdown")) {
  const file = path.join(import.meta.dirname, "../../bench/results/latest.json");
  console.log(markdown(JSON.parse(fs.readFileSync(file, "utf8")) as Report));
}
