import { Form } from "@remix-run/react";

import { copy } from "~/copy";

import { ReferralField } from "./add-to-referral";
import { SearchFilters, type FilterValues } from "./search-filters";
import { UseLocationButton } from "./use-location-button";

type Option = { code: string; name: string };

export const SEARCH_FORM_ID = "search";

/**
 * The search. It posts, so nothing typed reaches the address bar, the
 * history or a server log. A typed place wins over the country picker.
 */
export function SearchForm(props: {
  place: string;
  country: string | null;
  subdivision: string | null;
  countries: Option[];
  subdivisions: Option[];
  languages: Option[];
  filters: FilterValues;
  errors: Record<string, string>;
  referralIds: readonly string[];
}) {
  const { errors } = props;
  return (
    <Form replace method="post" id={SEARCH_FORM_ID} className="search-form" noValidate>
      <fieldset>
        <legend>{copy.search.legend}</legend>
        <div className={`field${errors.place ? " field--error" : ""}`}>
          <label htmlFor="place">{copy.search.placeLabel}</label>
          <p id="place-hint" className="hint">
            {copy.search.placeHint}
          </p>
          {errors.place ? (
            <p id="place-error" className="error-message">
              {errors.place}
            </p>
          ) : null}
          <input
            id="place"
            name="place"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={100}
            defaultValue={props.place}
            aria-describedby={errors.place ? "place-hint place-error" : "place-hint"}
            aria-invalid={errors.place ? true : undefined}
          />
        </div>
        <input type="hidden" name="lat" defaultValue="" />
        <input type="hidden" name="lng" defaultValue="" />
        <UseLocationButton formId={SEARCH_FORM_ID} />
        <details className="region-picker" open={!!props.country && !props.place}>
          <summary>{copy.search.regionSummary}</summary>
          <div className={`field${errors.country ? " field--error" : ""}`}>
            <label htmlFor="country">{copy.home.countryLabel}</label>
            {errors.country ? (
              <p id="country-error" className="error-message">
                {errors.country}
              </p>
            ) : null}
            <select id="country" name="country" defaultValue={props.country ?? ""} key={`c-${props.country}`}>
              <option value="">{copy.home.countryPlaceholder}</option>
              {props.countries.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          {props.subdivisions.length > 0 ? (
            <div className={`field${errors.subdivision ? " field--error" : ""}`}>
              <label htmlFor="subdivision">{copy.home.subdivisionLabel}</label>
              {errors.subdivision ? (
                <p id="subdivision-error" className="error-message">
                  {errors.subdivision}
                </p>
              ) : null}
              <select
                id="subdivision"
                name="subdivision"
                defaultValue={props.subdivision ?? ""}
                key={`s-${props.country}-${props.subdivision}`}
              >
                <option value="">
                  {copy.home.subdivisionAll(props.countries.find((c) => c.code === props.country)?.name ?? "")}
                </option>
                {props.subdivisions.map((s) => (
                  <option key={s.code} value={s.code}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </details>
      </fieldset>
      <SearchFilters values={props.filters} languages={props.languages} />
      <ReferralField serverIds={props.referralIds} />
      <button type="submit" className="button">
        {copy.search.submit}
      </button>
    </Form>
  );
}
