import { Component, lazy, Suspense, type ReactNode } from "react";

import { copy } from "~/copy";

import type { MapProps } from "./map-types";

// Leaflet and the map code load only when someone asks for the map.
const LazyMap = lazy(() => import("./results-map.client"));

class MapErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? <p className="note">{copy.map.failed}</p> : this.props.children;
  }
}

/** The map beside the list: an enhancement; the list carries everything. */
export function ResultsMapPanel(props: MapProps) {
  return (
    <section className="results-map" aria-label={copy.map.label(props.search.place)}>
      <p className="hint">{copy.map.listFirst}</p>
      <MapErrorBoundary>
        <Suspense fallback={<p className="results-map__loading">{copy.map.loading}</p>}>
          <LazyMap {...props} />
        </Suspense>
      </MapErrorBoundary>
      <p className="hint">{copy.map.credit}</p>
    </section>
  );
}
