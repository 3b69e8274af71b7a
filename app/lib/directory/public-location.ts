/**
 * What of a location may leave the server. A confidential address (a
 * refuge, a survivor's support centre that does not publish its street)
 * must never reach a browser: `city` shows the town at most, `hidden`
 * shows nothing but the country.
 */
export type StoredLocation = {
  slug: string;
  name: string | null;
  addressVisibility: string;
  latitude: number | null;
  longitude: number | null;
  addresses: {
    address1: string | null;
    address2: string | null;
    city: string;
    region: string | null;
    postalCode: string | null;
    country: string;
  }[];
};

export type PublicLocation = {
  slug: string;
  name: string | null;
  visibility: "public" | "city" | "hidden";
  address: { lines: string[]; city: string | null; postalCode: string | null; country: string } | null;
  /** Only for public addresses; confidential places are never pinned. */
  point: { lat: number; lng: number } | null;
};

export function toPublicLocation(loc: StoredLocation): PublicLocation {
  const a = loc.addresses[0];
  if (loc.addressVisibility === "public") {
    return {
      slug: loc.slug,
      name: loc.name,
      visibility: "public",
      address: a
        ? {
            lines: [a.address1, a.address2].filter((l): l is string => !!l),
            city: a.city,
            postalCode: a.postalCode,
            country: a.country,
          }
        : null,
      point: loc.latitude !== null && loc.longitude !== null ? { lat: loc.latitude, lng: loc.longitude } : null,
    };
  }
  if (loc.addressVisibility === "city") {
    return {
      slug: loc.slug,
      name: loc.name,
      visibility: "city",
      address: a ? { lines: [], city: a.city, postalCode: null, country: a.country } : null,
      point: null,
    };
  }
  // Anything else, including a value we do not recognise, is treated as hidden.
  return {
    slug: loc.slug,
    name: null,
    visibility: "hidden",
    address: a ? { lines: [], city: null, postalCode: null, country: a.country } : null,
    point: null,
  };
}
