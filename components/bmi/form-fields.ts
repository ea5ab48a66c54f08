// The calculator's form fields, in the order they appear (used to read the query string and to
// focus the first error).
export const BMI_FORM_FIELDS = [
  "units",
  "age",
  "sex",
  "heightCm",
  "heightFt",
  "heightIn",
  "weightKg",
  "weightLb",
  "waistCm",
  "waistIn",
  "background",
] as const;

export type BmiFormField = (typeof BMI_FORM_FIELDS)[number];
export type BmiFormValues = Partial<Record<BmiFormField, string>>;

/** Reads the form's fields out of the page's search params (first value wins; arrays are ignored). */
export function formValuesFrom(params: Record<string, string | string[] | undefined>): BmiFormValues {
  const values: BmiFormValues = {};
  for (const name of BMI_FORM_FIELDS) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === "string" && value.length <= 40) values[name] = value;
  }
  return values;
}
