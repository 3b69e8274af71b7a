import type { PrismaClient } from "~/generated/prisma/client";

/**
 * The search's read model (ADR 006): for each active service, the facts the
 * matcher needs and the card a result shows, built once per import from the
 * HSDS tables by these statements (SQLite dialect; a PostgreSQL deployment
 * replaces this file with materialised views). The search then loads a
 * candidate by key from one row instead of joining six tables per request.
 */

type Db = Pick<PrismaClient, "$executeRawUnsafe">;

const FACTS_SELECT = `SELECT s.id, s.slug, s.name,
  (SELECT json_group_array(t.code) FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id
     WHERE a.link_id = s.id AND (a.value IS NULL OR a.value <> 'false')) AS codes,
  (SELECT json_group_array(l.code) FROM language l WHERE l.service_id = s.id) AS langs,
  EXISTS (SELECT 1 FROM phone p WHERE p.service_id = s.id AND p.x_is_crisis_line = 1) AS crisis,
  (SELECT json_group_array(json_array(sa.x_kind, sa.x_country, sa.x_subdivision, sa.x_center_lat, sa.x_center_lng, sa.x_radius_km, sa.extent))
     FROM service_area sa WHERE sa.service_id = s.id) AS areas,
  (SELECT json_group_array(json_array(lo.latitude, lo.longitude)) FROM service_at_location sl JOIN location lo ON lo.id = sl.location_id
     WHERE sl.service_id = s.id AND lo.x_address_visibility <> 'hidden' AND lo.latitude IS NOT NULL AND lo.longitude IS NOT NULL) AS points,
  (SELECT json_group_array(json_array(sc.x_timezone, sc.byday, sc.opens_at, sc.closes_at)) FROM schedule sc WHERE sc.service_id = s.id) AS schedules
FROM service s
WHERE s.status = 'active'`;

const CARD_SELECT = `SELECT s.id, s.slug, s.name, s.description, s.url, s.checked_on, o.name AS org_name, o.website AS org_website,
  (SELECT a.value FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id WHERE a.link_id = s.id AND t.code = 'access:free') AS free,
  (SELECT json_group_array(json_array(p.number, p.x_is_short_code, p.x_country, p.type, p.description, p.x_is_crisis_line, p.x_display))
     FROM (SELECT * FROM phone WHERE service_id = s.id ORDER BY x_position) p) AS phones,
  (SELECT json_group_array(json_array(sc.x_timezone, sc.byday, sc.opens_at, sc.closes_at))
     FROM (SELECT * FROM schedule WHERE service_id = s.id ORDER BY x_position) sc) AS schedules,
  (SELECT json_group_array(json_array(lo.slug, lo.name, lo.x_address_visibility, lo.latitude, lo.longitude,
            ad.address_1, ad.address_2, ad.city, ad.region, ad.postal_code, ad.country))
     FROM service_at_location sl JOIN location lo ON lo.id = sl.location_id LEFT JOIN address ad ON ad.location_id = lo.id
     WHERE sl.service_id = s.id) AS locations
FROM service s JOIN organization o ON o.id = s.organization_id
WHERE s.status = 'active'`;

/** Emptied and refilled, in order; the bench generator runs the same statements. */
export const READ_MODEL_REBUILD_SQL = [
  `DELETE FROM "x_service_facts"`,
  `INSERT INTO "x_service_facts" (id, slug, name, codes, langs, crisis, areas, points, schedules) ${FACTS_SELECT}`,
  `DELETE FROM "x_service_card"`,
  `INSERT INTO "x_service_card" (id, slug, name, description, url, checked_on, org_name, org_website, free, phones, schedules, locations) ${CARD_SELECT}`,
] as const;

/** Rebuild the read model. Call inside the import transaction, after every other table. Returns the services in it. */
export async function rebuildReadModel(db: Db): Promise<number> {
  let rows = 0;
  for (const sql of READ_MODEL_REBUILD_SQL) rows = await db.$executeRawUnsafe(sql);
  return rows;
}
