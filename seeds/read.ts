import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const SEEDS_DIR = path.dirname(fileURLToPath(import.meta.url));
const DIRECTORY_DIR = path.join(SEEDS_DIR, "directory");

/** Every directory file, in a stable order so imports are deterministic. */
export async function readSeedFiles(dir = DIRECTORY_DIR): Promise<{ file: string; text: string }[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".json")).sort();
  return Promise.all(
    names.map(async (name) => ({
      file: path.relative(path.dirname(SEEDS_DIR), path.join(dir, name)),
      text: await readFile(path.join(dir, name), "utf8"),
    })),
  );
}
