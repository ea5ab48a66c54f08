// The calculator's form fields, in the order they appear (used to read the query string and to
// focus the first error). In UK units `weightLb` is the pounds after the whole stones; the form
// keeps that box's text under `weightStLb`, so switching between US and UK units never mixes a
// total in pounds with a remainder.
export const BMI_FORM_FIELDS = [
  "units",
  "age",
  "sex",
  "heightCm",
  "heightFt",
  "heightIn",
  "weightKg",
  "weightLb",
  "weightSt",
  "waistCm",
  "waistIn",
  "background",
] as const;

export type BmiFormField = (typeof BMI_FORM_FIELDS)[number];
/** The form's state: the query-string fields plus `weightStLb` (UK pounds, sent as weightLb). */
export type BmiFormValues = Partial<Record<BmiFormField | "weightStLb", string>>;
export type BmiUnits = "metric" | "us" | "uk";

export function unitsOf(values: BmiFormValues): BmiUnits {
  return values.units === "us" || values.units === "uk" ? values.units : "metric";
}

/** The fields each unit system sends (besides units, age, sex and background). */
export const UNIT_FIELDS: Readonly<Record<BmiUnits, readonly (BmiFormField | "weightStLb")[]>> = {
  metric: ["heightCm", "weightKg", "waistCm"],
  us: ["heightFt", "heightIn", "weightLb", "waistIn"],
  uk: ["heightFt", "heightIn", "weightSt", "weightStLb", "waistIn"],
};

/**
 * Reads the form's fields out of the page's search params (first value wins; arrays are ignored).
 * Without JavaScript the form sends both pounds boxes, the US one first (see the form), so in UK
 * units the last `weightLb` is the one typed.
 */
export function formValuesFrom(params: Record<string, string | string[] | undefined>): BmiFormValues {
  const values: BmiFormValues = {};
  for (const name of BMI_FORM_FIELDS) {
    const raw = params[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (typeof value === "string" && value.length <= 40) values[name] = value;
  }
  if (values.units === "uk") {
    const raw = params.weightLb;
    const last = Array.isArray(raw) ? raw.at(-1) : raw;
    delete values.weightLb;
    if (typeof last === "string" && last.length <= 40) values.weightStLb = last;
  }
  return values;
}

/** The fields to submit (query string or JSON), with the UK pounds under their real name. */
export function submittedFields(
  values: BmiFormValues,
  options: { dropBackground?: boolean } = {},
): Record<string, string> {
  const units = unitsOf(values);
  const out: Record<string, string> = { units };
  for (const name of ["age", "sex", "background"] as const) {
    const value = values[name];
    if (value && !(name === "background" && options.dropBackground)) out[name] = value;
  }
  for (const name of UNIT_FIELDS[units]) {
    const value = values[name];
    if (value) out[name === "weightStLb" ? "weightLb" : name] = value;
  }
  return out;
}
