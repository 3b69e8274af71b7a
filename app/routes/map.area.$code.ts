import { json, type LoaderFunctionArgs } from "@remix-run/node";

import { isSubdivisionCode } from "~/lib/geo/iso";
import { approximateArea } from "~/models/map.server";

/** The approximate outline of a state or province, for a regional service selected on the map. */
export async function loader({ params }: LoaderFunctionArgs) {
  const code = (params.code ?? "").toUpperCase();
  if (code.length > 10 || !isSubdivisionCode(code)) return json({ error: "Unknown region" }, { status: 404 });
  const ring = await approximateArea(code);
  if (!ring) return json({ error: "No outline for this region" }, { status: 404 });
  return json({ type: "Polygon", coordinates: [ring] });
}
