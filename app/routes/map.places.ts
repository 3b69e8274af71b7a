import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { z } from "zod";

import { copy } from "~/copy";
import { placeLabels } from "~/models/map.server";

const Query = z
  .object({
    west: z.coerce.number().min(-180).max(180),
    south: z.coerce.number().min(-90).max(90),
    east: z.coerce.number().min(-180).max(180),
    north: z.coerce.number().min(-90).max(90),
    zoom: z.coerce.number().int().min(0).max(19),
  })
  .refine((q) => q.west < q.east && q.south < q.north, copy.map.badBbox);

/**
 * Town names for the part of the map in view. Asked of our own server only;
 * the answer is not cached (it reveals where the map was looking) and the
 * request log never records the query string.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = Query.safeParse(params);
  if (!parsed.success) return json({ error: parsed.error.issues[0]?.message ?? copy.map.badBbox }, { status: 400 });
  const { zoom, ...bbox } = parsed.data;
  return json({ places: await placeLabels(bbox, zoom) });
}
