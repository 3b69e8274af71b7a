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
  /**
   * Optional raster tile server chosen by the deployer, e.g.
   * `https://tiles.example.org/{z}/{x}/{y}.png`. Unset (the default), the
   * map uses Waypoint's own outline basemap and asks no other origin for
   * anything. When set, the CSP allows that one origin for images (ADR 009).
   */
  MAP_TILE_URL: z
    .string()
    .refine((v) => {
      try {
        const u = new URL(v.replace(/\{[a-z]\}/g, "0"));
        return u.protocol === "https:" && ["{z}", "{x}", "{y}"].every((p) => v.includes(p));
      } catch {
        return false;
      }
    }, "must be an https:// address with {z}, {x} and {y}")
    .optional(),
  /** Credit the tile server requires, shown on the map (plain text). */
  MAP_TILE_ATTRIBUTION: z.string().max(200).optional(),
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
export function getPublicEnv(): { QUICK_EXIT_URL: string; MAP_TILES: { url: string; attribution: string } | null } {
  const env = getEnv();
  return {
    QUICK_EXIT_URL: env.QUICK_EXIT_URL,
    MAP_TILES: env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION ?? "" } : null,
  };
}

/** The tile server's origin, the one other origin the CSP may allow. */
export function tileOrigin(env: Env = getEnv()): string | null {
  return env.MAP_TILE_URL ? new URL(env.MAP_TILE_URL.replace(/\{[a-z]\}/g, "0")).origin : null;
}
