// Public article pages are prerendered by `next build`, which then needs the database. A build that
// cannot reach it (an image build, or a deploy that builds before migrating) should still succeed:
// the pages are then built empty and filled in by their periodic revalidation once the app runs.
import "server-only";

export async function orEmptyAtBuild<T>(fallback: T, load: () => Promise<T>): Promise<T> {
  if (process.env.NEXT_PHASE !== "phase-production-build") return load();
  try {
    return await load();
  } catch (error) {
    console.warn(
      `Articles: database not reachable during the build; prerendering empty ` +
        `(${(error as Error).message.split("\n")[0]})`,
    );
    return fallback;
  }
}
