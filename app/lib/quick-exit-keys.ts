/**
 * The Shift-three-times shortcut as a tiny state machine, kept pure so the
 * timing rules are tested without a browser. Like GOV.UK's "Exit this
 * page": only a plain Shift counts, and each press must come within five
 * seconds of the last. Escape is deliberately not used: it stops page
 * loads, which could cancel the exit itself.
 */
export const PRESSES_TO_EXIT = 3;
export const PRESS_WINDOW_MS = 5_000;

export type ShiftState = { count: number; lastAt: number | null };
export const initialShiftState: ShiftState = { count: 0, lastAt: null };

export type KeyLike = { key: string; repeat: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean };

export function isPlainShift(e: KeyLike): boolean {
  return e.key === "Shift" && !e.repeat && !e.ctrlKey && !e.altKey && !e.metaKey;
}

/** The state after a plain Shift press at `now` (ms). */
export function pressShift(state: ShiftState, now: number): ShiftState {
  const expired = state.lastAt === null || now - state.lastAt > PRESS_WINDOW_MS;
  return { count: expired ? 1 : state.count + 1, lastAt: now };
}

/** Any other key breaks the sequence. */
export function otherKey(): ShiftState {
  return initialShiftState;
}

export function shouldExit(state: ShiftState): boolean {
  return state.count >= PRESSES_TO_EXIT;
}
