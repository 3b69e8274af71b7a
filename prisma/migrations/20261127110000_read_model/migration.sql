-- CreateTable
CREATE TABLE "x_service_facts" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "codes" TEXT NOT NULL,
    "langs" TEXT NOT NULL,
    "crisis" INTEGER NOT NULL,
    "areas" TEXT NOT NULL,
    "points" TEXT NOT NULL,
    "schedules" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "x_service_card" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "url" TEXT,
    "checked_on" TEXT NOT NULL,
    "org_name" TEXT NOT NULL,
    "org_website" TEXT,
    "free" TEXT,
    "phones" TEXT NOT NULL,
    "schedules" TEXT NOT NULL,
    "locations" TEXT NOT NULL
);

