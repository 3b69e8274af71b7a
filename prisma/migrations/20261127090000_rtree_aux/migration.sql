-- Carry each area's service id and centre in the R*Tree itself (auxiliary
-- columns, SQLite 3.24+), so a search ranks nearby areas without joining
-- back to service_area for every box that contains the point (ADR 006).
-- The index is derived data: the next import refills it.
DROP TABLE IF EXISTS "x_service_area_rtree";
CREATE VIRTUAL TABLE "x_service_area_rtree" USING rtree(
    "id",
    "min_lat", "max_lat",
    "min_lng", "max_lng",
    +"service_id",
    +"center_lat",
    +"center_lng"
);
