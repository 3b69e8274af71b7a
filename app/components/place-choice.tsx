import { Form } from "@remix-run/react";

import { copy } from "~/copy";

import { ReferralField } from "./add-to-referral";
import { HiddenFilters, type FilterValues } from "./search-filters";

/** Several places share a name: the person picks one, filters kept. */
export function PlaceChoice({
  options,
  filters,
  referralIds,
}: {
  options: { id: string; name: string }[];
  filters: FilterValues;
  referralIds: readonly string[];
}) {
  return (
    <Form replace method="post" className="place-choice">
      <fieldset>
        <legend>
          <h2>{copy.search.whichPlace}</h2>
        </legend>
        <p className="hint">{copy.search.whichPlaceHint}</p>
        {options.map((o, i) => (
          <div className="radio" key={o.id}>
            <input type="radio" id={`place-${i}`} name="placeId" value={o.id} defaultChecked={i === 0} />
            <label htmlFor={`place-${i}`}>{o.name}</label>
          </div>
        ))}
      </fieldset>
      <HiddenFilters values={filters} />
      <ReferralField serverIds={referralIds} />
      <button type="submit" className="button">
        {copy.search.choosePlace}
      </button>
    </Form>
  );
}
