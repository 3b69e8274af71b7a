import type { LoaderFunctionArgs } from "@remix-run/node";

import { BASEMAP_LAYERS, basemapLayer, type BasemapLayer } from "~/models/map.server";

/**
 * The map's outline basemap, from our own origin (ADR 009). The same public
 * bytes for everyone, so browsers may keep them for a day.
 */
export function loader({ params }: LoaderFunctionArgs) {
  const layer = params.layer ?? "";
  if (!(BASEMAP_LAYERS as readonly string[]).includes(layer)) return new Response("Not found", { status: 404 });
  return new Response(basemapLayer(layer as BasemapLayer), {
    headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=86400" },
  });
}
