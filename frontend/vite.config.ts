/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { antdCss } from './scripts/antd-css.mjs';

const apiProxyTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:8080';
const apiProxy = { '/api': { target: apiProxyTarget, changeOrigin: false } };

export default defineConfig({
  plugins: [react(), antdCss()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // generated files (scripts/antd-css.mjs: the antd stylesheet of the components in use)
      '@cache': fileURLToPath(new URL('./.cache', import.meta.url)),
    },
  },
  server: { port: 5173, proxy: apiProxy },
  preview: { port: 5173, strictPort: true, proxy: apiProxy },
  build: {
    sourcemap: false,
    manifest: true,
    chunkSizeWarningLimit: 900,
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/test/setup.ts'],
    globalSetup: ['./scripts/antd-css.mjs'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // Generous: on a loaded 2-core machine a jsdom render of an antd form takes 20 s or more.
    testTimeout: 60000,
  },
});
