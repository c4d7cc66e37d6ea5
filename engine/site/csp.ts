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
