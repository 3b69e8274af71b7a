import { createHash } from "node:crypto";

// A fixed namespace for Waypoint's directory ids. Never change it: every
// published service id, and so every share link, is derived from it.
const NAMESPACE = "6f1d6a52-3c2b-5b8e-9d47-2f0e5a1c7b93";

/**
 * RFC 4122 version-5 UUID for a seed slug, so a record keeps the same id
 * on every import and on every machine (HSDS wants UUIDs; reviewers want
 * readable slugs).
 */
export function stableId(name: string): string {
  const ns = Buffer.from(NAMESPACE.replaceAll("-", ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
