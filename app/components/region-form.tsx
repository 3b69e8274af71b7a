import { Form } from "@remix-run/react";

import { copy } from "~/copy";

type Option = { code: string; name: string };

/**
 * Country, then state or province. It posts, so nothing chosen ends up in
 * the address bar or the browser history; without JavaScript the region
 * list appears after the country is sent.
 */
export function RegionForm(props: {
  countries: Option[];
  subdivisions: Option[];
  selected: { country?: string; subdivision?: string };
  errors: Record<string, string>;
  countryName?: string;
}) {
  const { countries, subdivisions, selected, errors } = props;
  return (
    <Form method="post" className="region-form" noValidate>
      <fieldset>
        <legend>{copy.home.formLegend}</legend>
        <div className={`field${errors.country ? " field--error" : ""}`}>
          <label htmlFor="country">{copy.home.countryLabel}</label>
          <p id="country-hint" className="hint">
            {copy.home.countryHint}
          </p>
          {errors.country ? (
            <p id="country-error" className="error-message">
              {errors.country}
            </p>
          ) : null}
          <select
            id="country"
            name="country"
            defaultValue={selected.country ?? ""}
            aria-describedby={errors.country ? "country-hint country-error" : "country-hint"}
            aria-invalid={errors.country ? true : undefined}
            key={`country-${selected.country ?? ""}`}
          >
            <option value="">{copy.home.countryPlaceholder}</option>
            {countries.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        {subdivisions.length > 0 && props.countryName ? (
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
              defaultValue={selected.subdivision ?? ""}
              aria-describedby={errors.subdivision ? "subdivision-error" : undefined}
              aria-invalid={errors.subdivision ? true : undefined}
              key={`sub-${selected.country}-${selected.subdivision ?? ""}`}
            >
              <option value="">{copy.home.subdivisionAll(props.countryName)}</option>
              {subdivisions.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </fieldset>
      <button type="submit" className="button">
        {copy.home.submit}
      </button>
    </Form>
  );
}
