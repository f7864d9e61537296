import path from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // `server-only` throws outside a React server bundle; under Vitest it has nothing to guard.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only.ts"),
};

/**
 * The integration files that take longest, slowest first (seconds in one `npm test` on the shared 2-core machine:
 * 117, 105, 67, 72, 69, 66, 28, 25, 18). Vitest hands files to its workers in order and, without an earlier run's
 * results (a fresh clone in CI has none), orders them by size, largest first: the lockout file, small but over a
 * minute long, then started last and ran alone for a minute after every other file had finished. Started first,
 * the slow files end while the short ones fill the other workers. The lockout file mostly waits on its own timers,
 * so it goes in beside the CPU-bound fuzz files. A file missing here only runs later; a list out of date costs time,
 * never a test.
 */
const SLOWEST_FIRST = [
  "tests/integration/fuzz-actions.test.ts",
  "tests/integration/fuzz-routes.test.ts",
  "tests/integration/lockout.test.ts",
  "tests/integration/seed.test.ts",
  "tests/integration/authorization-matrix.test.ts",
  "tests/integration/accounts.test.ts",
  "tests/integration/jobs.test.ts",
  "tests/integration/priorities.test.ts",
  "tests/integration/support-races.test.ts",
];

/** Vitest's own order (failed, then slowest in the last run, then largest), with the files above first. */
class SlowestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = SLOWEST_FIRST.indexOf(
        path
          .relative(import.meta.dirname, file.moduleId)
          .split(path.sep)
          .join("/"),
      );
      return at === -1 ? SLOWEST_FIRST.length : at;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  resolve: { alias },
  test: {
    sequence: { sequencer: SlowestFirstSequencer },
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
