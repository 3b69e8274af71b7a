import L from "leaflet";
import leafletCss from "leaflet/dist/leaflet.css";
import { Fragment, useEffect, useMemo, useState } from "react";
import { Circle, GeoJSON, MapContainer, Marker, Polygon, TileLayer, useMap, useMapEvents } from "react-leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

import { copy } from "~/copy";
import { gridCluster } from "~/lib/map/cluster";
import { declutter } from "~/lib/map/labels";

import type { MapItem, MapProps } from "./map-types";

type LayerName = "world-110m" | "world-50m" | "us-states";
type Geo = GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }>;

const reduceMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Leaflet's stylesheet, from our own build, added only when the map is shown. */
function useLeafletCss() {
  useEffect(() => {
    if (document.querySelector(`link[href="${leafletCss}"]`)) return;
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = leafletCss;
    document.head.appendChild(link);
  }, []);
}

const layerCache = new Map<LayerName, Promise<Geo>>();
function loadLayer(name: LayerName): Promise<Geo> {
  let p = layerCache.get(name);
  if (!p) {
    p = fetch(`/map/basemap/${name}`)
      .then((r) => (r.ok ? (r.json() as Promise<Topology>) : Promise.reject(new Error(String(r.status)))))
      .then((t) => {
        const key = Object.keys(t.objects)[0]!;
        return feature(t, t.objects[key] as GeometryCollection<{ name: string }>) as unknown as Geo;
      });
    p.catch(() => layerCache.delete(name));
    layerCache.set(name, p);
  }
  return p;
}

function useLayer(name: LayerName | null): { name: LayerName; geo: Geo } | null {
  const [layer, setLayer] = useState<{ name: LayerName; geo: Geo } | null>(null);
  useEffect(() => {
    let live = true;
    if (name)
      loadLayer(name).then(
        (geo) => live && setLayer({ name, geo }),
        () => {},
      );
    return () => {
      live = false;
    };
  }, [name]);
  return layer;
}

/** Countries (finer when zoomed in) and US states: Natural Earth outlines from our origin. */
function Basemap({ zoom, filled }: { zoom: number; filled: boolean }) {
  const world = useLayer(zoom >= 4 ? "world-50m" : "world-110m");
  const states = useLayer(zoom >= 3 ? "us-states" : null);
  const style = { color: "#6f777b", weight: 0.8, fillColor: "#f4f2ec", fillOpacity: filled ? 1 : 0 };
  return (
    <>
      {/* GeoJSON layers are immutable in react-leaflet: a new key draws the finer one. */}
      {world ? <GeoJSON key={world.name} data={world.geo} style={style} interactive={false} /> : null}
      {states ? (
        <GeoJSON data={states.geo} style={{ ...style, weight: 0.5, fillOpacity: 0 }} interactive={false} />
      ) : null}
    </>
  );
}

function textNode(text: string, hidden = false): HTMLElement {
  const span = document.createElement("span");
  span.textContent = text;
  if (hidden) span.setAttribute("aria-hidden", "true");
  return span;
}

/** Town names for the area in view, from our own server; decorative for screen readers. */
function PlaceLabels() {
  const map = useMap();
  const [places, setPlaces] = useState<{ name: string; lat: number; lng: number }[]>([]);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      const b = map.getBounds();
      const q = new URLSearchParams({
        west: String(Math.max(-180, b.getWest())),
        south: String(Math.max(-90, b.getSouth())),
        east: String(Math.min(180, b.getEast())),
        north: String(Math.min(90, b.getNorth())),
        zoom: String(map.getZoom()),
      });
      fetch(`/map/places?${q.toString()}`)
        .then((r) => (r.ok ? (r.json() as Promise<{ places: typeof places }>) : { places: [] }))
        .then(
          (d) => live && setPlaces(d.places),
          () => {},
        );
    };
    refresh();
    map.on("moveend", refresh);
    return () => {
      live = false;
      map.off("moveend", refresh);
    };
  }, [map]);
  const zoom = map.getZoom();
  const shown = declutter(places.map((p) => ({ ...p, ...map.project([p.lat, p.lng], zoom), text: p.name })));
  return (
    <>
      {shown.map((p) => (
        <Marker
          key={`${p.name}${p.lat}${p.lng}`}
          position={[p.lat, p.lng]}
          interactive={false}
          keyboard={false}
          icon={L.divIcon({ className: "map-label", html: textNode(p.name, true), iconSize: [0, 0] })}
        />
      ))}
    </>
  );
}

function pinIcon(item: MapItem, selected: boolean): L.DivIcon {
  const html = document.createElement("span");
  const n = textNode(String(item.rank), true);
  n.className = "map-pin__n";
  const label = item.approximate && item.place ? `${item.name}. ${copy.map.approximate(item.place)}` : item.name;
  const name = textNode(label);
  name.className = "visually-hidden";
  html.append(n, name);
  const kind = item.approximate ? "map-pin map-pin--approx" : "map-pin";
  return L.divIcon({ className: `${kind}${selected ? " map-pin--selected" : ""}`, html, iconSize: [32, 32] });
}

function clusterIcon(count: number): L.DivIcon {
  const html = document.createElement("span");
  const name = textNode(copy.map.cluster(count));
  name.className = "visually-hidden";
  html.append(textNode(String(count), true), name);
  return L.divIcon({ className: "map-cluster", html, iconSize: [40, 40] });
}

/** A marker acts on a click, a tap, or Enter or Space while it has focus (it is a role=button). */
function activate(action: () => void): L.LeafletEventHandlerFnMap {
  return {
    click: action,
    keypress: (e) => {
      const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
      if (key === "Enter" || key === " ") action();
    },
  };
}

