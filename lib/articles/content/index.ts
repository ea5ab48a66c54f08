// The seed articles, oldest first. Each lives in its own file, named after its slug.
import { article as backPainAndTrainingQuestions } from "./back-pain-and-training-questions";
import { article as backPainRedFlags } from "./back-pain-red-flags-when-to-see-a-doctor";
import { article as bmiExplainedForAdults } from "./bmi-explained-for-adults";
import { article as bmiForChildrenAndTeens } from "./bmi-for-children-and-teens";
import { article as bmiLimitsForMuscularLifters } from "./bmi-limits-for-muscular-lifters";
import { article as easingSpinalPressureAfterLifting } from "./easing-spinal-pressure-after-lifting";
import { article as strengthTrainingChanges } from "./strength-training-changes-that-prevent-back-pain";
import { article as strengthenYourBackInThreeStages } from "./strengthen-your-back-in-three-stages";
import type { ArticleContent } from "./types";
import { article as waysToDecompressYourBack } from "./ways-to-decompress-your-back";

export type { ArticleContent } from "./types";

export const ARTICLES: ArticleContent[] = [
  easingSpinalPressureAfterLifting,
  waysToDecompressYourBack,
  backPainAndTrainingQuestions,
  backPainRedFlags,
  strengthenYourBackInThreeStages,
  strengthTrainingChanges,
  bmiExplainedForAdults,
  bmiForChildrenAndTeens,
  bmiLimitsForMuscularLifters,
];
