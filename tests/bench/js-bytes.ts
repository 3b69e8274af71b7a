/**
 * JavaScript cost of the results page, measured on the production build:
 * gzip bytes of every module the page loads (entry, root, home route and
 * their imports), and of the map chunk with whatever it loads that the page
 * has not (loaded only when someone shows the map). Targets from issue #4:
 * at most 90 KB for the page, 60 KB for the map chunk. Prints figures; it
 * is a benchmark, not a test.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname ?? ".", "../..");
const PUBLIC = path.join(ROOT, "public");
const BUILD = path.join(PUBLIC, "build");

type Manifest = {
  url: string;
  entry: { module: string; imports: string[] };
  routes: Record<string, { module: string; imports?: string[] }>;
};

function readManifest(): Manifest {
  const name = readdirSync(BUILD).find((n) => n.startsWith("manifest-"));
  if (!name) throw new Error("No build found: run `npm run build` first.");
  const text = readFileSync(path.join(BUILD, name), "utf8");
  return JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1)) as Manifest;
}

const gz = (file: string) => gzipSync(readFileSync(path.join(PUBLIC, file)), { level: 9 }).length;

/** A module and everything it imports statically, as /build/… paths. */
function closure(start: string, seen = new Set<string>()): Set<string> {
  if (seen.has(start)) return seen;
  seen.add(start);
  const text = readFileSync(path.join(PUBLIC, start), "utf8");
  for (const [, dep] of text.matchAll(/(?:from|import)\s*"(\/build\/[^"]+\.js)"/g)) closure(dep!, seen);
  return seen;
}

const manifest = readManifest();
const page = new Set<string>([manifest.url]);
for (const m of [manifest.entry.module, manifest.routes.root!.module, manifest.routes["routes/_index"]!.module])
  closure(m, page);
for (const i of [...manifest.entry.imports, ...(manifest.routes["routes/_index"]!.imports ?? [])]) closure(i, page);

const mapFile = readdirSync(path.join(BUILD, "_shared"))
  .concat(readdirSync(BUILD))
  .find((n) => n.startsWith("results-map.client-"));
const mapPath = readdirSync(BUILD).includes(mapFile ?? "") ? `/build/${mapFile}` : `/build/_shared/${mapFile}`;
const map = [...closure(mapPath)].filter((f) => !page.has(f));

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pageBytes = [...page].reduce((sum, f) => sum + gz(f), 0);
const mapBytes = map.reduce((sum, f) => sum + gz(f), 0);
console.log("\nJavaScript, gzip level 9 (production build)");
console.log(
  `  results page without the map: ${kb(pageBytes)} in ${page.size} files (target ≤ 90 KB) ${pageBytes <= 90 * 1024 ? "PASS" : "FAIL"}`,
);
console.log(
  `  map chunk and what it adds:   ${kb(mapBytes)} in ${map.length} files (target ≤ 60 KB) ${mapBytes <= 60 * 1024 ? "PASS" : "FAIL"}`,
);
