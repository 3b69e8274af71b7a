import { copy } from "~/copy";

import { useReferral } from "./referral-context";
import { useHydrated } from "./use-hydrated";

/**
 * The note for the client. The textarea has no name and sits outside every
 * form, so no submission can carry it; with JavaScript it is kept in the
 * tab's memory (wiped by the quick exit) and mirrored into a print block.
 */
export function ReferralNote() {
  const hydrated = useHydrated();
  const { note, setNote } = useReferral();
  const r = copy.referral;
  return (
    <div className="field referral-note">
      <label htmlFor="referral-note" className="no-print">
        {r.noteLabel}
      </label>
      <p id="referral-note-hint" className="hint no-print">
        {r.noteHint}
      </p>
      <textarea
        id="referral-note"
        rows={4}
        maxLength={2000}
        placeholder=" "
        aria-describedby="referral-note-hint"
        className={hydrated ? "no-print" : "referral-note__field"}
        {...(hydrated ? { value: note, onChange: (e) => setNote(e.target.value) } : {})}
      />
      {hydrated && note.trim() ? (
        <div className="print-only referral-note__print">
          <h2>{r.noteHeading}</h2>
          <p>{note}</p>
        </div>
      ) : null}
      {hydrated ? (
        <p className="no-print">
          <button type="button" className="button button--secondary button--small" onClick={() => window.print()}>
            {r.print}
          </button>
        </p>
      ) : (
        <p className="hint no-print">{r.printHint}</p>
      )}
    </div>
  );
}
