/**
 * Under the Content-Security-Policy `require-trusted-types-for 'script'`, every script URL must
 * come from a policy. The default policy lets through the app's own script URLs (the service
 * worker, the alignment worker, lazily loaded chunks) and nothing else; it has no `createHTML`,
 * so any attempt to write HTML into the page throws.
 */
type TrustedTypePolicyFactory = {
  createPolicy: <Rules extends object>(name: string, rules: Rules) => Rules;
};

export function sameOriginScriptUrl(input: string, base: string): string {
  const url = new URL(input, base);
  if (url.origin !== new URL(base).origin)
    throw new TypeError(`Blocked a script from ${url.origin}`);
  return url.href;
}

export function installTrustedTypesPolicy() {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  factory?.createPolicy('default', {
    createScriptURL: (input: string) => sameOriginScriptUrl(input, window.location.href),
  });
}

let inertHtml: { createHTML: (input: string) => string } | undefined;

/**
 * Parses HTML into a document that is never rendered: DOMParser documents have no browsing
 * context, so their scripts never run, their handlers never fire and their images never load.
 * Under Trusted Types, DOMParser wants TrustedHTML; this module's private `inert-html` policy makes
 * it for this one use, so the page itself still refuses any HTML.
 */
export function parseInertHtml(html: string): Document {
  const factory = (globalThis as { trustedTypes?: TrustedTypePolicyFactory }).trustedTypes;
  if (factory)
    inertHtml ??= factory.createPolicy('inert-html', { createHTML: (input: string) => input });
  // The policy returns TrustedHTML at run time; DOMParser's typing knows only strings.
  const markup = inertHtml ? inertHtml.createHTML(html) : html;
  return new DOMParser().parseFromString(markup, 'text/html');
}
