/**
 * `npm run seeds:check`: validate every file in seeds/ and print each
 * problem. Writes nothing. Exit code 1 when any record fails.
 *
 * `--with FILE…` validates draft files together with the shipped directory
 * (so ids clashing across files are caught) before a draft is moved in.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";

import { readSeedFiles } from "./read";
import { formatProblem, validateSeeds } from "../app/lib/directory/validate-seeds";

const withIndex = process.argv.indexOf("--with");
const drafts = withIndex === -1 ? [] : process.argv.slice(withIndex + 1);
const inputs = [
  ...(await readSeedFiles()),
  ...(await Promise.all(
    drafts.map(async (f) => ({ file: path.relative(process.cwd(), f), text: await readFile(f, "utf8") })),
  )),
];
const result = validateSeeds(inputs);
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  console.error(`\n${result.problems.length} problem(s) in ${inputs.length} file(s). Nothing was written.`);
  process.exit(1);
}
const orgs = result.seeds.flatMap((s) => s.data.organizations);
const services = orgs.flatMap((o) => o.services);
console.log(`seeds ok: ${inputs.length} file(s), ${orgs.length} organisation(s), ${services.length} service(s)`);
