/**
 * The headers the app is sent with. The policy is the one the page's own meta tag states, made
 * stricter where only a header can: no framing, no other base URL, and connections to this
 * origin and its sync endpoint alone.
 */
export function securityHeaders(syncOrigin: string): Record<string, string> {
  const policy = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${syncOrigin}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), ' +
      'accelerometer=(), gyroscope=(), magnetometer=(), midi=(), display-capture=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** The sync endpoint's origin as a browser on `host` reaches it. */
export function syncOriginFor(host: string | undefined, secure: boolean): string {
  const safeHost = host && /^[A-Za-z0-9.\-:[\]]+$/.test(host) ? host : 'localhost';
  return `${secure ? 'wss' : 'ws'}://${safeHost}`;
}
