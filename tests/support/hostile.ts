// Hostile input for the fuzz suites (tests/integration/fuzz-*.test.ts): the strings, numbers and
// bodies that have broken web apps before, mixed with fast-check's random ones.
import fc from "fast-check";

/** Strings that a database, a date parser, a number parser or a template has choked on. */
export const HOSTILE_STRINGS = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "%00",
  "\u0001\u0002\u001b[31m\u007f",
  "\t",
  "\r\n",
  "line\nbreak",
  "1e309",
  "-1e309",
  "1e-400",
  "NaN",
  "Infinity",
  "-Infinity",
  "-0",
  "0x10",
  "1,5",
  "9007199254740993",
  "99999999999999999999",
  "-1",
  "0",
  "0000-01-01",
  "0000-02-29",
  "+275760-09-13",
  "275760-09-13",
  "-271821-04-20",
  "9999-12-31",
  "2024-02-30",
  "2024-13-01",
  "1900-01-01T00:00:00Z",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "\u202eevil\u202c",
  "\u200b\u200c\u200d\ufeff",
  "\ud800",
  "😀👨‍👩‍👧",
  "Zoë 李 مرحبا",
  "<script>alert(1)</script>",
  '\'; DROP TABLE "User"; --',
  "../../etc/passwd",
  "//evil.example",
  "/\t/evil.example",
  "javascript:alert(1)",
  "true",
  "null",
  "undefined",
  "[]",
  "{}",
  "metric",
  "us",
  "json",
  "csv",
  "ADMIN",
  "x".repeat(5_000),
  "\u0000".repeat(1_000),
];

/** A few very long strings, kept apart so most runs stay fast. */
export const HUGE_STRINGS = ["y".repeat(200_000), "€".repeat(40_000)];

const hostileNumber = fc.constantFrom(
  -0,
  0,
  -1,
  1e21,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  1.5,
  170,
  70,
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

/** Any JSON value, biased to the hostile: wrong types, arrays where scalars belong, prototype keys. */
export const hostileJsonValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 5, arbitrary: hostileString },
    { weight: 3, arbitrary: hostileNumber },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null) },
    { weight: 1, arbitrary: fc.array(tie("value"), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.oneof(hostileString, fc.constantFrom("__proto__", "constructor", "prototype")),
        tie("value"),
        { maxKeys: 3 },
      ),
    },
  ),
})).value;

/** A JSON object with the route's own field names (and prototype keys) set to hostile values. */
export function hostileObject(fields: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  const keys = fc.constantFrom(...fields, "__proto__", "constructor", "prototype", "units");
  return fc.array(fc.tuple(keys, hostileJsonValue), { maxLength: 8 }).map((entries) => {
    // Object.fromEntries, unlike a literal, makes "__proto__" an own key, as JSON.parse does.
    return Object.fromEntries(entries);
  });
}

/** Raw request bodies: hostile JSON objects, malformed or oversized text, numbers JSON.parse turns into Infinity. */
export function hostileBody(fields: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: hostileObject(fields).map((value) => JSON.stringify(value)) },
    {
      weight: 3,
      arbitrary: fc.constantFrom(
        "",
        "{",
        "[1,2]",
        "null",
        "42",
        '"text"',
        '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
        `{"${fields[0] ?? "x"}":1e309}`,
        `{"${fields[0] ?? "x"}":-1e309,"${fields[1] ?? "y"}":1e-400}`,
        "[".repeat(20_000) + "]".repeat(20_000),
        `{"a":"${"z".repeat(70 * 1024)}"}`,
        "\u0000{}",
        "\ufeff{}",
      ),
    },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  );
}

export const HOSTILE_CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "text/plain",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=----x",
  "application/json\u0000",
  "",
] as const;

/** Headers a browser, a program or an attacker might send with a write. */
export const hostileWriteHeaders: fc.Arbitrary<Record<string, string>> = fc.record(
  {
    "content-type": fc.constantFrom(...HOSTILE_CONTENT_TYPES.filter((type) => !type.includes("\u0000"))),
    origin: fc.constantFrom("http://localhost", "http://evil.example", "null", "http://localhost:1"),
    "sec-fetch-site": fc.constantFrom("same-origin", "same-site", "cross-site", "none"),
  },
  { requiredKeys: [] },
);

/** A query string with the given keys (some repeated, some array-style) set to hostile values. */
export function hostileQuery(keys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    fc.constantFrom(...(keys.length ? keys : ["q"])),
    fc.constantFrom("__proto__", "constructor", "x[]"),
  );
  return fc.array(fc.tuple(key, hostileString), { maxLength: 6 }).map((pairs) => {
    const query = new URLSearchParams();
    for (const [name, value] of pairs) query.append(name, value);
    const text = query.toString();
    return text ? `?${text}` : "";
  });
}

/** Long hostile strings make fast-check's report unreadable: cut every string in it. */
function brief(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === "string" && item.length > 60 ? `${item.slice(0, 60)}…(${item.length} chars)` : item,
  );
}

/** fc.assert, with the failing input shown briefly and the underlying error kept. */
export async function assertFuzz<T>(property: fc.IAsyncPropertyWithHooks<T>, numRuns: number): Promise<void> {
  const result = await fc.check(property, { numRuns });
  if (!result.failed) return;
  const failure = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
  throw new Error(
    `Fuzz failure after ${result.numRuns} runs (seed ${result.seed}, path ${result.counterexamplePath}):\n  ` +
      `input: ${brief(result.counterexample)}\n  ${failure.slice(0, 2000)}`,
  );
}
