import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The site is built once, by the real build script, and every site test reads that output.
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});
