import helmet from 'helmet';

/**
 * helmet's headers with a same-origin Content-Security-Policy: scripts, styles, fonts, images, workers and fetches
 * come from this server only; no inline script runs anywhere. Styles set from script (Cytoscape, ECharts, GraphiQL's
 * overlays) are allowed inline: they are not script and cannot run any. No framing (clickjacking), no referrer to
 * other sites, MIME types as sent.
 */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Parley is usually served over plain HTTP on loopback; a TLS proxy in front sets HSTS itself.
    strictTransportSecurity: false,
  });
}
