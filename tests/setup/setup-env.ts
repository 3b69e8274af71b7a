import { afterEach, inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NODE_ENV = "test";

// An unexpected console.error is a bug: fail the test that caused it.
const originalError = console.error;
afterEach(() => {
  const spy = console.error as unknown as { mock?: unknown };
  if (spy.mock) return;
  console.error = originalError;
});
console.error = (...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error was called: ${args.map(String).join(" ").slice(0, 500)}`);
};
void vi;
