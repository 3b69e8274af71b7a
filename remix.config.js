/** @type {import('@remix-run/dev').AppConfig} */
export default {
  // Helpers beside routes start with `__`; tests live in tests/.
  ignoredRouteFiles: ["**/.*", "**/*.css", "**/*.test.{js,jsx,ts,tsx}", "**/__*.*"],
  serverModuleFormat: "esm",
  serverPlatform: "node",
  // iso-3166 ships ESM only.
  serverDependenciesToBundle: [/^iso-3166/],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    // Single fetch and lazy route discovery change the data API and add a
    // manifest endpoint; adopt them together with React Router 7.
    v3_singleFetch: false,
    v3_lazyRouteDiscovery: false,
  },
};
