import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "bmi-explained-for-adults",
  title: "BMI Explained: What Your Number Means",
  excerpt:
    "How body mass index is calculated, with a worked example, what each adult category means, and why the " +
    "thresholds are lower for some ethnic backgrounds.",
  tags: ["bmi"],
  routineSlugs: [],
  publishedAt: "2026-02-10",
  coverAlt: null,
  showCalculator: true,
  body: md`
Body mass index, or BMI, is a quick way of comparing your weight with your height. It cannot tell you how fit or healthy
you are, but it is a useful first screening step, and tracked over time it shows which way things are heading. Here is
how it works, what the numbers mean, and how to read yours sensibly.

## The formula

BMI is your weight in kilograms divided by your height in metres, squared:

**BMI = weight (kg) ÷ height (m)²**

The unit is kilograms per square metre (kg/m²), though people rarely say it.

### A worked example

Take someone who is 180 cm tall and weighs 65 kg.

1. Convert height to metres: 180 cm = 1.80 m.
2. Square it: 1.80 × 1.80 = 3.24.
3. Divide weight by that number: 65 ÷ 3.24 = **20.06**.

A BMI of 20.06 sits comfortably in the healthy weight range.

### Using pounds and inches

If you think in imperial units, the shortcut is weight in pounds × 703, divided by height in inches squared. Our
[BMI calculator](/bmi) accepts either system and converts with exact factors (1 inch = 2.54 cm, 1 pound = 0.45359237
kg), so you get the same answer whichever you use.

## The adult categories

For adults aged 20 and over, we use the World Health Organization's classes. Our calculator classifies the exact number
it computes rather than a rounded one, so a BMI of 18.4999 still counts as mild thinness.

| BMI (kg/m²)  | Category               |
| ------------ | ---------------------- |
| Below 16     | Severe thinness        |
| 16 to 16.99  | Moderate thinness      |
| 17 to 18.49  | Mild thinness          |
| 18.5 to 24.9 | Healthy weight         |
| 25 to 29.9   | Overweight (pre-obese) |
| 30 to 34.9   | Obese class I          |
| 35 to 39.9   | Obese class II         |
| 40 or more   | Obese class III        |

As the numbers move away from the healthy range in either direction, the risk of health problems tends to rise. Being
very underweight is linked with weakened immunity, bone loss and fatigue. At the higher end, the risk of type 2
diabetes, high blood pressure, heart disease and joint problems climbs steadily. For your back in particular, carrying
extra weight adds to the load your spine and discs handle every day.

## Lower thresholds for some backgrounds

Research has found that people from some ethnic backgrounds develop conditions such as type 2 diabetes and heart disease
at a lower BMI than people of white European descent. For this reason, the UK's National Institute for Health and Care
Excellence (NICE) recommends lower cut-offs for people of South Asian, Chinese, other Asian, Middle Eastern, Black
African or African-Caribbean family background:

- **Overweight from a BMI of 23** (instead of 25).
- **Obesity from a BMI of 27.5** (instead of 30).

Our calculator lets you choose this adjustment. When you do, every class boundary above the healthy range moves down by
2.5, while the thinness classes stay the same:

| BMI (kg/m²), adjusted | Category               |
| --------------------- | ---------------------- |
| 18.5 to under 23      | Healthy weight         |
| 23 to under 27.5      | Overweight (pre-obese) |
| 27.5 to under 32.5    | Obese class I          |
| 32.5 to under 37.5    | Obese class II         |
| 37.5 or more          | Obese class III        |

## From a number to a weight range

It can be more useful to turn the categories round and ask what weight range counts as healthy for your height. Multiply
your height in metres, squared, by the boundary values.

For our 180 cm example, the height squared is 3.24:

- Lower end: 18.5 × 3.24 = about **60 kg**.
- Upper end with the standard classes: 25 × 3.24 = **81 kg**.
- Upper end with the adjusted classes: 23 × 3.24 = about **74.5 kg**.

Our calculator shows this range for you alongside your result.

## What BMI cannot tell you

BMI is simple, and that is both its strength and its weakness. It does not know:

- **What your weight is made of.** Muscle and fat weigh the same on a scale. Many lifters read as overweight while being
  lean; see [why BMI misreads lifters](/articles/bmi-limits-for-muscular-lifters).
- **Where you carry fat.** Fat around the waist is linked to more health risk than fat elsewhere. Measuring your
  waist-to-height ratio fills this gap: try to keep your waist under half your height.
- **Your age and sex.** Older adults often have less muscle at the same BMI, and women typically carry more body fat
  than men at the same number.

It also does not apply to children and teenagers as it does to adults. For under-20s, BMI is compared with other
children of the same age and sex instead; see [BMI for children and teens](/articles/bmi-for-children-and-teens).

## Using your number well

- **Measure consistently:** same time of day, similar clothing, ideally first thing in the morning.
- **Watch the trend, not one reading:** day-to-day weight swings of a kilogram or more are normal.
- **Pair it with other measures:** waist-to-height ratio, how your training is going and how you feel.
- **Talk to a professional** if your BMI is in any thinness or obesity class, or if your weight is changing quickly
  without an obvious reason.

You can check your number now with the calculator on this page, and log it to see your trend over time.

_This article is general guidance, not medical advice. BMI is a screening tool, not a diagnosis; talk to a doctor about
what your result means for you._
  `,
};
