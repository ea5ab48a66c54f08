// One colour per BMI category, shared by the scale, the result badge and (later) the dashboard.
import type { BmiCategory } from "@/lib/bmi/types";

const STYLES: Record<BmiCategory, { bar: string; badge: string }> = {
  severe_thinness: { bar: "bg-sky-700", badge: "bg-sky-100 text-sky-900 ring-sky-300" },
  moderate_thinness: { bar: "bg-sky-500", badge: "bg-sky-100 text-sky-900 ring-sky-300" },
  mild_thinness: { bar: "bg-sky-300", badge: "bg-sky-50 text-sky-900 ring-sky-200" },
  underweight: { bar: "bg-sky-400", badge: "bg-sky-100 text-sky-900 ring-sky-300" },
  healthy_weight: { bar: "bg-emerald-500", badge: "bg-emerald-100 text-emerald-900 ring-emerald-300" },
  pre_obese: { bar: "bg-amber-400", badge: "bg-amber-100 text-amber-950 ring-amber-300" },
  overweight: { bar: "bg-amber-400", badge: "bg-amber-100 text-amber-950 ring-amber-300" },
  obese_class_1: { bar: "bg-orange-500", badge: "bg-orange-100 text-orange-950 ring-orange-300" },
  obesity: { bar: "bg-orange-500", badge: "bg-orange-100 text-orange-950 ring-orange-300" },
  obese_class_2: { bar: "bg-red-500", badge: "bg-red-100 text-red-900 ring-red-300" },
  obese_class_3: { bar: "bg-red-700", badge: "bg-red-100 text-red-950 ring-red-400" },
  severe_obesity: { bar: "bg-red-700", badge: "bg-red-100 text-red-950 ring-red-400" },
};

export function categoryStyle(code: BmiCategory) {
  return STYLES[code];
}
