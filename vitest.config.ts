import { defineConfig } from "vitest/config";

// Three kinds of tests, told apart by file name (ARCHITECTURE: habits):
//   *.unit.test.ts         pure, no database
//   *.integration.test.ts  with the database: PGlite always, and the PostgreSQL server when TEST_DATABASE_URL is set
//   e2e/*.e2e.test.ts      browser journeys in Debian's Chromium against a running server
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["apps/**/*.unit.test.ts", "packages/**/*.unit.test.ts", "tools/**/*.unit.test.ts"],
          // property tests run thousands of cases; on a busy two-core machine they can take several seconds
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["apps/**/*.integration.test.ts", "tools/**/*.integration.test.ts"],
          // a migrated and a seeded database made once per run, which each test's fresh database copies
          globalSetup: ["apps/server/src/testing/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          // the run's directory of database templates, so the demo is seeded once and not once per file
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
