/**
 * What the request log may say about a path. Only segments Waypoint itself
 * defines survive; anything else (an id, a mistyped word, a place someone
 * pasted into the address bar) becomes `:param`, so no search term or
 * personal text can reach a log line. Query strings are never included.
 */
const KNOWN_SEGMENTS = new Set([
  "api",
  "area",
  "basemap",
  "build",
  "compensation",
  "favicon.ico",
  "find",
  "guidance",
  "healthcheck",
  "match",
  "map",
  "places",
  "privacy",
  "referral",
  "regions",
  "resources",
  "robots.txt",
  "safety",
  "services",
]);

export function routeLabel(rawPath: string): string {
  const pathname = rawPath.split(/[?#]/, 1)[0] ?? "/";
  if (pathname.startsWith("/build/")) return "/build/*";
  const segments = pathname.split("/").filter(Boolean);
  if (segments.length > 6) return "/:long";
  const label = segments.map((s) => (KNOWN_SEGMENTS.has(s) ? s : ":param")).join("/");
  return `/${label}`;
}
