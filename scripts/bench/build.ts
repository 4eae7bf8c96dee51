import { spawnSync } from 'node:child_process';

/** `npm run build` (typecheck + Vite); its output is shown only when it fails. */
export function buildApp() {
  const result = spawnSync('npm', ['run', 'build'], { encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`npm run build failed (exit ${result.status ?? result.signal})`);
  }
}
