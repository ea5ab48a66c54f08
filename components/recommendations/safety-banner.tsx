import type { Safety } from "@/lib/recommendations/types";

const STYLE: Record<Safety["level"], string> = {
  emergency: "border-red-300 bg-red-50 text-red-950",
  urgent: "border-orange-300 bg-orange-50 text-orange-950",
  routine: "border-sky-200 bg-sky-50 text-sky-950",
  none: "border-emerald-200 bg-emerald-50 text-emerald-950",
};

const TITLE: Record<Safety["level"], string> = {
  emergency: "Get medical help now",
  urgent: "See a doctor soon, before exercising",
  routine: "Worth seeing a doctor or physiotherapist",
  none: "No warning signs reported",
};

/** The safety answer first, always: red flags are announced as an alert, not buried in a list. */
export function SafetyBanner({ safety }: { safety: Safety }) {
  const alarming = safety.level === "emergency" || safety.level === "urgent";
  return (
    <section
      role={alarming ? "alert" : undefined}
      aria-labelledby="safety-heading"
      className={`space-y-2 rounded-2xl border-2 p-5 ${STYLE[safety.level]}`}
      data-safety-level={safety.level}
    >
      <h2 id="safety-heading" className="text-lg font-bold">
        {TITLE[safety.level]}
      </h2>
      <p>{safety.message}</p>
      {safety.reasons.length ? (
        <ul className="list-disc pl-5 text-sm">
          {safety.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
