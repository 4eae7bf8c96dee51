import { spawnSync } from 'node:child_process';

/**
 * `npm run build` (typecheck + Vite + prerendering); its output is shown only when it fails. The
 * pages' canonical and hreflang links are made absolute for `origin`, where they will be served.
 */
export function buildApp(origin: string) {
  const result = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, SITE_ORIGIN: origin },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  }
}
