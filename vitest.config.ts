import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The data layer's unit tests serve content collections from a test double (src/test/astro-content.ts).
  resolve: { alias: { 'astro:content': fileURLToPath(new URL('./src/test/astro-content.ts', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    env: { TZ: 'Asia/Ho_Chi_Minh' },
    // The tests share no state through modules (the data-layer test resets its modules itself), so test
    // files share workers' module caches: 6 s instead of 13 s here, and shuffled runs pass the same.
    isolate: false,
  },
});
