import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside a React server bundle; under Vitest it has nothing to guard.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/integration-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file gets its own database, so files may run side by side. Much of their time is spent waiting on
          // PostgreSQL and on deliberate delays (sign-in timing floors), so four workers on two cores finish the
          // suite ahead of the default two (722 tests: 143 s with four against 175 s with three on a quiet machine;
          // 170 s in CI, where the margin is smaller).
          pool: "forks",
          maxWorkers: 4,
        },
      },
      {
        resolve: { alias },
        test: {
          // The production build served twice behind a proxy, with its own PostgreSQL that the tests stop and
          // start (tests/system/support/portal-pair.ts): after `next build`, one file at a time.
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
