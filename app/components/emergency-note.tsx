import { copy } from "~/copy";

/**
 * "In danger now? Call …" for the person's country, up front. The numbers
 * come from app/content/emergency-numbers.ts (each with its source); when a
 * country is not listed we still say to call the local emergency number.
 */
export function EmergencyNote({ numbers }: { numbers: string[] | null }) {
  return (
    <p className="emergency-note" role="note">
      <strong>{copy.pages.inDanger}</strong>{" "}
      {numbers?.length ? (
        <>
          {copy.pages.call}{" "}
          {numbers.map((n, i) => (
            <span key={n}>
              {i > 0 ? ` ${copy.pages.or} ` : ""}
              <a href={`tel:${n}`}>{n}</a>
            </span>
          ))}
          .
        </>
      ) : (
        copy.pages.callLocal
      )}
    </p>
  );
}
