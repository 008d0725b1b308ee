import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const api = "http://127.0.0.1:3000";

/**
 * The web app. Built into dist/web, which the server serves with index.html as the fallback for non-API paths.
 * The server's Content-Security-Policy allows only same-origin scripts and styles, so nothing here may inline a
 * script or a <style> element into index.html; Vite emits every script and stylesheet as a file.
 * Det Fælles Designsystem exports only its JavaScript, so its CSS, fonts and icons are reached by file path through
 * the `dkfds-dist` alias; Vite copies what the CSS references (fonts, icons) into the build.
 */
export default defineConfig({
  root: here("."),
  plugins: [react()],
  resolve: {
    alias: { "dkfds-dist": here("../../node_modules/dkfds/dist") },
  },
  build: {
    outDir: here("../../dist/web"),
    emptyOutDir: true,
    sourcemap: true,
    // Inlined assets become data: URLs; the CSP allows them for images and fonts, but files cache better.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    proxy: {
      "/api": api,
      "/auth": api,
      "/idp": api,
      "/healthz": api,
      "/vendor": api,
    },
  },
});
