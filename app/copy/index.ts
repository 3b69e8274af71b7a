import { en } from "./en";

// One language today; the shape of `en` is the contract for the next.
export const copy = en;
export type { Copy } from "./en";
