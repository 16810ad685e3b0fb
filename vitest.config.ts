import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The data layer's unit tests serve content collections from a test double (src/test/astro-content.ts).
  resolve: { alias: { 'astro:content': fileURLToPath(new URL('./src/test/astro-content.ts', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Ho_Chi_Minh' },
  },
});
