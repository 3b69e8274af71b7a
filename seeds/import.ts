import type { PrismaClient } from "../app/generated/prisma/client";
import { rebuildReadModel } from "../app/models/read-model.server";
import { rebuildAreaIndex } from "../app/models/spatial.server";
import { directoryRows, taxonomyRows } from "../app/lib/directory/to-rows";
import { formatProblem, validateSeeds, type SeedInput } from "../app/lib/directory/validate-seeds";

type Log = (line: string) => void;

/**
 * Validate every seed file, then replace the directory in one transaction.
 * If any record fails, nothing is written and every problem is returned.
 * Ids are derived from slugs and rows are inserted in a fixed order, so
 * importing the same seeds twice gives the same database.
 */
export async function importSeeds(
  prisma: PrismaClient,
  inputs: readonly SeedInput[],
  log: Log = () => {},
): Promise<{ ok: true; counts: Record<string, number> } | { ok: false; problems: string[] }> {
  log(`Validating ${inputs.length} seed file(s)…`);
  const result = validateSeeds(inputs);
  if (!result.ok) return { ok: false, problems: result.problems.map(formatProblem) };

  const rows = { ...taxonomyRows(), ...directoryRows(result.seeds) };
  log(`All records valid: ${rows.organizations.length} organisation(s), ${rows.services.length} service(s).`);

  const counts: Record<string, number> = {};
  await prisma.$transaction(
    async (tx) => {
      // Children before parents when deleting, parents before children when
      // inserting: the foreign-key order of prisma/schema.prisma.
      await tx.programmeDeadline.deleteMany();
      await tx.compensationProgramme.deleteMany();
      await tx.attribute.deleteMany();
      await tx.termMapping.deleteMany();
      await tx.taxonomyTerm.deleteMany();
      await tx.taxonomy.deleteMany();
      await tx.serviceArea.deleteMany();
      await tx.costOption.deleteMany();
      await tx.language.deleteMany();
      await tx.schedule.deleteMany();
      await tx.phone.deleteMany();
      await tx.serviceAtLocation.deleteMany();
      await tx.service.deleteMany();
      await tx.accessibility.deleteMany();
      await tx.address.deleteMany();
      await tx.location.deleteMany();
      await tx.organization.deleteMany();
      log("Cleared the previous directory.");

      const steps: [string, () => Promise<{ count: number }>][] = [
        ["taxonomy", () => tx.taxonomy.createMany({ data: rows.taxonomies })],
        ["taxonomy_term", () => tx.taxonomyTerm.createMany({ data: rows.terms })],
        ["x_term_mapping", () => tx.termMapping.createMany({ data: rows.mappings })],
        ["organization", () => tx.organization.createMany({ data: rows.organizations })],
        ["location", () => tx.location.createMany({ data: rows.locations })],
        ["address", () => tx.address.createMany({ data: rows.addresses })],
        ["accessibility", () => tx.accessibility.createMany({ data: rows.accessibility })],
        ["service", () => tx.service.createMany({ data: rows.services })],
        ["service_at_location", () => tx.serviceAtLocation.createMany({ data: rows.serviceAtLocations })],
        ["phone", () => tx.phone.createMany({ data: rows.phones })],
        ["schedule", () => tx.schedule.createMany({ data: rows.schedules })],
        ["language", () => tx.language.createMany({ data: rows.languages })],
        ["cost_option", () => tx.costOption.createMany({ data: rows.costOptions })],
        ["service_area", () => tx.serviceArea.createMany({ data: rows.serviceAreas })],
        ["attribute", () => tx.attribute.createMany({ data: rows.attributes })],
        ["compensation_programme", () => tx.compensationProgramme.createMany({ data: rows.programmes })],
        ["programme_deadline", () => tx.programmeDeadline.createMany({ data: rows.deadlines })],
      ];
      for (const [table, insert] of steps) {
        const { count } = await insert();
        counts[table] = count;
        log(`  ${table}: ${count}`);
      }
      counts.x_service_area_rtree = await rebuildAreaIndex(tx);
      log(`  x_service_area_rtree: ${counts.x_service_area_rtree}`);
      counts.x_service_read_model = await rebuildReadModel(tx);
      log(`  x_service_facts and x_service_card: ${counts.x_service_read_model}`);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { ok: true, counts };
}
