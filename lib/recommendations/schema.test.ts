import { describe, expect, it } from "vitest";
import { checkInFieldErrors, checkInFromFormData, checkInSchema, CHECK_IN_MESSAGES as M } from "./schema";

const minimal = { age: 30, painNow: 3, redFlags: [], conditions: [] };
const minimalForm = { age: "30", painNow: "3", redFlags: [], conditions: [] };

/** Field → first message, or {} when the input is valid. */
function errors(raw: unknown): Record<string, string> {
  const r = checkInSchema.safeParse(raw);
  return r.success ? {} : checkInFieldErrors(r.error);
}

function data(raw: unknown) {
  const r = checkInSchema.safeParse(raw);
  if (!r.success) throw new Error(JSON.stringify(r.error.issues));
  return r.data;
}

describe("valid input", () => {
  it("accepts the minimal JSON body and fills afterLifting", () => {
    expect(data(minimal)).toEqual({ age: 30, painNow: 3, afterLifting: false, redFlags: [], conditions: [] });
  });

  it("accepts every field as JSON values", () => {
    expect(
      data({
        age: 19.5,
        sex: "female",
        heightCm: 165,
        weightKg: 60.5,
        painNow: 0,
        painWeeks: 2.5,
        afterLifting: true,
        redFlags: ["fever"],
        conditions: ["glaucoma"],
        experience: "advanced",
      }),
    ).toEqual({
      age: 19.5,
      sex: "female",
      heightCm: 165,
      weightKg: 60.5,
      painNow: 0,
      painWeeks: 2.5,
      afterLifting: true,
      redFlags: ["fever"],
      conditions: ["glaucoma"],
      experience: "advanced",
    });
  });

  it("accepts form strings, trims them and treats empty ones as not filled in", () => {
    const out = data({
      ...minimalForm,
      age: " 42.5 ",
      sex: "",
      heightCm: "",
      weightKg: "",
      painWeeks: "",
      experience: "",
      afterLifting: "",
    });
    expect(out).toEqual({ age: 42.5, painNow: 3, afterLifting: false, redFlags: [], conditions: [] });
    for (const key of ["sex", "heightCm", "weightKg", "painWeeks", "experience"]) expect(key in out).toBe(false);
  });

  it.each([
    [true, true],
    [false, false],
    ["on", true],
    ["true", true],
    ["false", false],
    ["", false],
    [null, false],
    [undefined, false],
  ])("afterLifting %j → %s", (afterLifting, expected) => {
    expect(data({ ...minimal, afterLifting }).afterLifting).toBe(expected);
  });

  it("takes the range ends", () => {
    expect(data({ ...minimal, age: 2, painNow: 10, painWeeks: 520, heightCm: 272, weightKg: 2 })).toMatchObject({
      age: 2,
      painNow: 10,
    });
    expect(
      data({ ...minimal, age: "120", painNow: "0", painWeeks: "0", heightCm: "50", weightKg: "650" }),
    ).toMatchObject({ age: 120 });
  });

  it("ignores unknown top-level keys, prototype names included, and pollutes nothing", () => {
    const raw = JSON.parse(
      '{"age":30,"painNow":3,"redFlags":[],"conditions":[],"csrf":"x",' +
        '"__proto__":{"painNow":9,"polluted":1},"constructor":{"prototype":{"polluted":1}}}',
    );
    const out = data(raw);
    expect(out).toEqual({ age: 30, painNow: 3, afterLifting: false, redFlags: [], conditions: [] });
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("messages name the field", () => {
  it.each([
    [{ ...minimal, painNow: 11 }, "painNow", "Pain now must be a whole number from 0 to 10"],
    [{ ...minimal, painNow: -1 }, "painNow", M.painNow],
    [{ ...minimal, painNow: 3.5 }, "painNow", M.painNow],
    [{ ...minimal, painNow: "3.5" }, "painNow", M.painNow],
    [{ ...minimal, painNow: undefined }, "painNow", M.painNowRequired],
    [{ ...minimal, painNow: "" }, "painNow", M.painNowRequired],
    [{ ...minimal, age: 1.9 }, "age", "Age must be a number from 2 to 120 years"],
    [{ ...minimal, age: 120.1 }, "age", M.age],
    [{ ...minimal, age: null }, "age", M.ageRequired],
    [{ ...minimal, heightCm: 49, weightKg: 70 }, "heightCm", "Height must be a number from 50 to 272 cm"],
    [{ ...minimal, heightCm: 273, weightKg: 70 }, "heightCm", M.heightCm],
    [{ ...minimal, heightCm: 170, weightKg: 1.9 }, "weightKg", "Weight must be a number from 2 to 650 kg"],
    [{ ...minimal, heightCm: 170, weightKg: 651 }, "weightKg", M.weightKg],
    [{ ...minimal, painWeeks: 521 }, "painWeeks", "Weeks of pain must be a number from 0 to 520"],
    [{ ...minimal, painWeeks: -0.5 }, "painWeeks", M.painWeeks],
    [{ ...minimal, afterLifting: "maybe" }, "afterLifting", M.afterLifting],
    [{ ...minimal, afterLifting: 1 }, "afterLifting", M.afterLifting],
    [{ ...minimal, sex: "other" }, "sex", M.sex],
    [{ ...minimal, experience: "expert" }, "experience", M.experience],
  ])("%j → %s: %s", (raw, field, message) => {
    expect(errors(raw)).toEqual({ [field]: message });
  });

  it("height and weight come as a pair: the missing one gets the error", () => {
    expect(errors({ ...minimal, heightCm: 170 })).toEqual({ weightKg: M.weightRequired });
    expect(errors({ ...minimal, weightKg: "70", heightCm: "" })).toEqual({ heightCm: M.heightRequired });
  });

  it("reports every problem at once", () => {
    expect(Object.keys(errors({ age: 0, painNow: 12, redFlags: ["x"], conditions: ["y"] })).sort()).toEqual([
      "age",
      "conditions",
      "painNow",
      "redFlags",
    ]);
  });

  it("refuses something that is not an object", () => {
    for (const raw of [null, "age=30", [minimal], 42]) expect(errors(raw)).toEqual({ form: M.notAnObject });
  });
});

describe("no NaN or Infinity, ever", () => {
  it.each(["NaN", "nan", "Infinity", "-Infinity", "1e309", "-1e309", "0x10", "1,500", "3 kg", "abc", "1e"])(
    "painNow %j is refused",
    (text) => {
      expect(errors({ ...minimal, painNow: text })).toEqual({ painNow: M.painNow });
      expect(errors({ ...minimal, age: text })).toEqual({ age: M.age });
      expect(errors({ ...minimal, heightCm: text, weightKg: text })).toEqual({
        heightCm: M.heightCm,
        weightKg: M.weightKg,
      });
      expect(errors({ ...minimal, painWeeks: text })).toEqual({ painWeeks: M.painWeeks });
    },
  );

  it("reads a decimal comma as a point, as the calculator does (lib/forms/decimal)", () => {
    expect(data({ ...minimalForm, age: "34,5", painWeeks: "1,5", heightCm: "180,3", weightKg: "82,1" })).toMatchObject({
      age: 34.5,
      painWeeks: 1.5,
      heightCm: 180.3,
      weightKg: 82.1,
    });
    expect(errors({ ...minimal, painNow: "2,5" })).toEqual({ painNow: M.painNow });
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])("the number %s is refused", (n) => {
    expect(errors({ ...minimal, painNow: n, age: n, painWeeks: n })).toEqual({
      painNow: M.painNow,
      age: M.age,
      painWeeks: M.painWeeks,
    });
  });

  it("JSON's 1e309 (parsed as Infinity) is refused", () => {
    expect(errors(JSON.parse('{"age":1e309,"painNow":3,"redFlags":[],"conditions":[]}'))).toEqual({ age: M.age });
  });

  it("accepts an exponent that stays in range", () => {
    expect(data({ ...minimal, age: "3.5e1" }).age).toBe(35);
  });
});

describe("red flags and conditions", () => {
  it("removes duplicates and puts codes in the vocabulary's order", () => {
    const out = data({
      ...minimal,
      redFlags: ["night_pain", "fever", "night_pain"],
      conditions: ["hernia", "glaucoma", "hernia"],
    });
    expect(out.redFlags).toEqual(["fever", "night_pain"]);
    expect(out.conditions).toEqual(["glaucoma", "hernia"]);
  });

  it("names an unknown code", () => {
    expect(errors({ ...minimal, redFlags: ["fever", "headache"] })).toEqual({
      redFlags: 'Unknown red flag "headache"',
    });
    expect(errors({ ...minimal, conditions: ["asthma"] })).toEqual({ conditions: 'Unknown condition "asthma"' });
    expect(errors({ ...minimal, conditions: ["__proto__", "constructor"] })).toEqual({
      conditions: 'Unknown condition "__proto__"',
    });
  });

  it("puts each bad item on its own path", () => {
    const r = checkInSchema.safeParse({ ...minimal, redFlags: ["fever", 7, "nope"] });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path)).toEqual([
      ["redFlags", 1],
      ["redFlags", 2],
    ]);
  });

  it("requires both lists (an empty list says 'none' on purpose)", () => {
    expect(errors({ age: 30, painNow: 3 })).toEqual({ redFlags: M.redFlagsRequired, conditions: M.conditionsRequired });
    expect(errors({ ...minimal, redFlags: { fever: true } })).toEqual({ redFlags: M.redFlags });
  });

  it("takes a single code as a one-item list and skips blank items", () => {
    expect(data({ ...minimal, redFlags: "trauma", conditions: ["", "stroke"] })).toMatchObject({
      redFlags: ["trauma"],
      conditions: ["stroke"],
    });
  });
});

describe("checkInFromFormData", () => {
  function form(entries: [string, string][]): FormData {
    const fd = new FormData();
    for (const [key, value] of entries) fd.append(key, value);
    return fd;
  }

  it("reads repeated checkbox keys as lists, so the form and the API share one schema", () => {
    const fd = form([
      ["age", "45"],
      ["sex", "male"],
      ["heightCm", "180"],
      ["weightKg", "95"],
      ["painNow", "4"],
      ["painWeeks", "8"],
      ["afterLifting", "on"],
      ["redFlags", "night_pain"],
      ["redFlags", "fever"],
      ["conditions", "hernia"],
      ["experience", "intermediate"],
      ["$ACTION_ID_abc", ""],
    ]);
    expect(data(checkInFromFormData(fd))).toEqual({
      age: 45,
      sex: "male",
      heightCm: 180,
      weightKg: 95,
      painNow: 4,
      painWeeks: 8,
      afterLifting: true,
      redFlags: ["fever", "night_pain"],
      conditions: ["hernia"],
      experience: "intermediate",
    });
  });

  it("an unticked form: no checkbox keys at all → empty lists, afterLifting false", () => {
    expect(
      data(
        checkInFromFormData(
          form([
            ["age", "30"],
            ["painNow", "0"],
          ]),
        ),
      ),
    ).toEqual({
      age: 30,
      painNow: 0,
      afterLifting: false,
      redFlags: [],
      conditions: [],
    });
  });

  it("reads only the schema's fields", () => {
    const raw = checkInFromFormData(
      form([
        ["__proto__", "x"],
        ["constructor", "y"],
        ["age", "30"],
      ]),
    );
    expect(Object.keys(raw).sort()).toEqual([
      "afterLifting",
      "age",
      "conditions",
      "experience",
      "heightCm",
      "painNow",
      "painWeeks",
      "redFlags",
      "sex",
      "weightKg",
    ]);
    expect(Object.getPrototypeOf(raw)).toBe(Object.prototype);
  });

  it("form errors land on the same fields as the API's", () => {
    const fd = form([
      ["age", "abc"],
      ["painNow", "7.5"],
      ["heightCm", "180"],
      ["redFlags", "bogus"],
    ]);
    expect(errors(checkInFromFormData(fd))).toEqual({
      age: M.age,
      painNow: M.painNow,
      weightKg: M.weightRequired,
      redFlags: 'Unknown red flag "bogus"',
    });
  });
});
