import { z } from "zod";

/**
 * Every setting Waypoint reads, checked once at boot. A bad value stops the
 * server with a clear message instead of failing later on a request.
 */
const EnvSchema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^file:/, "must be a SQLite file URL such as file:./prisma/waypoint.db")
    .default("file:./prisma/waypoint.db"),
  /**
   * Where the quick-exit link goes. It should be a busy, neutral site that
   * shows nothing personal (GOV.UK's default is BBC Weather).
   */
  QUICK_EXIT_URL: z
    .url({ protocol: /^https?$/, error: "must be a full http(s) address" })
    .default("https://www.bbc.co.uk/weather"),
});

export type Env = z.infer<typeof EnvSchema>;

let env: Env | undefined;

export function getEnv(): Env {
  if (!env) env = parseEnv(process.env);
  return env;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = EnvSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/**
 * The only settings that may reach the browser. Do not add anything here
 * that a visitor should not see.
 */
export function getPublicEnv(): { QUICK_EXIT_URL: string } {
  return { QUICK_EXIT_URL: getEnv().QUICK_EXIT_URL };
}