/** Markers, clustered by a screen-space grid when they crowd. */
function Markers({ items, selected, onSelect }: Pick<MapProps, "items" | "onSelect"> & { selected: string | null }) {
  const map = useMap();
  const [zoom, setZoom] = useState(map.getZoom());
  useMapEvents({ zoomend: () => setZoom(map.getZoom()) });
  const clusters = useMemo(
    () =>
      gridCluster(
        items.map((item) => ({ item, ...map.project([item.lat, item.lng], zoom) })),
        44,
      ),
    [items, zoom, map],
  );
  return (
    <>
      {clusters.map((c) => {
        if (c.items.length === 1) {
          const item = c.items[0]!;
          return (
            <Fragment key={item.slug}>
              {item.approximate ? (
                <Circle
                  center={[item.lat, item.lng]}
                  radius={4000}
                  pathOptions={{ dashArray: "4 4", weight: 2, color: "#1d4f91", fillOpacity: 0.05 }}
                  interactive={false}
                />
              ) : null}
              <Marker
                position={[item.lat, item.lng]}
                icon={pinIcon(item, item.slug === selected)}
                title={item.name}
                eventHandlers={activate(() => onSelect(item.slug))}
              />
            </Fragment>
          );
        }
        const bounds = L.latLngBounds(c.items.map((i) => [i.lat, i.lng] as [number, number]));
        return (
          <Marker
            key={c.items.map((i) => i.slug).join()}
            position={map.unproject([c.x, c.y], zoom)}
            icon={clusterIcon(c.items.length)}
            title={copy.map.cluster(c.items.length)}
            eventHandlers={activate(() => map.fitBounds(bounds.pad(0.3), { maxZoom: 16, animate: !reduceMotion() }))}
          />
        );
      })}
    </>
  );
}

/** The searched area, and the region's outline for a region search or a selected regional service. */
function Areas({ search, selected }: Pick<MapProps, "search" | "selected">) {
  const map = useMap();
  const [loaded, setLoaded] = useState<{ region: string; ring: [number, number][] } | null>(null);
  const regional = selected?.coverage === "subdivision" || !search.point;
  const region = regional ? search.subdivision : null;
  // Kept with the region it belongs to, so a stale outline is never drawn.
  const outline = loaded && loaded.region === region ? loaded.ring : null;
  useEffect(() => {
    if (!region) return;
    let live = true;
    fetch(`/map/area/${region}`)
      .then((r) => (r.ok ? (r.json() as Promise<{ coordinates: [number, number][][] }>) : null))
      .then(
        (g) => {
          if (!live || !g) return;
          const ring = g.coordinates[0]!.map(([lng, lat]) => [lat, lng] as [number, number]);
          setLoaded({ region, ring });
          map.fitBounds(L.latLngBounds(ring), { animate: !reduceMotion() });
        },
        () => {},
      );
    return () => {
      live = false;
    };
  }, [region, map]);
  return (
    <>
      {search.point ? (
        <Circle
          center={[search.point.lat, search.point.lng]}
          radius={search.radiusKm * 1000}
          pathOptions={{ color: "#0b0c0c", weight: 2, dashArray: "6 6", fill: false }}
          interactive={false}
        />
      ) : null}
      {outline ? (
        <Polygon
          positions={outline}
          pathOptions={{ color: "#1d4f91", weight: 2, dashArray: "2 6", fillOpacity: 0.06 }}
          interactive={false}
        />
      ) : null}
    </>
  );
}

/** Moves to a selected local service. */
function FollowSelection({ items, selected }: { items: MapItem[]; selected: string | null }) {
  const map = useMap();
  useEffect(() => {
    const item = items.find((i) => i.slug === selected);
    if (item) map.setView([item.lat, item.lng], Math.max(map.getZoom(), 12), { animate: !reduceMotion() });
  }, [selected, items, map]);
  return null;
}

function ZoomWatcher({ onZoom }: { onZoom: (z: number) => void }) {
  const map = useMapEvents({ zoomend: () => onZoom(map.getZoom()) });
  return null;
}

/**
 * The results map: outlines and place names from Waypoint's own origin,
 * local services as numbered markers linked to the list, and confidential
 * addresses only as "somewhere in <place>" (ADR 009).
 */
export default function ResultsMap({ search, items, selected, onSelect, tiles }: MapProps) {
  useLeafletCss();
  const reduce = reduceMotion();
  const initialZoom = search.point ? 9 : items.length ? 6 : 3;
  const [zoom, setZoom] = useState(initialZoom);
  const center: [number, number] = search.point
    ? [search.point.lat, search.point.lng]
    : items[0]
      ? [items[0].lat, items[0].lng]
      : [20, 0];
  const bounds = search.point
    ? L.latLng(search.point.lat, search.point.lng).toBounds(search.radiusKm * 2000)
    : undefined;
  return (
    <MapContainer
      className="results-map__map"
      center={center}
      zoom={initialZoom}
      bounds={bounds}
      minZoom={2}
      maxZoom={17}
      zoomAnimation={!reduce}
      fadeAnimation={!reduce}
      markerZoomAnimation={!reduce}
    >
      {tiles ? <TileLayer url={tiles.url} attribution={tiles.attribution} /> : null}
      <Basemap zoom={zoom} filled={!tiles} />
      <ZoomWatcher onZoom={setZoom} />
      <PlaceLabels />
      <Areas search={search} selected={selected} />
      <Markers items={items} selected={selected?.slug ?? null} onSelect={onSelect} />
      <FollowSelection items={items} selected={selected?.slug ?? null} />
    </MapContainer>
  );
}
