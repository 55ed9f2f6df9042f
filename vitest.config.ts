import { defineConfig } from 'vitest/config';

// One runner for the whole workspace; each project is a part of the product.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'scoring',
          include: ['packages/scoring/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'contracts',
          include: ['packages/contracts/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'statistics',
          include: ['packages/statistics/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'web',
          include: ['apps/web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.test.ts'],
          globalSetup: ['apps/api/src/test/global-setup.ts'],
          // Files share a worker's loaded modules (PGlite's compiled WebAssembly, the
          // app's code) instead of loading them again: each file still builds its own
          // database and app, and no API test mocks a module, a global or the clock.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Two API processes against one PostgreSQL and one Redis: `pnpm test:scale`.
        test: {
          name: 'scale',
          include: ['apps/api/scale/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['apps/web/e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
