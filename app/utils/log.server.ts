import { routeLabel } from "~/lib/route-label";

/**
 * Waypoint's one logger. A request line holds the method, a route label,
 * the status and the duration: never a query string, a body, a header or
 * an IP address. Use `logEvent` for server events that involve no visitor.
 */

type Sink = (line: string) => void;
const defaultSink: Sink = (line) => process.stdout.write(`${line}\n`);

// Kept on globalThis because the server and the Remix build each bundle
// their own copy of this module; both must write to the same place.
const holder = globalThis as unknown as { __waypointLogSink?: Sink };
const sink: Sink = (line) => (holder.__waypointLogSink ?? defaultSink)(line);

/** Tests capture log lines through this; `undefined` restores stdout. */
export function setLogSink(next: Sink | undefined): void {
  holder.__waypointLogSink = next;
}

export function logRequest(entry: { method: string; path: string; status: number; durationMs: number }): void {
  const method = /^[A-Z]{3,7}$/.test(entry.method) ? entry.method : "OTHER";
  sink(
    JSON.stringify({
      level: "info",
      msg: "request",
      method,
      route: routeLabel(entry.path),
      status: entry.status,
      ms: Math.round(entry.durationMs),
    }),
  );
}

export function logEvent(
  level: "info" | "warn" | "error",
  msg: string,
  detail: Record<string, string | number | boolean> = {},
): void {
  sink(JSON.stringify({ level, msg, ...detail }));
}
