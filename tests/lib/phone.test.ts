import { describe, expect, test } from "vitest";

import { displayPhone, toPublicPhone } from "~/lib/directory/phone";

const base = { isShortCode: false, country: null, description: null, isCrisisLine: true };

describe("toPublicPhone", () => {
  test("formats an E.164 number the international way and dials it with tel:", () => {
    expect(toPublicPhone({ ...base, number: "+448001111", type: "voice" })).toMatchObject({
      display: "+44 800 1111",
      href: "tel:+448001111",
    });
  });

  test("uses sms: for a text line", () => {
    expect(toPublicPhone({ ...base, number: "+18006564673", type: "text" }).href).toBe("sms:+18006564673");
  });

  test("keeps a short code as it is and says where it works", () => {
    expect(toPublicPhone({ ...base, number: "116111", isShortCode: true, country: "DE", type: "voice" })).toMatchObject(
      {
        display: "116111",
        href: "tel:116111",
        onlyIn: "DE",
      },
    );
  });
});

describe("displayPhone", () => {
  test("formats an E.164 number the international way and leaves a short code as it is", () => {
    expect(displayPhone("+448088005000", false)).toBe("+44 808 800 5000");
    expect(displayPhone("116111", true)).toBe("116111");
  });

  test("is used as stored, so results need not parse the number again", () => {
    const p = toPublicPhone({
      number: "+448088005000",
      isShortCode: false,
      country: null,
      type: "voice",
      description: null,
      isCrisisLine: false,
      display: "+44 808 800 5000",
    });
    expect(p.display).toBe("+44 808 800 5000");
    expect(p.href).toBe("tel:+448088005000");
  });
});
