import path from "node:path";
import { fileURLToPath } from "node:url";

import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

// Prisma 6.19 with the WebAssembly schema engine through a driver adapter:
// it runs fully offline, where Prisma 7's CLI would try to download a native
// engine (see docs/decisions/002-prisma-js-engine-and-sqlite.md).
const here = path.dirname(fileURLToPath(import.meta.url));
process.env.DATABASE_URL ??= `file:${path.join(here, "waypoint.db")}`;

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(here, "schema.prisma"),
  migrations: { path: path.join(here, "migrations") },
  async adapter() {
    return new PrismaBetterSQLite3({ url: process.env.DATABASE_URL! });
  },
});
