-- CreateTable
CREATE TABLE "organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "website" TEXT,
    "email" TEXT,
    "source_url" TEXT NOT NULL,
    "checked_on" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "service" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "x_replaced_by" TEXT,
    "url" TEXT,
    "email" TEXT,
    "eligibility_description" TEXT,
    "application_process" TEXT,
    "fees_description" TEXT,
    "minimum_age" INTEGER,
    "maximum_age" INTEGER,
    "x_what_to_expect" TEXT,
    "source_url" TEXT NOT NULL,
    "checked_on" TEXT NOT NULL,
    CONSTRAINT "service_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "location" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "organization_id" TEXT NOT NULL,
    "name" TEXT,
    "location_type" TEXT NOT NULL,
    "x_address_visibility" TEXT NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "source_url" TEXT NOT NULL,
    "checked_on" TEXT NOT NULL,
    CONSTRAINT "location_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "address" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "location_id" TEXT NOT NULL,
    "address_1" TEXT,
    "address_2" TEXT,
    "city" TEXT NOT NULL,
    "region" TEXT,
    "postal_code" TEXT,
    "country" TEXT NOT NULL,
    "x_subdivision_code" TEXT,
    "address_type" TEXT NOT NULL,
    CONSTRAINT "address_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "accessibility" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "location_id" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    CONSTRAINT "accessibility_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "service_at_location" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "service_id" TEXT NOT NULL,
    "location_id" TEXT NOT NULL,
    CONSTRAINT "service_at_location_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "service_at_location_location_id_fkey" FOREIGN KEY ("location_id") REFERENCES "location" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "phone" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "service_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "x_is_short_code" BOOLEAN NOT NULL,
    "x_country" TEXT,
    "type" TEXT NOT NULL,
    "description" TEXT,
    "x_is_crisis_line" BOOLEAN NOT NULL,
    "x_is_toll_free" BOOLEAN,
    "x_position" INTEGER NOT NULL,
    CONSTRAINT "phone_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "schedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "service_id" TEXT NOT NULL,
    "x_timezone" TEXT NOT NULL,
    "byday" TEXT NOT NULL,
    "opens_at" TEXT NOT NULL,
    "closes_at" TEXT NOT NULL,
    "description" TEXT,
    "x_position" INTEGER NOT NULL,
    CONSTRAINT "schedule_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "language" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "service_id" TEXT,
    "phone_id" TEXT,
    "code" TEXT NOT NULL,
    CONSTRAINT "language_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "language_phone_id_fkey" FOREIGN KEY ("phone_id") REFERENCES "phone" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "cost_option" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "service_id" TEXT NOT NULL,
    "option" TEXT NOT NULL,
    "amount" REAL,
    "currency" TEXT,
    CONSTRAINT "cost_option_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "service_area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "service_id" TEXT NOT NULL,
    "name" TEXT,
    "description" TEXT,
    "extent" TEXT,
    "extent_type" TEXT,
    "x_kind" TEXT NOT NULL,
    "x_country" TEXT,
    "x_subdivision" TEXT,
    "x_center_lat" REAL,
    "x_center_lng" REAL,
    "x_radius_km" REAL,
    "x_min_lat" REAL,
    "x_max_lat" REAL,
    "x_min_lng" REAL,
    "x_max_lng" REAL,
    CONSTRAINT "service_area_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "taxonomy" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "uri" TEXT,
    "version" TEXT
);

