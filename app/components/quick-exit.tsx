import { useEffect, useRef, useState, type MouseEvent } from "react";

import { copy } from "~/copy";
import {
  initialShiftState,
  isPlainShift,
  otherKey,
  PRESS_WINDOW_MS,
  PRESSES_TO_EXIT,
  pressShift,
  shouldExit,
} from "~/lib/quick-exit-keys";

/** Other components listen for this to forget what they hold (a referral list, a note). */
export const WIPE_EVENT = "waypoint:wipe";

/**
 * Leave now. Hides the page in the same task (before the next frame is
 * painted), wipes everything this tab holds, and replaces the current
 * history entry so Back does not return to Waypoint. No website can erase
 * the rest of the history: the staying-safe page says so plainly.
 */
export function quickExit(href: string): void {
  const root = document.documentElement;
  if (!root.classList.contains("quick-exit-active")) {
    const overlay = document.createElement("div");
    overlay.className = "quick-exit-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = copy.quickExit.leaving;
    document.body.appendChild(overlay);
    root.classList.add("quick-exit-active");
  }
  try {
    window.dispatchEvent(new Event(WIPE_EVENT));
    for (const form of Array.from(document.forms)) form.reset();
    // The tab's own storage; Waypoint never writes localStorage or caches.
    window.sessionStorage.clear();
  } catch {
    // Storage can be blocked; leaving matters more than tidying.
  }
  window.location.replace(href);
}

/**
 * The quick exit: a real link, so it works with JavaScript off, that leaves
 * for a neutral site and tells it nothing about where the visitor was
 * (`noreferrer`). With JavaScript it also answers Shift pressed three
 * times, with visible progress and screen-reader announcements.
 */
export function QuickExit({ href }: { href: string }) {
  const [presses, setPresses] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const state = useRef(initialShiftState);
  const timer = useRef<ReturnType<typeof setTimeout>>();

  useEffect(() => {
    // If the browser ever shows this page again from its cache, show it whole.
    const onShow = (e: PageTransitionEvent) => {
      if (e.persisted) document.documentElement.classList.remove("quick-exit-active");
    };
    const onKey = (e: KeyboardEvent) => {
      if (!isPlainShift(e)) {
        if (e.key !== "Shift" && state.current.count > 0) {
          state.current = otherKey();
          setPresses(0);
        }
        return;
      }
      state.current = pressShift(state.current, performance.now());
      if (shouldExit(state.current)) {
        quickExit(href);
        return;
      }
      const left = PRESSES_TO_EXIT - state.current.count;
      setPresses(state.current.count);
      setAnnouncement(copy.quickExit.pressesLeft(left));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        state.current = initialShiftState;
        setPresses(0);
        setAnnouncement(copy.quickExit.expired);
      }, PRESS_WINDOW_MS);
    };
    window.addEventListener("keydown", onKey, true);
    window.addEventListener("pageshow", onShow);
    return () => {
      window.removeEventListener("keydown", onKey, true);
      window.removeEventListener("pageshow", onShow);
      clearTimeout(timer.current);
    };
  }, [href]);

  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    quickExit(href);
  };

  return (
    <div className="quick-exit" data-quick-exit role="region" aria-label={copy.quickExit.region}>
      <a href={href} rel="nofollow noreferrer" className="quick-exit__button" onClick={onClick}>
        <span className="visually-hidden">{copy.quickExit.hiddenPrefix}: </span>
        {copy.quickExit.label}
      </a>
      <span className="quick-exit__hint">{copy.quickExit.shortcutHint}</span>
      <span className={`quick-exit__progress${presses > 0 ? " quick-exit__progress--active" : ""}`} aria-hidden="true">
        {Array.from({ length: PRESSES_TO_EXIT }, (_, i) => (
          <span key={i} className={`quick-exit__dot${i < presses ? " quick-exit__dot--on" : ""}`} />
        ))}
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </div>
  );
}

/** A second, hidden-until-focused exit for keyboard and screen-reader users. */
export function QuickExitSkipLink({ href }: { href: string }) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    e.preventDefault();
    quickExit(href);
  };
  return (
    <a href={href} rel="nofollow noreferrer" className="skip-link" onClick={onClick}>
      {copy.quickExit.skipLink}
    </a>
  );
}
