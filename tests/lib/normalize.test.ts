import { describe, expect, test } from "vitest";

import { parsePostcode, searchKey } from "~/lib/geo/normalize";

describe("searchKey", () => {
  test("makes St. John's and st johns the same key", () => {
    expect(searchKey("St. John's")).toBe("st johns");
    expect(searchKey("st johns")).toBe("st johns");
  });

  test("treats Saint and St as the same word", () => {
    expect(searchKey("Saint Paul")).toBe(searchKey("St Paul"));
    expect(searchKey("Mount Isa")).toBe(searchKey("Mt. Isa"));
  });

  test("removes accents and folds letters NFD leaves alone", () => {
    expect(searchKey("Zürich")).toBe("zurich");
    expect(searchKey("Montréal")).toBe("montreal");
    expect(searchKey("Łódź")).toBe("lodz");
    expect(searchKey("Straße")).toBe("strasse");
  });

  test("turns punctuation and runs of spaces into single spaces", () => {
    expect(searchKey("  Stratford-upon-Avon ")).toBe("stratford upon avon");
    expect(searchKey("Portland,\tMaine")).toBe("portland maine");
  });

  test("closes up initials so D.C. and DC match", () => {
    expect(searchKey("Washington, D.C.")).toBe("washington dc");
    expect(searchKey("Washington DC")).toBe("washington dc");
  });

  test("keeps letters of other scripts", () => {
    expect(searchKey("東京")).toBe("東京");
  });

  test("gives an empty key for punctuation only", () => {
    expect(searchKey(" .,;- ")).toBe("");
  });
});

describe("parsePostcode", () => {
  test("reads five digits as a US ZIP", () => {
    expect(parsePostcode("97201")).toEqual([{ country: "US", code: "97201" }]);
  });

  test("reads ZIP+4 as its five-digit ZIP", () => {
    expect(parsePostcode("97201-1234")).toEqual([{ country: "US", code: "97201" }]);
    expect(parsePostcode("972011234")).toEqual([{ country: "US", code: "97201" }]);
  });

  test("reads four digits as an Australian postcode", () => {
    expect(parsePostcode(" 2000 ")).toEqual([{ country: "AU", code: "2000" }]);
  });

  test("reads a Canadian postcode as its forward sortation area", () => {
    expect(parsePostcode("m5v 3l9")).toEqual([{ country: "CA", code: "M5V" }]);
    expect(parsePostcode("M5V")).toEqual([{ country: "CA", code: "M5V" }]);
  });

  test("rejects letters Canada Post never uses", () => {
    expect(parsePostcode("D5V 3L9")).toEqual([]);
  });

  test("finds nothing in names, short numbers or long numbers", () => {
    for (const text of ["Portland", "123", "123456", "12345678901", "", "9".repeat(10_000)]) {
      expect(parsePostcode(text), text.slice(0, 20)).toEqual([]);
    }
  });
});
