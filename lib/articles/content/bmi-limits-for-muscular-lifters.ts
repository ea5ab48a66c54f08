import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "bmi-limits-for-muscular-lifters",
  title: "Why BMI Misreads Lifters, and What to Track Instead",
  excerpt:
    "Build enough muscle and BMI may call you overweight or even obese. Here is why, and how waist-to-height " +
    "ratio and long-term trends give a truer picture.",
  tags: ["bmi", "strength-training"],
  routineSlugs: [],
  publishedAt: "2026-09-08",
  coverAlt: null,
  showCalculator: true,
  body: md`
Plenty of lifters have had this experience: years of steady training, a visible six-pack on a good day, and then a BMI
result that says "overweight". For some, it even says "obese". It can feel insulting, but it is not a mistake in the
arithmetic. It is a limit of what BMI was designed to do.

## BMI sees weight, not what it is made of

BMI divides your weight by your height squared. That is all. It has no way of knowing whether the kilograms come from
muscle, fat, bone or water. For most people that does not matter much, because in the general population a higher BMI
usually does mean more body fat. That is why BMI works well as a quick screening tool across large groups.

Lifters are not the general population. Muscle is dense, and building it is the whole point of training. A well-muscled
person can carry far more weight at a given height than an untrained person with the same body fat, and BMI counts every
extra kilogram of muscle the same way it counts fat.

## A worked example

Take a lifter who is 178 cm tall. Their height in metres, squared, is 1.78 × 1.78 = 3.17 (3.1684 to be exact).

At 90 kg: 90 ÷ 3.1684 = **28.4**. On the WHO scale, that is **overweight (pre-obese)**, even if this person is lean.

Here is how the reading changes as they add weight at the same height:

| Weight at 178 cm | BMI  | WHO class              | Adjusted class (NICE, lower thresholds) |
| ---------------- | ---- | ---------------------- | --------------------------------------- |
| 70 kg            | 22.1 | Healthy weight         | Healthy weight                          |
| 80 kg            | 25.2 | Overweight (pre-obese) | Overweight (pre-obese)                  |
| 90 kg            | 28.4 | Overweight (pre-obese) | Obese class I                           |
| 100 kg           | 31.6 | Obese class I          | Obese class I                           |
| 110 kg           | 34.7 | Obese class I          | Obese class II                          |

Two things stand out. First, a muscular 100 kg lifter at this height reads as obese class I on the standard scale.
Second, if the lower thresholds that NICE recommends for people of South Asian, Chinese, other Asian, Middle Eastern,
Black African or African-Caribbean background apply to you, the 90 kg lifter already crosses the obesity line at 27.5.
Those thresholds exist for good reasons, explained in [BMI explained](/articles/bmi-explained-for-adults), but they do
not know about your training either.

## It cuts both ways

The same blind spot can flatter people, too. Someone who has lost muscle with age or inactivity can sit comfortably
inside the healthy BMI range while carrying a high proportion of body fat, especially around the middle. So the lesson
is not that BMI is useless, but that it needs company.

## What to track instead, or as well

### Waist-to-height ratio

This is the simplest and most useful companion to BMI, and lifters tend to love it, because muscle on your legs, back
and shoulders does not make your waist bigger. Fat around your middle does, and that is the fat most closely linked with
heart disease and type 2 diabetes.

**The rule of thumb is simple: keep your waist to less than half your height.**

How to measure it:

1. Stand up straight and breathe out normally. Do not suck in.
2. Find the point halfway between your lowest rib and the top of your hip bone.
3. Wrap a tape measure around your waist at that level, snug but not tight.
4. Divide your waist by your height, using the same units for both.

| Waist-to-height ratio | What it suggests         |
| --------------------- | ------------------------ |
| Under 0.5             | No increased health risk |
| 0.5 to under 0.6      | Increased health risk    |
| 0.6 or more           | High health risk         |

For our 178 cm lifter, half of their height is 89 cm. With an 84 cm waist, the ratio is 84 ÷ 178 = **0.47**, comfortably
under 0.5, whatever their BMI says. Our [BMI calculator](/bmi) will work out this ratio for you if you add your waist
measurement.

### Trends over time

A single reading tells you where you are today. A trend tells you where you are heading, and that is usually more
useful:

- **Weigh yourself under the same conditions**, such as after waking and using the toilet, and look at the weekly
  average rather than daily numbers.
- **Measure your waist every two to four weeks**, at the same point, at the same time of day.
- **Keep a training log.** If your weight is rising while your lifts climb and your waist holds steady, you are most
  likely gaining muscle.
- **Take progress photos** in the same light and pose once a month.

If your weight is climbing quickly and your waist is growing with it, that is fat gain, not muscle, however strong you
feel. Muscle builds slowly: even in a good bulk, most people add well under a kilogram of it a month.

### Other body-fat estimates

Skinfold callipers, smart scales and body scans can estimate body-fat percentage, but each has its own margin of error,
and home scales in particular can be swayed by how much you have had to drink. If you use one, stick to the same method
and treat it as another trend line, not an exact answer.

## So should lifters ignore BMI?

No. Keep it as one number among several. It costs nothing, it is the measure most doctors will use, and a sudden change
in it is worth noticing. Just read it alongside your waist-to-height ratio, your training and your long-term trend, and
you will have a much fairer picture of your health than any one number could give you.

Check your BMI and waist-to-height ratio with the calculator on this page, and log them to watch your trend.

_This article is general guidance, not medical advice. If you have concerns about your weight or health, talk to a
doctor._
  `,
};
