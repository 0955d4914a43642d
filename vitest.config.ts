import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WXT's test plugin: `#imports`, `wxt/browser` as the in-memory fakeBrowser, the project's aliases.
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // A limit to stop a hang, not a wait: tests wait for the state a person would see
    // (findBy…, waitFor, a storage watch), and some compute for seconds (the school pack,
    // the image sets, the corpus). On a busy 2-core machine those take several times as
    // long as on an idle one, and vitest's 5 s default then fails tests that are right.
    testTimeout: 60_000,
  },
});
