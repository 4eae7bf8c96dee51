/**
 * Under the Content-Security-Policy `require-trusted-types-for 'script'`, every script URL must
 * come from a policy. The default policy lets through the app's own script URLs (the service
 * worker, the alignment worker, lazily loaded chunks) and nothing else; it has no `createHTML`,
 * so any attempt to write HTML into the page throws.
 */
type TrustedTypePolicyFactory = {
  createPolicy: (name: string, rules: { createScriptURL: (input: string) => string }) => unknown;
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
    createScriptURL: (input) => sameOriginScriptUrl(input, window.location.href),
  });
}
