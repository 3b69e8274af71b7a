/**
 * Headers sent with every response. The Content-Security-Policy is
 * enforced (not report-only): scripts run only from our origin or with this
 * request's nonce, and nothing is loaded from, sent to or framed by another
 * origin. See docs/decisions/003-security-headers-and-csp.md.
 */
export function contentSecurityPolicy(nonce: string, tileOrigin: string | null = null): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    // A deployer's own tile server, if they chose one (ADR 009); no other.
    tileOrigin ? `img-src 'self' data: ${tileOrigin}` : "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

// Geolocation for our own page only (the "use my location" button); every
// other powerful feature is switched off.
export const PERMISSIONS_POLICY = [
  "geolocation=(self)",
  "camera=()",
  "microphone=()",
  "payment=()",
  "usb=()",
  "bluetooth=()",
  "serial=()",
  "hid=()",
  "midi=()",
  "accelerometer=()",
  "gyroscope=()",
  "magnetometer=()",
  "display-capture=()",
  "screen-wake-lock=()",
  "publickey-credentials-get=()",
  "browsing-topics=()",
].join(", ");

export function securityHeaders(nonce: string, tileOrigin: string | null = null): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, tileOrigin),
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": PERMISSIONS_POLICY,
    "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "X-DNS-Prefetch-Control": "off",
  };
}
