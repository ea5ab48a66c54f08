/**
 * Waist-to-height ratio with NICE's bands (NICE NG246, previously CG189 as updated in 2022):
 * below 0.5 no increased health risk, 0.5 to < 0.6 increased, 0.6 or more high
 * ("keep your waist to less than half your height").
 */
import type { WaistResult, WaistRisk } from "./types";

export const WAIST_RISK_LABELS: Readonly<Record<WaistRisk, string>> = {
  no_increased_risk: "No increased health risk",
  increased: "Increased health risk",
  high: "High health risk",
};

export function classifyWaistToHeight(ratio: number): WaistRisk {
  if (ratio >= 0.6) return "high";
  if (ratio >= 0.5) return "increased";
  return "no_increased_risk";
}

export function waistToHeight(waistCm: number, heightCm: number): WaistResult {
  const waistToHeightRatio = waistCm / heightCm;
  const risk = classifyWaistToHeight(waistToHeightRatio);
  return { waistToHeightRatio, risk, riskLabel: WAIST_RISK_LABELS[risk] };
}
