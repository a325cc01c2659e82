import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `npm run dev`: the explorer from Vite with hot reload, the API from `weave serve` on port 8080.
export default defineConfig({
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  worker: { format: "es" },
  server: {
    proxy: {
      "/api": { target: "http://127.0.0.1:8080", changeOrigin: false },
    },
  },
});
