/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { curatedContent } from './scripts/content-plugin.ts';
import { cspHeader, cspMeta } from './scripts/csp.ts';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  plugins: [
    react(),
    curatedContent(fromRoot('./src/content/articles')),
    {
      // Only the build carries the policy: the dev server's hot reload needs inline scripts.
      name: 'parallel-reader:csp',
      apply: 'build',
      transformIndexHtml: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${cspMeta}" />`,
        ),
    },
  ],
  resolve: {
    alias: {
      '@/': fromRoot('./src/'),
      '@locales/': fromRoot('./locales/'),
      'use-sync-external-store/shim': fromRoot('./src/lib/use-sync-external-store-shim.ts'),
    },
  },
  server: { host: '127.0.0.1' },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': cspHeader },
  },
  // No modulepreload links: on a slow link they share the bandwidth with the page's CSS and
  // delay the first paint of a text that needs no script; modules load as they are imported.
  build: {
    target: 'es2022',
    sourcemap: true,
    // Read by scripts/prerender.mjs (which then deletes it): each page's own stylesheets.
    manifest: true,
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The libraries every page starts with, in one file: split across the small chunks the
        // default strategy made, they compressed worse and took more round trips to discover.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|i18next|react-i18next|valibot)[\\/]/,
            },
            {
              // Small modules that every page runs at start-up and lazy pages share: one file
              // instead of a dozen of a few hundred bytes each. Only start-up code belongs here
              // (\`npm run bench\` shows the reader route's bytes if something lazy slips in).
              name: 'startup',
              test: /[\\/]src[\\/](lib[\\/](router|create-store|schema-parts|storage|storage-health|parse-record|download|format-date|trusted-types|retryable-lazy|when-idle|i18n[\\/]use-translation)|content[\\/](curated-article|curated-glossary|read-from-page|article-skeleton)|app[\\/]paths|features[\\/]reader[\\/]utils[\\/](reader-settings|speech-summary)|features[\\/]vocabulary[\\/]storage[\\/]vocabulary-state)\.tsx?$/,
            },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
  },
});
