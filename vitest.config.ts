import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The real site and the fixture site are each built once, one after the other, by the real build
    // script (builds share the project's .astro folder); every site test reads that output.
    globalSetup: ['tests/support/build-site.ts', 'tests/support/build-fixture-site.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // A browser test polls for what the reader would see; on a busy two-core machine Pagefind alone can take
    // over a second to load or fail, Vitest's default. A poll still ends as soon as its condition holds.
    expect: { poll: { timeout: 30_000 } },
  },
});
