import path from "node:path";
import { fileURLToPath } from "node:url";

import { defineConfig } from "vitest/config";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const alias = { "~": path.join(root, "app") };

export default defineConfig({
  root,
  resolve: { alias },
  test: {
    // Built once from seeds/ for every test that reads the directory.
    globalSetup: [path.join(root, "tests/setup/global-database.ts")],
    setupFiles: [path.join(root, "tests/setup/setup-env.ts")],
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          root,
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/e2e/**"],
          setupFiles: [path.join(root, "tests/setup/setup-env.ts")],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "e2e",
          root,
          include: ["tests/e2e/**/*.test.ts"],
          setupFiles: [path.join(root, "tests/setup/setup-env.ts")],
          // One browser at a time: the machine has two cores.
          poolOptions: { forks: { singleFork: true } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
