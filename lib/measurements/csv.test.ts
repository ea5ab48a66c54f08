import { describe, expect, it } from "vitest";
import { csvField, parseCsv, toCsv } from "./csv";

const fields = (text: string) => parseCsv(text).records.map((record) => record.fields);

describe("parseCsv", () => {
  it("reads LF, CRLF and CR line ends and a UTF-8 BOM", () => {
    const expected = [
      ["date", "weight"],
      ["2024-01-01", "70"],
    ];
    expect(fields("date,weight\n2024-01-01,70\n")).toEqual(expected);
    expect(fields("\uFEFFdate,weight\r\n2024-01-01,70\r\n")).toEqual(expected);
    expect(fields("date,weight\r2024-01-01,70")).toEqual(expected);
  });

  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(fields('a,"b,c","say ""hi""","two\r\nlines"\n')).toEqual([["a", "b,c", 'say "hi"', "two\r\nlines"]]);
    expect(fields('"",x')).toEqual([["", "x"]]);
  });

  it("numbers records by the line they start on, counting blank lines and breaks inside quotes", () => {
    const { records } = parseCsv('h1,h2\n\n"a\nb",1\r\n,,\n  \nlast,2');
    expect(records.map((record) => [record.line, record.fields[0]])).toEqual([
      [1, "h1"],
      [3, "a\nb"],
      [7, "last"],
    ]);
  });

  it("counts a CRLF inside quotes as one line, with any mix of line ends", () => {
    const lines = (text: string) => parseCsv(text).records.map((record) => [record.line, record.fields[0]]);
    expect(lines('a,"x\r\ny",b\r\nc\r\nd')).toEqual([
      [1, "a"],
      [3, "c"],
      [4, "d"],
    ]);
    expect(lines('a,b\r\n\r\n\n"c\r\nd",e\r\nf')).toEqual([
      [1, "a"],
      [4, "c\r\nd"],
      [6, "f"],
    ]);
    expect(lines('a\r"b\rc"\rd')).toEqual([
      [1, "a"],
      [2, "b\rc"],
      [4, "d"],
    ]);
    // A skipped row of blank values can hold a quoted line break too.
    expect(lines('a\n" \r\n ",\nx')).toEqual([
      [1, "a"],
      [4, "x"],
    ]);
    // Line numbers are not thrown off by a BOM, multi-byte characters or a last value that ends
    // in a line break.
    expect(lines('\uFEFFé,ü\n"ñ\n",x\nz\n"last\n"')).toEqual([
      [1, "é"],
      [2, "ñ\n"],
      [4, "z"],
      [5, "last\n"],
    ]);
  });

  it("drops spaces before an opening quote and keeps a stray quote as text", () => {
    expect(fields(' "x",\t"y"\n69",70')).toEqual([
      ["x", "y"],
      ['69"', "70"],
    ]);
  });

  it("reads empty text as no records", () => {
    expect(parseCsv("")).toEqual({ records: [], error: null, truncated: false });
    expect(parseCsv("\uFEFF\r\n,,\n")).toEqual({ records: [], error: null, truncated: false });
  });

  it("reports an unclosed quote with its line", () => {
    expect(parseCsv('h\nok\n"never closed\n').error).toBe('Line 3: a quoted value is never closed (a " is missing)');
    // The line the record starts on, past blank lines and line breaks inside earlier values.
    expect(parseCsv('h,"a\r\nb"\n\n  \n,,\r\nx, "open\r\nmore\n').error).toBe(
      'Line 6: a quoted value is never closed (a " is missing)',
    );
  });

  it("stops early at the record cap", () => {
    const result = parseCsv("a\nb\nc\nd\n", 2);
    expect(result.truncated).toBe(true);
    expect(result.records).toHaveLength(2);
    expect(parseCsv("a\nb\n", 2).truncated).toBe(false);
    // Blank lines after the last record are not more records.
    expect(parseCsv("a\nb\n\n,,\n", 2)).toMatchObject({ truncated: false, error: null });
    // Past the cap a broken record only means "more records", not an error.
    expect(parseCsv('a\nb\n"never closed', 2)).toMatchObject({ truncated: true, error: null });
    expect(parseCsv('a\nb\nc\n"never closed', 2)).toMatchObject({ truncated: true, error: null });
  });
});

describe("writing CSV", () => {
  it("quotes only what needs quoting", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField(70.5)).toBe("70.5");
    expect(csvField(null)).toBe("");
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField(" edge")).toBe('" edge"');
  });

  it("round-trips through parseCsv", () => {
    const rows = [["x", 'q"uote', "com,ma", "new\r\nline", ""]];
    expect(fields(toCsv(rows))).toEqual(rows);
  });
});
