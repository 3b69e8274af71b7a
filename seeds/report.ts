/**
 * `npm run directory:report`: what the directory holds, where it is thin,
 * and which records are due for a re-check. Reads seeds/ only.
 */
import { readSeedFiles } from "./read";
import { directoryReport, type Count } from "../app/lib/directory/report";
import { formatProblem, validateSeeds } from "../app/lib/directory/validate-seeds";

const result = validateSeeds(await readSeedFiles());
if (!result.ok) {
  for (const p of result.problems) console.error(formatProblem(p));
  process.exit(1);
}
const report = directoryReport(
  result.seeds.map((s) => s.data),
  new Date().toISOString().slice(0, 10),
);
const table = (title: string, rows: Count[]) => {
  console.log(`\n${title}`);
  for (const [key, n] of rows) console.log(`  ${key.padEnd(28)} ${String(n).padStart(5)}`);
};

console.log(
  `Directory: ${report.organizations} organisations, ${report.services} services, ${report.countries} countries (plus international services)`,
);
table("Services by country", report.byCountry);
table("Services by kind of service", report.byType);
table("Services by kind of area", report.byAreaKind);
console.log("\nCoverage against the directory targets (issue #7)");
for (const t of report.targets) {
  const status = t.have >= t.want ? "met" : "NOT MET";
  const missing = t.missing?.length ? `  missing: ${t.missing.join(" ")}` : "";
  console.log(`  ${status.padEnd(8)} ${t.label}: ${t.have} of ${t.want}${missing}`);
}
console.log(`\nRecords checked more than 12 months ago: ${report.stale.length}`);
for (const r of report.stale) console.log(`  ${r.id} (checked ${r.checkedOn})`);
