import Link from "next/link";
import type { Profile } from "@/lib/profile/types";

export type EmptyStateProps = {
  profile: Pick<Profile, "birthDate" | "heightCm">;
};

const WHAT_YOU_GET = [
  { title: "Your latest BMI", text: "with its category and how it moved since last time and over 30 days." },
  {
    title: "BMI and weight charts",
    text: "each measurement plus a smoothed trend, so one salty dinner does not look like a setback.",
  },
  { title: "Progress to a goal weight", text: "whether you are cutting, bulking or holding steady." },
  { title: "Your full history", text: "every measurement, ready to edit or delete." },
];

/** The dashboard before the first entry: what it will show, and how to start. */
export function EmptyState({ profile }: EmptyStateProps) {
  const missing = [
    profile.birthDate === null ? "birth date" : null,
    profile.heightCm === null ? "height" : null,
  ].filter((item) => item !== null);

  return (
    <section
      aria-labelledby="empty-heading"
      className="space-y-5 rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-8"
    >
      <div className="space-y-2">
        <h2 id="empty-heading" className="text-xl font-bold text-stone-900">
          Start tracking your BMI
        </h2>
        <p className="text-stone-700">Log a measurement and this page fills in with:</p>
      </div>

      {missing.length > 0 ? (
        <div className="rounded-xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          <h3 className="font-semibold">First, add your {missing.join(" and ")} to your profile</h3>
          <p className="mt-1">
            {profile.birthDate === null
              ? "Your age decides which charts apply: adults are compared with adult BMI ranges, people under " +
                "20 with growth charts for their age and sex. "
              : ""}
            {profile.heightCm === null ? "Your height is what turns a weigh-in into a BMI." : ""}
          </p>
          <Link
            href="/profile"
            className="mt-2 inline-block font-semibold text-amber-950 underline underline-offset-2 hover:no-underline"
          >
            Complete your profile
          </Link>
        </div>
      ) : null}

      <ul className="grid gap-3 sm:grid-cols-2">
        {WHAT_YOU_GET.map((item) => (
          <li key={item.title} className="flex gap-3 rounded-xl bg-stone-50 p-3 text-sm text-stone-700">
            <span aria-hidden="true" className="mt-1 inline-block h-4 w-1.5 shrink-0 rounded-full bg-brand-500" />
            <span>
              <span className="font-semibold text-stone-900">{item.title}</span>, {item.text}
            </span>
          </li>
        ))}
      </ul>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Link
          href="/dashboard/measurements/new"
          className={
            "rounded-lg bg-brand-600 px-5 py-2.5 text-center font-semibold text-white shadow-sm " + "hover:bg-brand-700"
          }
        >
          Log your first measurement
        </Link>
        <Link
          href="/dashboard/import"
          className={
            "rounded-lg border border-stone-300 bg-white px-5 py-2.5 text-center font-medium " +
            "text-stone-800 hover:border-brand-500 hover:text-brand-800"
          }
        >
          Import past measurements from a CSV file
        </Link>
      </div>
    </section>
  );
}