-- CreateTable
CREATE TABLE "taxonomy_term" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "taxonomy_id" TEXT NOT NULL,
    CONSTRAINT "taxonomy_term_taxonomy_id_fkey" FOREIGN KEY ("taxonomy_id") REFERENCES "taxonomy" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "x_term_mapping" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "term_id" TEXT NOT NULL,
    "external_taxonomy" TEXT NOT NULL,
    "external_code" TEXT NOT NULL,
    "match_type" TEXT NOT NULL,
    CONSTRAINT "x_term_mapping_term_id_fkey" FOREIGN KEY ("term_id") REFERENCES "taxonomy_term" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "attribute" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "link_id" TEXT NOT NULL,
    "link_entity" TEXT NOT NULL,
    "taxonomy_term_id" TEXT NOT NULL,
    "value" TEXT,
    "x_evidence" TEXT,
    "x_source_url" TEXT,
    "x_checked_on" TEXT,
    CONSTRAINT "attribute_link_id_fkey" FOREIGN KEY ("link_id") REFERENCES "service" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "attribute_taxonomy_term_id_fkey" FOREIGN KEY ("taxonomy_term_id") REFERENCES "taxonomy_term" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "compensation_programme" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "service_id" TEXT NOT NULL,
    "crime_jurisdiction_country" TEXT NOT NULL,
    "crime_jurisdiction_subdivision" TEXT,
    "kind" TEXT NOT NULL,
    "legal_basis" TEXT,
    "application_url" TEXT,
    "application_methods" TEXT NOT NULL,
    "how_to_apply" TEXT NOT NULL,
    "residency_rule" TEXT,
    "covers_residents_victimised_abroad" TEXT NOT NULL,
    "police_report_rule" TEXT NOT NULL,
    "conviction_required" TEXT NOT NULL,
    "payer_of_last_resort" TEXT NOT NULL,
    "max_award_amount" REAL,
    "max_award_currency" TEXT,
    "opens_on" TEXT,
    "closes_on" TEXT,
    "source_url" TEXT NOT NULL,
    "checked_on" TEXT NOT NULL,
    CONSTRAINT "compensation_programme_service_id_fkey" FOREIGN KEY ("service_id") REFERENCES "service" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "programme_deadline" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "programme_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "applies_to" TEXT NOT NULL,
    "benefit" TEXT,
    "duration" TEXT,
    "starts_from" TEXT NOT NULL,
    "fixed_date" TEXT,
    "until_age" INTEGER,
    "extendable" BOOLEAN,
    "notes" TEXT,
    "source_url" TEXT NOT NULL,
    "checked_on" TEXT NOT NULL,
    CONSTRAINT "programme_deadline_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "compensation_programme" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "organization_slug_key" ON "organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "service_slug_key" ON "service"("slug");

-- CreateIndex
CREATE INDEX "service_organization_id_idx" ON "service"("organization_id");

-- CreateIndex
CREATE UNIQUE INDEX "location_slug_key" ON "location"("slug");

-- CreateIndex
CREATE INDEX "location_organization_id_idx" ON "location"("organization_id");

-- CreateIndex
CREATE INDEX "address_location_id_idx" ON "address"("location_id");

-- CreateIndex
CREATE INDEX "accessibility_location_id_idx" ON "accessibility"("location_id");

-- CreateIndex
CREATE INDEX "service_at_location_location_id_idx" ON "service_at_location"("location_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_at_location_service_id_location_id_key" ON "service_at_location"("service_id", "location_id");

-- CreateIndex
CREATE INDEX "phone_service_id_idx" ON "phone"("service_id");

-- CreateIndex
CREATE INDEX "schedule_service_id_idx" ON "schedule"("service_id");

-- CreateIndex
CREATE INDEX "language_service_id_idx" ON "language"("service_id");

-- CreateIndex
CREATE INDEX "language_phone_id_idx" ON "language"("phone_id");

-- CreateIndex
CREATE INDEX "language_code_idx" ON "language"("code");

-- CreateIndex
CREATE INDEX "cost_option_service_id_idx" ON "cost_option"("service_id");

-- CreateIndex
CREATE INDEX "service_area_service_id_idx" ON "service_area"("service_id");

-- CreateIndex
CREATE INDEX "service_area_x_kind_x_country_idx" ON "service_area"("x_kind", "x_country");

-- CreateIndex
CREATE INDEX "service_area_x_subdivision_idx" ON "service_area"("x_subdivision");

-- CreateIndex
CREATE INDEX "service_area_x_min_lat_x_max_lat_idx" ON "service_area"("x_min_lat", "x_max_lat");

-- CreateIndex
CREATE UNIQUE INDEX "taxonomy_term_code_key" ON "taxonomy_term"("code");

-- CreateIndex
CREATE INDEX "taxonomy_term_taxonomy_id_idx" ON "taxonomy_term"("taxonomy_id");

-- CreateIndex
CREATE INDEX "x_term_mapping_term_id_idx" ON "x_term_mapping"("term_id");

-- CreateIndex
CREATE INDEX "attribute_taxonomy_term_id_idx" ON "attribute"("taxonomy_term_id");

-- CreateIndex
CREATE UNIQUE INDEX "attribute_link_id_taxonomy_term_id_key" ON "attribute"("link_id", "taxonomy_term_id");

-- CreateIndex
CREATE UNIQUE INDEX "compensation_programme_service_id_key" ON "compensation_programme"("service_id");

-- CreateIndex
CREATE INDEX "compensation_programme_crime_jurisdiction_country_crime_jurisdiction_subdivision_idx" ON "compensation_programme"("crime_jurisdiction_country", "crime_jurisdiction_subdivision");

-- CreateIndex
CREATE INDEX "programme_deadline_programme_id_idx" ON "programme_deadline"("programme_id");

