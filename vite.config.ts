import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    svelte(),
    // An installable app that opens with the network off: the service worker precaches the whole
    // bundle, the code loaded on first use included, and waits to take over until the user agrees.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Tirwedd — community-safety partnerships in Wales',
        short_name: 'Tirwedd',
        description: 'A living map of the community-safety partnership landscape in Wales',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#12436D',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The figure font comes too, so a PDF can be made offline.
        globPatterns: ['**/*.{js,css,html,json,svg,png,ttf,webmanifest}'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  base: './',
  // Tabs compare build numbers so that an older one stops writing once a newer one has opened.
  define: { __TIRWEDD_BUILD__: JSON.stringify(Date.now()) },
  build: { target: 'es2022', chunkSizeWarningLimit: 800 },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'tests/{core,document,state,persistence,cli,data,i18n,figures,server,sync,workers,ui}/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/serve.ts'],
          setupFiles: ['tests/e2e/console-guard.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
