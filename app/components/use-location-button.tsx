import { useState } from "react";

import { copy } from "~/copy";

import { useHydrated } from "./use-hydrated";

/**
 * "Use my location": asks the browser only after a tap, rounds to two
 * decimal places (about 1 km) before anything leaves the device, then
 * submits the search with the rounded point. Without JavaScript it is not
 * shown; the place box and region picker do the same job.
 */
export function UseLocationButton({ formId }: { formId: string }) {
  const hydrated = useHydrated();
  const [state, setState] = useState<"idle" | "locating" | "failed">("idle");
  if (!hydrated || typeof navigator === "undefined" || !("geolocation" in navigator)) return null;

  function locate() {
    setState("locating");
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const form = document.getElementById(formId) as HTMLFormElement | null;
        if (!form) return;
        const round = (n: number) => (Math.round(n * 100) / 100).toFixed(2);
        (form.elements.namedItem("lat") as HTMLInputElement).value = round(pos.coords.latitude);
        (form.elements.namedItem("lng") as HTMLInputElement).value = round(pos.coords.longitude);
        setState("idle");
        form.requestSubmit();
      },
      () => setState("failed"),
      { enableHighAccuracy: false, maximumAge: 600_000, timeout: 15_000 },
    );
  }

  return (
    <div className="use-location">
      <button type="button" className="button button--secondary" onClick={locate} aria-describedby="location-hint">
        {state === "locating" ? copy.search.locating : copy.search.useLocation}
      </button>
      <p id="location-hint" className="hint">
        {copy.search.locationHint}
      </p>
      <p role="status" className={state === "failed" ? "error-message" : "visually-hidden"}>
        {state === "failed" ? copy.search.locationDenied : ""}
      </p>
    </div>
  );
}
