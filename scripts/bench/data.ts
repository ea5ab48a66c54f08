// The benchmark's database: the product seed (routine catalogue, articles), the articles made up to
// 50, a user with 2,000 daily measurements (the dashboard rows) and a user with none who logs them
// (the POST row). Everything goes in before the build, which prerenders the article pages.
import { hash } from "@node-rs/argon2";
import { ARGON2_OPTIONS } from "../../lib/auth/argon2-options";
import { ARTICLES } from "../../lib/articles/content";
import { seedArticles } from "../../lib/articles/seed.server";
import { createPrismaClient } from "../../lib/prisma-factory";
import { seed } from "../seed";

export const BENCH_PASSWORD = "bench-password-2026";
export const HEAVY_EMAIL = "heavy@bench.test";
export const WRITER_EMAIL = "writer@bench.test";
const ARTICLE_COUNT = 50;
const DAY = 86_400_000;

export async function seedBenchData(
  url: string,
): Promise<{ articleSlug: string | null; articles: number; heavyEntries: number }> {
  await seed(url, { demo: false, log: () => {} });
  const prisma = createPrismaClient(url);
  try {
    const existing = await prisma.article.count();
    // Copies of the seed articles under new slugs: same sizes and structure as real ones.
    const copies = Array.from({ length: Math.max(0, ARTICLE_COUNT - existing) }, (_, index) => {
      const source = ARTICLES[index % ARTICLES.length]!;
      return { ...source, slug: `${source.slug}-${index + 2}`, title: `${source.title} (${index + 2})` };
    });
    await seedArticles(prisma, copies);

    const passwordHash = await hash(BENCH_PASSWORD, ARGON2_OPTIONS);
    const heavy = await prisma.user.create({
      data: {
        email: HEAVY_EMAIL,
        name: "Heavy Logger",
        passwordHash,
        birthDate: new Date("1988-06-01T00:00:00Z"),
        sex: "female",
        heightCm: 168,
        goalWeightKg: 62,
      },
    });
    const firstDay = Math.floor(Date.now() / DAY) * DAY - 1999 * DAY;
    await prisma.measurement.createMany({
      data: Array.from({ length: 2000 }, (_, i) => ({
        userId: heavy.id,
        measuredOn: new Date(firstDay + i * DAY),
        weightKg: Math.round((70 - i / 250 + Math.sin(i) * 0.6) * 10) / 10,
        heightCm: 168,
        waistCm: i % 7 === 0 ? 80 : null,
      })),
    });
    // Born long ago, so the POST row has decades of free days to log on (one entry per day).
    await prisma.user.create({
      data: {
        email: WRITER_EMAIL,
        name: "Writer",
        passwordHash,
        birthDate: new Date("1950-01-01T00:00:00Z"),
        sex: "male",
        heightCm: 180,
      },
    });
    const article = await prisma.article.findFirst({
      where: { status: "published" },
      orderBy: { publishedAt: "desc" },
      select: { slug: true },
    });
    return {
      articleSlug: article?.slug ?? null,
      articles: await prisma.article.count({ where: { status: "published" } }),
      heavyEntries: 2000,
    };
  } finally {
    await prisma.$disconnect();
  }
}
