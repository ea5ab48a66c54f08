import { md } from "./md";
import type { ArticleContent } from "./types";

export const article: ArticleContent = {
  slug: "bmi-for-children-and-teens",
  title: "BMI for Children and Teens: Understanding Percentiles",
  excerpt:
    "Children's BMI is read against others of the same age and sex, as a percentile. Here is why adult " +
    "cut-offs do not apply and how to read your child's result.",
  tags: ["bmi", "children"],
  routineSlugs: [],
  publishedAt: "2026-05-19",
  coverAlt: null,
  showCalculator: true,
  body: md`
If you have ever worked out a child's BMI and compared it with the adult chart, you may have been confused or worried by
the result. That is because the adult categories simply do not work for children and teenagers. For anyone aged 2 to 19,
BMI is calculated the same way but read in a completely different way: as a percentile.

## Why adult cut-offs do not apply

An adult's body composition is fairly stable from year to year. A child's is not. As children grow, the amount of body
fat they carry changes in a predictable pattern:

- BMI usually falls after the toddler years and reaches its lowest point somewhere around ages 4 to 6.
- It then rises steadily through later childhood and adolescence. Doctors sometimes call this upturn the adiposity
  rebound.
- Girls and boys follow different paths, especially around puberty.

So a BMI of 21 could be high for an 8-year-old, entirely typical for a 16-year-old, and in the healthy adult range. A
single fixed scale cannot capture that. Instead, a child's BMI is compared with that of other children of the same age
and sex.

## What a percentile means

The US Centers for Disease Control and Prevention (CDC) publishes growth charts built from large surveys of American
children. For every age and sex, these show how BMI was spread across the reference group.

A percentile tells you where your child's BMI sits within that spread. Being on the 60th percentile means your child's
BMI is higher than that of 60 out of every 100 children of the same age and sex in the reference data, and lower than
the other 40. It is a position, not a score, and a higher percentile is not "better".

## The categories

| BMI-for-age percentile                                       | Category       |
| ------------------------------------------------------------ | -------------- |
| Below the 5th percentile                                     | Underweight    |
| 5th to below the 85th percentile                             | Healthy weight |
| 85th to below the 95th percentile                            | Overweight     |
| 95th percentile or above                                     | Obesity        |
| 120% of the 95th percentile or above, or a BMI of 35 or more | Severe obesity |

The last row needs a word of explanation. At the very top of the charts, ordinary percentiles bunch up so tightly that
they stop being useful: the 99.5th and the 99.9th percentile can be quite different BMIs. So for children at or above
the 95th percentile, the CDC's 2022 extended method describes BMI as a percentage of the 95th percentile value instead.
A child whose BMI is at least 120% of that value, or 35 or more, is in the severe obesity category.

## Two examples, in plain words

These are the CDC's own worked examples, and our calculator reproduces them.

### A girl of 9 years and 6 months with a BMI of 21.2

For girls of her age, the 85th percentile is around 19.5 and the 95th is around 22.4. Her BMI lands at roughly the
**92nd percentile**. In words: her BMI is higher than that of about 92 out of every 100 girls her age in the reference
data. That places her in the **overweight** category, below the obesity line.

### A boy of 4 years and 2 months with a BMI of 22.6

For boys of his age, the 95th percentile is about 17.8, so his BMI is well above it: at about the **99.8th percentile**,
or about 127% of the 95th percentile value. Because that is above 120%, he falls into the **severe obesity** category.

Notice how different those two children are, even though the girl's BMI is only slightly lower than the boy's. That is
exactly why age matters so much.

## How our calculator handles children

When you enter an age under 20, our [BMI calculator](/bmi) switches to the child method automatically:

- It asks for sex, because the reference charts differ for boys and girls.
- It treats age precisely, because percentiles shift from month to month. Given an age in completed months, it evaluates
  the child at the middle of that month, as the CDC does.
- It uses the CDC's 2000 reference tables, reading between the published ages where needed, and the 2022 extended method
  at or above the 95th percentile.
- It reports the percentile, the category and, where relevant, the percentage of the 95th percentile.

The calculator covers ages 2 to 19. For babies and toddlers under 2, health professionals use different growth charts
based on weight-for-length.

## Reading the result with care

A percentile is a screening result, not a diagnosis. Some points to keep in mind:

- **One reading is a snapshot.** A child's path along the charts over several years tells you far more than a single
  point.
- **Growth spurts shift things.** A child who is about to shoot up in height may briefly read higher, then settle.
- **Muscle counts too.** Active, athletic teenagers can read higher than their body fat suggests, just as adult lifters
  do; see [why BMI misreads lifters](/articles/bmi-limits-for-muscular-lifters).
- **Talk to a professional.** If your child's result falls outside the healthy range, or moves sharply across percentile
  lines, discuss it with your GP, paediatrician or school nurse.

## Talking about weight with children

How adults talk about weight matters as much as the number itself.

- **Focus on habits, not the scale:** active play, regular family meals, plenty of sleep and less time sitting on
  screens.
- **Avoid putting children on diets** unless a health professional is guiding it. Growing bodies need enough energy.
- **Make activity enjoyable.** For teenagers interested in lifting, supervised strength training with good technique is
  a healthy choice, and it builds habits that protect their backs for life.
- **Never use weight as a label or a threat.** Keep the conversation about feeling strong and well.

For how BMI works in adults, see [BMI explained](/articles/bmi-explained-for-adults).

_This article is general guidance, not medical advice. A child's growth should be assessed by a health professional who
can take the whole picture into account._
  `,
};
