import type { PrismaClient } from "~/generated/prisma/client";

/**
 * Engine-specific spatial SQL, kept behind small functions so a PostgreSQL
 * deployment can swap SQLite's R*Tree for a GiST index without touching
 * callers (ADR 006).
 */

type Db = Pick<PrismaClient, "$executeRawUnsafe" | "$queryRawUnsafe">;

/** Refill the R*Tree from service_area's bounding boxes. Call inside the import transaction. */
export async function rebuildAreaIndex(db: Db): Promise<number> {
  await db.$executeRawUnsafe(`DELETE FROM "x_service_area_rtree"`);
  return db.$executeRawUnsafe(
    `INSERT INTO "x_service_area_rtree" (id, min_lat, max_lat, min_lng, max_lng)
     SELECT rowid, x_min_lat, x_max_lat, x_min_lng, x_max_lng FROM "service_area"
     WHERE x_min_lat IS NOT NULL AND x_max_lat IS NOT NULL AND x_min_lng IS NOT NULL AND x_max_lng IS NOT NULL`,
  );
}

/** Ids of services with a locality, radius or polygon area whose box contains the point. */
export async function serviceIdsWithAreaBoxAt(db: Db, lat: number, lng: number): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ service_id: string }[]>(
    `SELECT DISTINCT sa.service_id FROM "x_service_area_rtree" r
     JOIN "service_area" sa ON sa.rowid = r.id
     WHERE r.min_lat <= ? AND r.max_lat >= ? AND r.min_lng <= ? AND r.max_lng >= ?`,
    lat,
    lat,
    lng,
    lng,
  );
  return rows.map((r) => r.service_id);
}
