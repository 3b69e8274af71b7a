import { routeLabel } from "~/lib/route-label";

/**
 * Waypoint's one logger. A request line holds the method, a route label,
 * the status and the duration: never a query string, a body, a header or
 * an IP address. Use `logEvent` for server events that involve no visitor.
 */

type Sink = (line: string) => void;
let sink: Sink = (line) => process.stdout.write(`${line}\n`);

/** Tests capture log lines through this. */
export function setLogSink(next: Sink): void {
  sink = next;
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

export function logEvent(level: "info" | "warn" | "error", msg: string, detail: Record<string, string | number | boolean> = {}): void {
  sink(JSON.stringify({ level, msg, ...detail }));
}
