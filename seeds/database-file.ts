import path from "node:path";

/** The SQLite file a `file:` DATABASE_URL points to, resolved from the project root. */
export function databasePath(url = process.env.DATABASE_URL ?? "file:./prisma/waypoint.db"): string {
  if (!url.startsWith("file:")) throw new Error("DATABASE_URL must be a SQLite file URL (file:…)");
  return path.resolve(url.slice("file:".length));
}
