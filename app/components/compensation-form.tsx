import { Form } from "@remix-run/react";

import { copy } from "~/copy";

export type PlaceOption = { code: string; name: string; regions?: { code: string; name: string }[] };

export type FinderEcho = { crimePlace: string; homePlace: string; age: string; year: string; reported: string };

function PlaceSelect(props: {
  id: string;
  label: string;
  hint?: string;
  options: PlaceOption[];
  value: string;
  error?: string;
}) {
  const c = copy.compensation;
  const describedBy = [props.hint ? `${props.id}-hint` : "", props.error ? `${props.id}-error` : ""].filter(Boolean);
  return (
    <div className={`field${props.error ? " field--error" : ""}`}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      {props.error ? (
        <p id={`${props.id}-error`} className="error-message">
          {props.error}
        </p>
      ) : null}
      {/* Countries with programmes by state or province list their regions
          in a group, so one select works without JavaScript. */}
      <select
        id={props.id}
        name={props.id}
        defaultValue={props.value}
        key={props.value}
        aria-describedby={describedBy.join(" ") || undefined}
        aria-invalid={props.error ? true : undefined}
      >
        <option value="">{c.choosePlace}</option>
        {props.options.map((o) =>
          o.regions ? (
            <optgroup key={o.code} label={o.name}>
              {o.regions.map((r) => (
                <option key={r.code} value={r.code}>
                  {c.regionOf(o.name, r.name)}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={o.code} value={o.code}>
              {o.name}
            </option>
          ),
        )}
      </select>
    </div>
  );
}

function NumberField(props: { id: string; label: string; hint: string; value: string; error?: string; max: number }) {
  return (
    <div className={`field${props.error ? " field--error" : ""}`}>
      <label htmlFor={props.id}>{props.label}</label>
      <p id={`${props.id}-hint`} className="hint">
        {props.hint}
      </p>
      {props.error ? (
        <p id={`${props.id}-error`} className="error-message">
          {props.error}
        </p>
      ) : null}
      <input
        id={props.id}
        name={props.id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        maxLength={4}
        className="input--short"
        defaultValue={props.value}
        key={props.value}
        aria-describedby={props.error ? `${props.id}-hint ${props.id}-error` : `${props.id}-hint`}
        aria-invalid={props.error ? true : undefined}
      />
    </div>
  );
}

/** The finder's questions. It posts, so no answer reaches a URL or the history. */
export function CompensationForm(props: { options: PlaceOption[]; echo: FinderEcho; errors: Record<string, string> }) {
  const c = copy.compensation;
  const { errors, echo } = props;
  return (
    <Form replace method="post" className="search-form" noValidate>
      <fieldset>
        <legend>{c.legend}</legend>
        <PlaceSelect
          id="crimePlace"
          label={c.crimePlaceLabel}
          hint={c.crimePlaceHint}
          options={props.options}
          value={echo.crimePlace}
          error={errors.crimePlace}
        />
        <PlaceSelect
          id="homePlace"
          label={c.homePlaceLabel}
          options={props.options}
          value={echo.homePlace}
          error={errors.homePlace}
        />
        <NumberField id="age" label={c.ageLabel} hint={c.ageHint} value={echo.age} error={errors.age} max={120} />
        <NumberField id="year" label={c.yearLabel} hint={c.yearHint} value={echo.year} error={errors.year} max={9999} />
        <fieldset className="radios" aria-describedby={errors.reported ? "reported-error" : undefined}>
          <legend>{c.reportedLegend}</legend>
          {errors.reported ? (
            <p id="reported-error" className="error-message">
              {errors.reported}
            </p>
          ) : null}
          {(["yes", "no", "unsure"] as const).map((v) => (
            <div className="radio" key={v}>
              <input
                type="radio"
                id={`reported-${v}`}
                name="reported"
                value={v}
                defaultChecked={(echo.reported || "unsure") === v}
                key={`${v}-${echo.reported}`}
              />
              <label htmlFor={`reported-${v}`}>{c.reported[v]}</label>
            </div>
          ))}
        </fieldset>
      </fieldset>
      <button type="submit" className="button">
        {c.submit}
      </button>
    </Form>
  );
}
