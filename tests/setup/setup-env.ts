import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NODE_ENV = "test";

// An unexpected console.error is a bug: fail the test that caused it.
const originalError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  originalError(...args);
  throw new Error(`console.error was called: ${args.map(String).join(" ").slice(0, 500)}`);
};
