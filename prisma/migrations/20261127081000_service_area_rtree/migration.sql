-- Spatial index over the bounding boxes of locality, radius and polygon
-- service areas: SQLite's built-in R*Tree. Prisma cannot describe virtual
-- tables, so this lives only in migration SQL; app/models/spatial.server.ts
-- is the one place that queries or fills it (see ADR 006). The row id is
-- the service_area table's rowid.
CREATE VIRTUAL TABLE "x_service_area_rtree" USING rtree(
    "id",
    "min_lat", "max_lat",
    "min_lng", "max_lng"
);
