import { describe, expect, test } from "vitest";

import { formatProblem, validateSeeds } from "~/lib/directory/validate-seeds";

import { asInput, validSeedFile } from "../fixtures/seeds";

function problemsFor(mutate: (f: ReturnType<typeof validSeedFile>) => void) {
  const file = validSeedFile();
  mutate(file);
  const result = validateSeeds([asInput(file)]);
  if (result.ok) return [];
  return result.problems.map(formatProblem);
}

const service = (f: ReturnType<typeof validSeedFile>) => f.organizations[0]!.services[0]! as Record<string, unknown>;

describe("validateSeeds", () => {
  test("accepts a complete, valid record", () => {
    const result = validateSeeds([asInput(validSeedFile())]);
    expect(result.ok).toBe(true);
  });

  test("names the file, the record and the field of a bad phone number", () => {
    const problems = problemsFor((f) => {
      service(f).phones = [{ number: "+4412345", type: "voice", crisisLine: true }];
    });
    expect(problems).toEqual([
      "seeds/directory/test.json › organizations[0] (test-org) › services[0] (test-org-line) › phones[0].number: is not a valid E.164 phone number",
    ]);
  });

  test("accepts a short code only with the country it is dialled in", () => {
    expect(
      problemsFor((f) => void (service(f).phones = [{ number: "116111", type: "voice", crisisLine: true }])),
    ).toEqual([expect.stringContaining("phones[0].country: is required for a short code")]);
    expect(
      problemsFor(
        (f) => void (service(f).phones = [{ number: "116111", country: "GB", type: "voice", crisisLine: true }]),
      ),
    ).toEqual([]);
  });

  test("rejects a record without a source or a check date", () => {
    expect(problemsFor((f) => delete service(f).source)).toEqual([expect.stringContaining("source: is required")]);
    expect(problemsFor((f) => void (service(f).source = { url: "https://example.org/line" }))).toEqual([
      expect.stringContaining("source.checkedOn: is required"),
    ]);
  });

  test("rejects a check date in the future", () => {
    expect(
      problemsFor((f) => void (service(f).source = { url: "https://example.org", checkedOn: "2999-01-01" })),
    ).toEqual([expect.stringContaining("source.checkedOn: is in the future")]);
  });

  test("rejects codes that are not ISO 3166", () => {
    expect(problemsFor((f) => void (service(f).areas = [{ kind: "country", country: "UK" }]))).toEqual([
      expect.stringContaining("areas[0].country: is not an ISO 3166-1 alpha-2 country code"),
    ]);
    expect(problemsFor((f) => void (service(f).areas = [{ kind: "subdivision", subdivision: "GB-XYZ" }]))).toEqual([
      expect.stringContaining("areas[0].subdivision: is not an ISO 3166-2 subdivision code"),
    ]);
  });

  test("rejects an unknown service type and an unknown field", () => {
    const problems = problemsFor((f) => {
      service(f).types = ["vs-made-up"];
      service(f).colour = "red";
    });
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toContain("types[0]");
    expect(problems.join("\n")).toContain("unknown field(s) `colour`");
  });

  test("rejects a phone-delivered service with no phone number", () => {
    expect(problemsFor((f) => void (service(f).phones = []))).toEqual([
      expect.stringContaining("phones: delivery by phone needs at least one phone number"),
    ]);
  });

  test("rejects a reference to a location the organisation does not have", () => {
    expect(problemsFor((f) => void (service(f).locations = ["nowhere"]))).toEqual([
      expect.stringContaining("names no location `nowhere`"),
    ]);
  });

  test("requires compensation details exactly when the type is vs-compensation", () => {
    expect(problemsFor((f) => void (service(f).types = ["vs-compensation"]))).toEqual([
      expect.stringContaining("compensation: a compensation programme needs its compensation details"),
    ]);
  });

  test("accepts an honest 'no scheme here' record on a service that is not itself a scheme, and refuses it on one that is", () => {
    const none = {
      jurisdiction: { country: "CA", subdivision: "CA-YT" },
      kind: "none",
      howToApply: "There is no scheme; victim services can help.",
      coversResidentsVictimisedAbroad: "unknown",
      policeReportRule: "unknown",
      convictionRequired: "unknown",
      payerOfLastResort: "unknown",
      deadlines: [],
    };
    expect(problemsFor((f) => void (service(f).compensation = none))).toEqual([]);
    expect(
      problemsFor((f) => {
        service(f).compensation = none;
        service(f).types = ["vs-compensation"];
      }),
    ).toEqual([expect.stringContaining("a record that says there is no scheme is not a scheme")]);
  });

  test("requires the closing date of a fixed-date deadline", () => {
    const problems = problemsFor((f) => {
      service(f).types = ["vs-compensation"];
      service(f).delivery = ["online"];
      service(f).phones = [];
      service(f).open247 = undefined;
      service(f).compensation = {
        jurisdiction: { country: "AU" },
        kind: "redress",
        howToApply: "Apply online.",
        coversResidentsVictimisedAbroad: "unknown",
        policeReportRule: "not-required",
        convictionRequired: "no",
        payerOfLastResort: "unknown",
        deadlines: [
          {
            kind: "file",
            appliesTo: "all",
            duration: null,
            startsFrom: "fixed-date",
            source: { url: "https://example.org", checkedOn: "2026-11-01" },
          },
        ],
      };
    });
    expect(problems).toEqual([
      expect.stringContaining("deadlines[0].fixedDate: is required when the deadline is a fixed date"),
    ]);
  });

  test("merges one organisation's services listed in two files under the same id and name", () => {
    const second = validSeedFile();
    second.organizations[0]!.services[0]!.id = "test-org-second-line";
    second.organizations[0]!.services[0]!.name = "Test text line";
    // Locations belong to the file that first lists the organisation.
    second.organizations[0]!.locations = [];
    second.organizations[0]!.services[0]!.locations = [];
    const result = validateSeeds([
      asInput(validSeedFile(), "seeds/directory/a.json"),
      asInput(second, "seeds/directory/b.json"),
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const orgs = result.seeds.flatMap((s) => s.data.organizations);
    expect(orgs.map((o) => o.id)).toEqual(["test-org"]);
    expect(orgs[0]!.services.map((s) => s.id)).toEqual(["test-org-line", "test-org-second-line"]);
  });

  test("reports an organisation id reused in another file with a different name", () => {
    const second = validSeedFile();
    second.organizations[0]!.name = "Another Organisation";
    second.organizations[0]!.services[0]!.id = "test-org-second-line";
    const result = validateSeeds([
      asInput(validSeedFile(), "seeds/directory/a.json"),
      asInput(second, "seeds/directory/b.json"),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      "seeds/directory/b.json › organizations[0] (test-org) › name: reuses the id of “Test Organisation” in seeds/directory/a.json with a different name",
    ]);
  });

  test("reports an organisation id used twice in one file", () => {
    const problems = problemsFor((f) => {
      const copy = structuredClone(f.organizations[0]!);
      copy.services[0]!.id = "test-org-other-line";
      f.organizations.push(copy);
    });
    expect(problems).toEqual([
      "seeds/directory/test.json › organizations[1] (test-org) › id: duplicates the id already used in seeds/directory/test.json",
    ]);
  });

  test("reports a service id used twice across files", () => {
    const result = validateSeeds([
      asInput(validSeedFile(), "seeds/directory/a.json"),
      asInput(validSeedFile(), "seeds/directory/b.json"),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const lines = result.problems.map(formatProblem);
    expect(lines.some((l) => l.includes("(test-org-line) › id: duplicates the id already used"))).toBe(true);
  });

  test("reports a file that is not JSON without stopping the others", () => {
    const result = validateSeeds([{ file: "seeds/directory/broken.json", text: "{" }, asInput(validSeedFile())]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(formatProblem(result.problems[0]!)).toMatch(
      /^seeds\/directory\/broken.json › \(file\) › \(whole file\): is not valid JSON/,
    );
  });

  test("reports every problem, not just the first", () => {
    const problems = problemsFor((f) => {
      service(f).languages = [];
      service(f).audiences = ["everyone"];
      f.organizations[0]!.name = "";
    });
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe("duplicate records", () => {
  test("reports the same organisation under two ids, whatever the case and punctuation", () => {
    const problems = problemsFor((f) => {
      const copy = structuredClone(f.organizations[0]!);
      copy.id = "test-org-again";
      copy.name = "TEST organisation.";
      copy.locations = [];
      copy.services = [{ ...copy.services[0]!, id: "test-org-again-line", locations: [] }];
      f.organizations.push(copy);
    });
    expect(problems).toEqual([
      "seeds/directory/test.json › organizations[1] (test-org-again) › name: is the same organisation as `test-org`",
    ]);
  });

  test("reports one organisation listing the same service twice under different ids", () => {
    const problems = problemsFor((f) => {
      const org = f.organizations[0]!;
      org.services.push({ ...org.services[0]!, id: "test-org-line-again" });
    });
    expect(problems).toEqual([
      "seeds/directory/test.json › organizations[0] (test-org) › services[1] (test-org-line-again) › name: is the same service as `test-org-line`",
    ]);
  });
});
