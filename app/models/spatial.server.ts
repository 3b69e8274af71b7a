import type { PrismaClient } from "~/generated/prisma/client";

/**
 * Filling the R*Tree spatial index (SQLite-specific; ADR 006). The search
 * reads it in app/models/match-sql.server.ts.
 */

type Db = Pick<PrismaClient, "$executeRawUnsafe">;

/** Fills the R*Tree from service_area: each area's box, keyed by the area's rowid. */
export const AREA_INDEX_FILL_SQL = `INSERT INTO "x_service_area_rtree" (id, min_lat, max_lat, min_lng, max_lng)
  SELECT rowid, x_min_lat, x_max_lat, x_min_lng, x_max_lng FROM "service_area"
  WHERE x_min_lat IS NOT NULL AND x_max_lat IS NOT NULL AND x_min_lng IS NOT NULL AND x_max_lng IS NOT NULL`;

/** Refill the R*Tree from service_area's bounding boxes. Call inside the import transaction. */
export async function rebuildAreaIndex(db: Db): Promise<number> {
  await db.$executeRawUnsafe(`DELETE FROM "x_service_area_rtree"`);
  return db.$executeRawUnsafe(AREA_INDEX_FILL_SQL);
}
