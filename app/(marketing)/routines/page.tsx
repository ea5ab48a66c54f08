// The routine catalogue, the same for every visitor: prerendered, and refreshed within a minute of an
// admin's change on every instance (admin actions also revalidate it at once on theirs). A filtered
// view (/routines?kind=…) is rewritten by next.config.js to ../routines-filtered, rendered per request.
import type { Metadata } from "next";
import { RoutineCatalogue } from "@/components/routines/routine-catalogue";
import { orEmptyAtBuild } from "@/lib/articles/prerender.server";
import { listRoutineCards } from "@/lib/routines/queries.server";

export const revalidate = 60;

export const metadata: Metadata = {
  title: "Back-care routines",
  description:
    "Decompression, stretching, core and strength routines for lifters, each with steps, timings and safety notes.",
  alternates: { canonical: "/routines" },
};

export default async function RoutinesPage() {
  // A build without a database prerenders an empty list, filled in at the first revalidation.
  return <RoutineCatalogue active={{}} routines={await orEmptyAtBuild([], () => listRoutineCards())} />;
}
