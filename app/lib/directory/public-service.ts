import type { Coverage } from "../matching/region";

import type { PublicPhone } from "./phone";
import type { PublicLocation } from "./public-location";
import type { Need } from "./taxonomy";

/** The shape of a service that may be sent to a browser. */
export type PublicService = {
  slug: string;
  name: string;
  organization: string;
  description: string;
  needs: Need[];
  coverage: Coverage;
  areaNames: string[];
  phones: PublicPhone[];
  website: string | null;
  open247: boolean;
  free: boolean | null;
  lastChecked: string;
  locations: PublicLocation[];
};
