import type { EmergencyNumbers } from "~/content/emergency-numbers";

/** The numbers to show for a country, police first, without repeats. */
export function emergencyNumbersFor(table: Record<string, EmergencyNumbers>, country: string | null): string[] | null {
  const entry = country ? table[country] : undefined;
  if (!entry) return null;
  return [...new Set([entry.police, entry.general, entry.ambulance].filter((n): n is string => !!n))];
}
