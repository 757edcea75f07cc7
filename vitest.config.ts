import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{shared,server,electron,renderer,build,bench}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Integration tests start servers on loopback; two workers fit the 2-core CI machine.
    maxWorkers: 2,
  },
});
