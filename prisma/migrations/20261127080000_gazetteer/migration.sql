-- CreateTable
CREATE TABLE "x_place" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "subdivision" TEXT,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "population" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "x_postal_code" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "country" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "place_name" TEXT NOT NULL,
    "subdivision" TEXT,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL
);

-- CreateIndex
CREATE INDEX "x_place_search_name_idx" ON "x_place"("search_name");

-- CreateIndex
CREATE INDEX "x_place_latitude_longitude_idx" ON "x_place"("latitude", "longitude");

-- CreateIndex
CREATE INDEX "x_postal_code_country_code_idx" ON "x_postal_code"("country", "code");

-- CreateIndex
CREATE INDEX "x_postal_code_code_idx" ON "x_postal_code"("code");

-- CreateIndex
CREATE INDEX "location_latitude_longitude_idx" ON "location"("latitude", "longitude");

