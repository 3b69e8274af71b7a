-- The search ranks boxes by their middles and joins the nearest few hundred
-- to service_area (ADR 006), so the auxiliary columns added by
-- 20261127090000_rtree_aux are no longer read: back to boxes only, which
-- makes the index smaller and its rows cheaper to return. The index is
-- derived data: the next import refills it.
DROP TABLE IF EXISTS "x_service_area_rtree";
CREATE VIRTUAL TABLE "x_service_area_rtree" USING rtree(
    "id",
    "min_lat", "max_lat",
    "min_lng", "max_lng"
);
