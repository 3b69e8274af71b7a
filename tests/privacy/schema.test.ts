import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, test } from "vitest";

/**
 * ADR 001: Waypoint keeps nothing about the people who use it. This test
 * reads prisma/schema.prisma and fails if the schema grows anything shaped
 * like a person, an account, a session, a search or a log.
 */

const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");

/** Models and their scalar fields (relation fields point at other models). */
function models(source: string): { name: string; fields: string[] }[] {
  const blocks = [...source.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)];
  const names = new Set(blocks.map((b) => b[1]!));
  return blocks.map((match) => ({
    name: match[1]!,
    fields: match[2]!
      .split("\n")
      .map((l) => l.replace(/\/\/.*$/, "").trim())
      .filter((l) => l && !l.startsWith("@@"))
      .map((l) => l.split(/\s+/))
      .filter(([, type]) => !names.has(type!.replace(/[[\]?]/g, "")))
      .map(([field]) => field!),
  }));
}

// The directory's own contact details are about organisations, not people.
const ALLOWED_CONTACT_FIELDS: Record<string, string[]> = {
  Organization: ["email", "website"],
  Service: ["email", "url"],
  Phone: ["number", "type", "description", "country"],
  Address: ["address1", "address2", "city", "region", "postalCode", "country", "subdivisionCode"],
  Location: ["latitude", "longitude"],
  ServiceArea: ["country"],
  // The gazetteer describes public places, never a visitor's position.
  Place: ["searchName", "country", "latitude", "longitude"],
  PostalCode: ["country", "latitude", "longitude"],
  // A deadline's notes explain the rule, in our words, from its source.
  ProgrammeDeadline: ["notes"],
};

const PERSON_MODEL =
  /user|person|people|client|account|member|profile|session|visitor|search|query|referral|log|audit|event|analytic|track|cookie|device|contact/i;
const PERSON_FIELD = new RegExp(
  [
    // contact and address details
    "^(e_?mail|phone|phoneNumber|mobile|number|address\\d?|street|city|region|postalCode|postcode|zip|country|subdivisionCode)$",
    // where someone is, or who they are
    "^(lat|latitude|lng|lon|longitude|place|location|dob|dateOfBirth|birthDate|age|gender|firstName|lastName|fullName|username|password)$",
    // anything about a visit
    "^(ip|userAgent|search|query|session|user|client|person|visitor|device|note|token|cookie)",
  ].join("|"),
  "i",
);

describe("the database schema holds no personal data", () => {
  const all = models(schema);

  test("the schema is parsed into models (the guard itself works)", () => {
    expect(all.map((m) => m.name)).toContain("Service");
    expect(all.find((m) => m.name === "Phone")?.fields).toContain("number");
  });

  test("no model is shaped like a person, account, session, search or log", () => {
    const offenders = all.map((m) => m.name).filter((n) => PERSON_MODEL.test(n));
    expect(offenders).toEqual([]);
  });

  test("personal-looking fields appear only on directory records that allow them", () => {
    const offenders: string[] = [];
    for (const m of all) {
      for (const f of m.fields) {
        if (PERSON_FIELD.test(f) && !(ALLOWED_CONTACT_FIELDS[m.name] ?? []).includes(f))
          offenders.push(`${m.name}.${f}`);
      }
    }
    // Age limits of a service (minimumAge/maximumAge) describe eligibility, not a person.
    expect(offenders.filter((o) => !/^Service\.(minimumAge|maximumAge)$/.test(o))).toEqual([]);
  });

  test("the guard would catch a person-shaped addition", () => {
    const grown = `${schema}\nmodel Visitor {\n  id String @id\n  ipAddress String\n}\n`;
    expect(models(grown).some((m) => PERSON_MODEL.test(m.name))).toBe(true);
    const withField = schema.replace("model Service {", "model Service {\n  searchTerm String");
    const service = models(withField).find((m) => m.name === "Service")!;
    expect(service.fields.some((f) => PERSON_FIELD.test(f) && !ALLOWED_CONTACT_FIELDS.Service!.includes(f))).toBe(true);
  });

  test("the schema says why, at the top", () => {
    expect(schema.slice(0, 600)).toMatch(/no model, table or column for a person/i);
  });
});
