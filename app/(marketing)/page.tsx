import Link from "next/link";

const pillars = [
  {
    title: "Decompression, only where it is safe",
    body:
      "Dead hangs and supported inversion can ease the load heavy squats and deadlifts put on the spine. We " +
      "only suggest them when nothing in your profile rules them out, such as high blood pressure for " +
      "inversion.",
  },
  {
    title: "Stretching that fits a lifter",
    body:
      "Cat-cow, child's pose and a proper hip-flexor stretch help the hips and lower back recover between " +
      "sessions. Short, regular holds beat one long session a week.",
  },
  {
    title: "Core work that protects the back",
    body:
      "Planks, dead bugs and bird-dogs train the deep muscles that brace the spine under a bar. Start with " +
      "short holds and good form, then build up.",
  },
];

export default function HomePage() {
  return (
    <div className="space-y-12">
      <section className="grid gap-8 md:grid-cols-[3fr_2fr] md:items-center">
        <div className="space-y-5">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            For people who lift and care about their backs
          </p>
          <h1 className="text-3xl font-bold leading-tight text-stone-900 sm:text-4xl">
            Know your numbers. Look after your spine. Keep lifting.
          </h1>
          <p className="text-lg text-stone-700">
            SteadyBack tracks your BMI over time and suggests back-care routines (decompression, stretching and core
            work) that fit your body and steer clear of anything that is not safe for you.
          </p>
          <div className="flex flex-wrap gap-3">
            <Link
              href="/bmi"
              className="rounded-lg bg-brand-600 px-5 py-3 font-semibold text-white shadow-sm hover:bg-brand-700"
            >
              Open the BMI calculator
            </Link>
          </div>
        </div>
        <aside className="rounded-2xl border border-amber-200 bg-amber-50 p-5 text-sm text-amber-950">
          <h2 className="mb-2 font-semibold">Guidance, not diagnosis</h2>
          <p>
            If back pain comes with numbness or tingling in the legs, weakness, loss of bladder or bowel control, fever,
            or follows a fall, stop exercising and see a doctor. No routine here replaces a medical assessment.
          </p>
        </aside>
      </section>

      <section aria-labelledby="pillars" className="space-y-4">
        <h2 id="pillars" className="text-xl font-semibold">
          Three kinds of back care
        </h2>
        <ul className="grid gap-4 md:grid-cols-3">
          {pillars.map((pillar) => (
            <li key={pillar.title} className="rounded-2xl border border-stone-200 bg-white p-5 shadow-sm">
              <h3 className="mb-2 font-semibold text-brand-900">{pillar.title}</h3>
              <p className="text-sm text-stone-700">{pillar.body}</p>
            </li>
          ))}
        </ul>
      </section>

      <section className="rounded-2xl bg-brand-900 p-6 text-brand-50 sm:p-8">
        <h2 className="text-xl font-semibold">A BMI calculator that gets children right too</h2>
        <p className="mt-2 max-w-2xl text-brand-100">
          Adults are classed with the WHO categories (with the NICE thresholds for people of Asian, Middle Eastern,
          Black African or African-Caribbean background, if you choose). Children and teens from 2 to 19 get a
          percentile from the CDC growth charts, including the 2022 extended charts for very high BMI. Metric or US
          units.
        </p>
        <Link
          href="/bmi"
          className="mt-4 inline-block rounded-lg bg-white px-4 py-2 font-semibold text-brand-900 hover:bg-brand-50"
        >
          Calculate your BMI
        </Link>
      </section>
    </div>
  );
}
