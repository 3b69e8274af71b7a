/**
 * `npm run db:seed`: validate seeds/directory/*.json and import them into
 * the database at DATABASE_URL in one transaction. On any invalid record it
 * prints every problem (file › record › field: reason), writes nothing and
 * exits with 1.
 */
import { createPrisma } from "../app/utils/db.server";

import { databasePath } from "./database-file";
import { importSeeds } from "./import";
import { readSeedFiles } from "./read";

const file = databasePath();
const prisma = createPrisma(`file:${file}`);
try {
  const result = await importSeeds(prisma, await readSeedFiles(), (line) => console.log(line));
  if (!result.ok) {
    for (const p of result.problems) console.error(p);
    console.error(`\n${result.problems.length} problem(s). Nothing was written.`);
    process.exitCode = 1;
  } else {
    console.log(`Imported into ${path(file)}.`);
  }
} finally {
  await prisma.$disconnect();
}

function path(p: string) {
  return p.replace(process.cwd() + "/", "");
}
