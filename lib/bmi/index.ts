/**
 * Public API of the BMI engine. Pure TypeScript: no Next.js, Prisma or Node-only imports, so it
 * runs in server code, route handlers and client components alike.
 */
export * from "./units";
export * from "./types";
export * from "./constants";
export * from "./schema";
export { classifyAdult, adultBands, adultHealthyBmiMax, ADULT_HEALTHY_BMI_MIN, ADULT_LABELS } from "./adult";
export {
  lmsAt,
  lmsZ,
  lmsBmiAtZ,
  sigmaAt,
  childPercentile,
  bmiAtPercentile,
  CDC_MIN_AGE_MONTHS,
  CDC_MAX_AGE_MONTHS,
  type ChildPercentile,
} from "./cdc";
export { classifyChild, childCutoffs, childCutoffsAt, childBands, CHILD_LABELS, type ChildCutoffs } from "./child";
export { classifyWaistToHeight, waistToHeight, WAIST_RISK_LABELS } from "./waist";
export { computeBmi, BmiNotApplicableError, BmiInputError } from "./compute";
export { toPublicBmiResult } from "./public";
export { round, roundBmi, roundPercentile, formatBmiValue, BMI_DECIMALS } from "./format";
export type { CdcLmsRow } from "./data/cdc-lms";
export { classifyBmi, type BmiClassification, type ClassifyBmiInput } from "./classify";
