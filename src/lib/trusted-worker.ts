/**
 * Starting the app's module workers under the served Content-Security-Policy, which requires
 * Trusted Types for script URLs: one policy (`parallax-worker`, scripts/security-headers.ts),
 * created once, that lets through the build's own worker addresses and nothing else.
 */
interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL: (url: string) => string },
  ): { createScriptURL(url: string): unknown };
}

/** The worker addresses the app asked to start: the only ones the policy lets through. */
const allowed = new Set<string>();
let policy: { createScriptURL(url: string): unknown } | null = null;

/** `url` (a worker's address from the build, `?worker&url`) as a script URL the page may start. */
function trustedUrl(url: string): string {
  allowed.add(url);
  const tt = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!tt) return url;
  policy ??= tt.createPolicy('parallax-worker', {
    createScriptURL: (u) => {
      if (!allowed.has(u)) throw new TypeError(`lib/trusted-worker: refusing worker URL "${u}"`);
      return u;
    },
  });
  return policy.createScriptURL(url) as string;
}

/** A module worker of the build's, at `url`, named `name` (as the browser's tools list it). */
export function startWorker(url: string, name: string): Worker {
  return new Worker(trustedUrl(url), { type: 'module', name });
}
