import { useEffect, useState } from "react";

// True only in the browser after hydration: enhancements that need
// JavaScript render then, so the server's HTML never offers a dead button.
let hydrated = false;

export function useHydrated(): boolean {
  const [isHydrated, setHydrated] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    setHydrated(true);
  }, []);
  return isHydrated;
}
