/**
 * Standard normal Φ and Φ⁻¹. The only place that touches @stdlib, so the engine can swap
 * implementations in one spot.
 */
import cdf from "@stdlib/stats-base-dists-normal-cdf";
import quantile from "@stdlib/stats-base-dists-normal-quantile";

/** Φ(x) for the standard normal distribution. */
export function normalCdf(x: number): number {
  return cdf(x, 0, 1);
}

/** Φ⁻¹(p) for the standard normal distribution (±Infinity at p = 0 or 1). */
export function normalQuantile(p: number): number {
  return quantile(p, 0, 1);
}

/** z of the 5th, 85th and 95th percentiles, the CDC category cut-offs. */
export const Z_P5 = normalQuantile(0.05);
export const Z_P85 = normalQuantile(0.85);
export const Z_P95 = normalQuantile(0.95);
