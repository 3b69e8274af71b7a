import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

import { PrismaClient } from "~/generated/prisma/client";

import { getEnv } from "./env.server";

/**
 * One Prisma client per process, kept across dev rebuilds. The web server
 * opens the directory read-only: nothing a visitor does can write to it,
 * which is the strongest form of "we store nothing about you".
 */
export function createPrisma(url: string, options: { readonly?: boolean } = {}) {
  const adapter = new PrismaBetterSQLite3({ url, readonly: options.readonly ?? false, fileMustExist: true });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { __waypointPrisma?: PrismaClient };

export function getPrisma(): PrismaClient {
  globalForPrisma.__waypointPrisma ??= createPrisma(getEnv().DATABASE_URL, { readonly: true });
  return globalForPrisma.__waypointPrisma;
}
