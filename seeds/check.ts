/**
 * `npm run seeds:check`: validate every file in seeds/ and print each
 * problem. Writes nothing. Exit code 1 when any record fails.
 */
import { readSeedFiles } from "./read";
import { formatProblem, validateSeeds } from "../app/lib/directory/validate-seeds";

const inputs = await readSeedFiles();
const result = validateSeeds(inputs);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) in ${inputs.length} file(s). Nothing was written.`);
  process.exit(1);
}
const orgs = result.seeds.flatMap((s) => s.data.organizations);
const services = orgs.flatMap((o) => o.services);
console.log(`seeds ok: ${inputs.length} file(s), ${orgs.length} organisation(s), ${services.length} service(s)`);
