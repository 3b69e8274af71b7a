import { getServiceBySlug, type ServiceDetail } from "./service.server";

/**
 * The services of a referral list, in the list's order. Slugs that are no
 * longer in the directory are reported as missing rather than failing the
 * page: a link shared months ago should still open.
 */
export async function getReferralServices(ids: readonly string[]): Promise<{
  services: ServiceDetail[];
  missing: string[];
}> {
  const found = await Promise.all(ids.map((id) => getServiceBySlug(id)));
  return {
    services: found.filter((s): s is ServiceDetail => s !== null),
    missing: ids.filter((_, i) => found[i] === null),
  };
}
