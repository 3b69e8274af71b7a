import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from "react";

import { WIPE_EVENT } from "./quick-exit";

type Referral = {
  ids: string[];
  note: string;
  setIds: (ids: string[]) => void;
  setNote: (note: string) => void;
  /** The latest change, for the polite live region ("Added …"). */
  message: string;
  announce: (message: string) => void;
};

const ReferralContext = createContext<Referral | null>(null);

/**
 * The referral list and the caseworker's note, held only in this tab's
 * memory: no storage API, no cookie, nothing sent unless the person submits
 * a form. The quick exit's wipe event empties both (ADR 007).
 */
export function ReferralProvider({ children }: { children: ReactNode }) {
  const [ids, setIds] = useState<string[]>([]);
  const [note, setNote] = useState("");
  const [message, announce] = useState("");
  useEffect(() => {
    const wipe = () => {
      setIds([]);
      setNote("");
      announce("");
    };
    window.addEventListener(WIPE_EVENT, wipe);
    return () => window.removeEventListener(WIPE_EVENT, wipe);
  }, []);
  const value = useMemo(() => ({ ids, note, setIds, setNote, message, announce }), [ids, note, message]);
  return <ReferralContext.Provider value={value}>{children}</ReferralContext.Provider>;
}

export function useReferral(): Referral {
  const value = useContext(ReferralContext);
  if (!value) throw new Error("useReferral needs a ReferralProvider above it");
  return value;
}
