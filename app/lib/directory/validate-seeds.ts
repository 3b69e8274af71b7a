import type { z } from "zod";

import { SeedFileSchema, type SeedFile } from "./seed-schema";

/**
 * Validates every seed file before anything is written, and reports each
 * problem as `file › record › field: reason` so a reviewer can fix it
 * without reading a stack trace.
 */

export type SeedProblem = { file: string; record: string; field: string; reason: string };
export type SeedInput = { file: string; text: string };
export type ValidatedSeeds = { file: string; data: SeedFile }[];

export function formatProblem(p: SeedProblem): string {
  return `${p.file} › ${p.record} › ${p.field}: ${p.reason}`;
}

function describePath(json: unknown, path: readonly PropertyKey[]): { record: string; field: string } {
  // The record is the organisation (and service) the path runs through, named
  // by its slug when it has one, so messages survive reordering of the file.
  let node: unknown = json;
  const recordParts: string[] = [];
  const fieldParts: string[] = [];
  let inRecord = true;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    const next = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
    const parentKey = path[i - 1];
    const isRecordIndex =
      inRecord && typeof key === "number" && (parentKey === "organizations" || parentKey === "services");
    if (isRecordIndex) {
      const id = next && typeof next === "object" ? (next as { id?: unknown }).id : undefined;
      recordParts.push(`${String(parentKey)}[${key}]${typeof id === "string" ? ` (${id})` : ""}`);
    } else if (inRecord && (key === "organizations" || key === "services") && typeof path[i + 1] === "number") {
      // named by the index step that follows
    } else {
      inRecord = false;
      fieldParts.push(typeof key === "number" ? `[${key}]` : fieldParts.length ? `.${String(key)}` : String(key));
    }
    node = next;
  }
  return { record: recordParts.join(" › ") || "(file)", field: fieldParts.join("") || "(whole record)" };
}

function plainReason(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `unknown field(s) ${issue.keys.map((k) => `\`${k}\``).join(", ")}`;
  if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
  return issue.message;
}

export function validateSeeds(
  inputs: readonly SeedInput[],
): { ok: true; seeds: ValidatedSeeds } | { ok: false; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const seeds: ValidatedSeeds = [];

  for (const { file, text } of inputs) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        record: "(file)",
        field: "(whole file)",
        reason: `is not valid JSON: ${(error as Error).message}`,
      });
      continue;
    }
    const parsed = SeedFileSchema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file, ...describePath(json, issue.path), reason: plainReason(issue) });
      }
      continue;
    }
    seeds.push({ file, data: parsed.data });
  }

  mergeOrganizationsAcrossFiles(seeds, problems);
  findDuplicateRecords(seeds, problems);

  // Checks that span files: ids must be unique across the whole directory,
  // and a closed programme must point at a service that exists.
  const seen = new Map<string, string>();
  const serviceIds = new Set<string>();
  for (const { data } of seeds) for (const o of data.organizations) for (const s of o.services) serviceIds.add(s.id);
  for (const { file, data } of seeds) {
    data.organizations.forEach((o, oi) => {
      const ids: [string, string, string][] = [
        ...o.locations.map((l, li): [string, string, string] => [
          `location:${l.id}`,
          `organizations[${oi}] (${o.id})`,
          `locations[${li}].id`,
        ]),
        ...o.services.map((s, si): [string, string, string] => [
          `service:${s.id}`,
          `organizations[${oi}] (${o.id}) › services[${si}] (${s.id})`,
          "id",
        ]),
      ];
      for (const [key, record, field] of ids) {
        const first = seen.get(key);
        if (first) problems.push({ file, record, field, reason: `duplicates the id already used in ${first}` });
        else seen.set(key, file);
      }
      o.services.forEach((s, si) => {
        if (s.replacedBy && !serviceIds.has(s.replacedBy)) {
          problems.push({
            file,
            record: `organizations[${oi}] (${o.id}) › services[${si}] (${s.id})`,
            field: "replacedBy",
            reason: `names no service \`${s.replacedBy}\``,
          });
        }
      });
    });
  }

  return problems.length ? { ok: false, problems } : { ok: true, seeds };
}

/**
 * Files are split by topic (child helplines, hotlines, compensation…), so
 * one organisation may run services listed in several files. The same id
 * with the same name in a later file adds its services and locations to the
 * first entry; a clash of names, or an id repeated within one file, is a
 * duplicate. Mutates `seeds` so the importer sees each organisation once.
 */
function mergeOrganizationsAcrossFiles(seeds: ValidatedSeeds, problems: SeedProblem[]): void {
  const first = new Map<string, { file: string; org: SeedFile["organizations"][number] }>();
  for (const seed of seeds) {
    const kept: SeedFile["organizations"] = [];
    seed.data.organizations.forEach((o, oi) => {
      const earlier = first.get(o.id);
      const record = `organizations[${oi}] (${o.id})`;
      if (!earlier) {
        first.set(o.id, { file: seed.file, org: o });
        kept.push(o);
      } else if (earlier.file === seed.file) {
        problems.push({
          file: seed.file,
          record,
          field: "id",
          reason: `duplicates the id already used in ${earlier.file}`,
        });
      } else if (earlier.org.name !== o.name) {
        problems.push({
          file: seed.file,
          record,
          field: "name",
          reason: `reuses the id of “${earlier.org.name}” in ${earlier.file} with a different name`,
        });
      } else {
        earlier.org.locations.push(...o.locations);
        earlier.org.services.push(...o.services);
      }
    });
    seed.data.organizations = kept;
  }
}

/** Names compared without case, spaces or punctuation: "ISPCC Childline" = "I.S.P.C.C. childline". */
const normalName = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/**
 * The same organisation under two ids, or one organisation listing the same
 * service twice, is a duplicate even when the ids differ.
 */
function findDuplicateRecords(seeds: ValidatedSeeds, problems: SeedProblem[]): void {
  const orgNames = new Map<string, string>();
  for (const { file, data } of seeds) {
    data.organizations.forEach((o, oi) => {
      const record = `organizations[${oi}] (${o.id})`;
      const key = normalName(o.name);
      const first = orgNames.get(key);
      if (first) problems.push({ file, record, field: "name", reason: `is the same organisation as \`${first}\`` });
      else orgNames.set(key, o.id);
      const serviceNames = new Map<string, string>();
      o.services.forEach((sv, si) => {
        const name = normalName(sv.name);
        const earlier = serviceNames.get(name);
        if (earlier)
          problems.push({
            file,
            record: `${record} › services[${si}] (${sv.id})`,
            field: "name",
            reason: `is the same service as \`${earlier}\``,
          });
        else serviceNames.set(name, sv.id);
      });
    });
  }
}
