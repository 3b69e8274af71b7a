/** What the results list hands the map: nothing the list does not already show. */
export type MapItem = {
  slug: string;
  name: string;
  /** Its number in the list, shown on the marker (so colour is never the only cue). */
  rank: number;
  lat: number;
  lng: number;
  /** A service without a public address: the centre of the place it serves, never a pin. */
  approximate: boolean;
  place: string | null;
};

export type MapSearch = {
  place: string;
  point: { lat: number; lng: number } | null;
  radiusKm: number;
  country: string;
  subdivision: string | null;
};

export type MapSelection = { slug: string; coverage: "local" | "subdivision" | "country" | "international" } | null;

export type MapProps = {
  search: MapSearch;
  items: MapItem[];
  selected: MapSelection;
  onSelect: (slug: string) => void;
  tiles: { url: string; attribution: string } | null;
};
