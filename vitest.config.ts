import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/ once; tests must not rebuild it themselves.
    globalSetup: ['test/global-setup.ts'],
    // A limit, not a speed goal (speeds are `npm run bench` figures): the flag and wizard tests run
    // the built add-on over the local engine and took 33-49 s with the machine's two cores loaded
    // (load average 14, 2026-12-02), against 2-11 s alone.
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
