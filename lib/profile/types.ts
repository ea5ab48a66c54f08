import type { Background, Sex } from "@/lib/bmi/types";

/** A person's profile as the app uses it. Dates are calendar dates, "YYYY-MM-DD". */
export type Profile = {
  name: string | null;
  email: string | null;
  birthDate: string | null;
  sex: Sex | null;
  heightCm: number | null;
  units: "metric" | "us";
  background: Background;
  goalWeightKg: number | null;
};
