// Idempotent demo data: safe to run on every start. Upserts by natural keys and only adds the demo
// measurements when the demo account has none, so nothing is ever duplicated.
import { hash } from "@node-rs/argon2";
import { ARGON2_OPTIONS } from "../lib/auth/argon2-options";
import { createPrismaClient } from "../lib/prisma-factory";
import { seedArticles } from "../lib/articles/seed.server";
import { seedRoutines } from "../lib/routines/seed.server";

export const DEMO_ACCOUNT = { email: "demo@steadyback.test", password: "demo-lifter-2026" } as const;

const DAY = 24 * 60 * 60 * 1000;

/** 60 entries over six months: a 180 cm lifter cutting from about 88 to 83 kg, with day-to-day noise. */
export function demoMeasurements(today = new Date()) {
  let state = 42;
  const noise = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31; // deterministic, so reruns make the same data
    return state / 2 ** 31 - 0.5;
  };
  const start = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - 180 * DAY;
  return Array.from({ length: 60 }, (_, index) => {
    const day = index * 3;
    const weightKg = Math.round((88 - (5 * day) / 180 + noise() * 1.2) * 10) / 10;
    return {
      measuredOn: new Date(start + day * DAY),
      weightKg,
      heightCm: 180,
      waistCm: index % 4 === 0 ? Math.round((92 - (4 * day) / 180) * 10) / 10 : null,
    };
  });
}

export async function seed(
  databaseUrl: string,
  options: { demo?: boolean; log?: (line: string) => void } = {},
): Promise<void> {
  const log = options.log ?? console.log;
  const prisma = createPrismaClient(databaseUrl);
  try {
    // The routine catalogue is product content, not demo data: every database gets it.
    const routines = await seedRoutines(prisma);
    if (routines.exercisesCreated || routines.routinesCreated) {
      log(`Routine catalogue: ${routines.exercisesCreated} exercises and ${routines.routinesCreated} routines added.`);
    }
    // After the routines: articles link to them.
    const articles = await seedArticles(prisma);
    if (articles.articlesCreated) log(`Articles: ${articles.articlesCreated} added.`);
    if (options.demo ?? true) {
      const existing = await prisma.user.findUnique({
        where: { email: DEMO_ACCOUNT.email },
        select: { passwordHash: true },
      });
      // Hash only when needed: argon2 is deliberately slow, and start-up runs the seed every time.
      const passwordHash = existing?.passwordHash ?? (await hash(DEMO_ACCOUNT.password, ARGON2_OPTIONS));
      const demo = await prisma.user.upsert({
        where: { email: DEMO_ACCOUNT.email },
        // An older demo row (from before accounts had passwords) gets one; nothing else is touched.
        update: existing?.passwordHash ? {} : { passwordHash },
        create: {
          email: DEMO_ACCOUNT.email,
          name: "Demo Lifter",
          passwordHash,
          birthDate: new Date("1991-03-14T00:00:00Z"),
          sex: "male",
          heightCm: 180,
          units: "metric",
          goalWeightKg: 80,
        },
        select: { id: true, _count: { select: { measurements: true } } },
      });
      if (demo._count.measurements === 0) {
        await prisma.measurement.createMany({
          data: demoMeasurements().map((entry) => ({ ...entry, userId: demo.id })),
        });
      }
      log(`Demo account: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}`);
    }
    log("Seed data in place.");
  } finally {
    await prisma.$disconnect();
  }
}
