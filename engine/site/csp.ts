/**
 * The Content-Security-Policy of reading pages: the site itself and nothing else. No script runs, the
 * only style is the inlined stylesheet (allowed by its hash), forms submit only to the site.
 * https://www.w3.org/TR/CSP3/
 */

/**
 * The policy for a page's `<meta http-equiv="Content-Security-Policy">`.
 * `img-src data:` allows the empty `data:,` favicon, which stops browsers requesting /favicon.ico.
 */
export function contentSecurityPolicy(styleHash: string): string {
  return ["default-src 'none'", `style-src ${styleHash}`, "img-src 'self' data:", "base-uri 'none'", "form-action 'self'"].join("; ");
}

/**
 * The same policy for an HTTP header (`_headers`), which may also say who can frame the page:
 * `frame-ancestors` is ignored in a `<meta>` element, so it can only be sent as a header.
 */
export function contentSecurityPolicyHeader(styleHash: string): string {
  return `${contentSecurityPolicy(styleHash)}; frame-ancestors 'none'`;
}

/**
 * The `_headers` file (read by Netlify, Cloudflare Pages and similar hosts): the same policy as the
 * pages' `<meta>`, plus what only a header can say. One rule for every path, because hosts merge the
 * headers of overlapping rules and two CSP headers would intersect: it carries the search page's policy
 * (the widest), and each reading page's stricter `<meta>` policy still applies on top of it.
 */
export function headersFile(searchPolicy: string): string {
  const headers: [string, string][] = [
    ["Content-Security-Policy", `${searchPolicy}; frame-ancestors 'none'`],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "no-referrer"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ];
  return `/*\n${headers.map(([name, value]) => `  ${name}: ${value}\n`).join("")}`;
}
