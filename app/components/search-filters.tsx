import { copy } from "~/copy";
import { AUDIENCES, DELIVERY_MODES, NEED_CODES } from "~/lib/directory/taxonomy";

export type FilterValues = {
  needs: string[];
  audience: string | null;
  language: string | null;
  freeOnly: boolean;
  delivery: string[];
  openNow: boolean;
  radiusKm: number;
};

export const RADIUS_OPTIONS = [10, 25, 50, 100, 250] as const;

/** The optional filters, as plain form controls that work without JavaScript. */
export function SearchFilters({
  values,
  languages,
}: {
  values: FilterValues;
  languages: { code: string; name: string }[];
}) {
  return (
    <details className="filters" open={hasFilters(values)}>
      <summary>{copy.search.filtersLegend}</summary>
      <fieldset>
        <legend>{copy.search.needsLabel}</legend>
        {NEED_CODES.map((n) => (
          <div className="checkbox" key={n}>
            <input type="checkbox" id={`need-${n}`} name="needs" value={n} defaultChecked={values.needs.includes(n)} />
            <label htmlFor={`need-${n}`}>{copy.needs[n]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{copy.search.audienceLabel}</legend>
        <div className="radio">
          <input type="radio" id="audience-any" name="audience" value="" defaultChecked={!values.audience} />
          <label htmlFor="audience-any">{copy.search.audienceAny}</label>
        </div>
        {AUDIENCES.map((a) => (
          <div className="radio" key={a}>
            <input type="radio" id={`audience-${a}`} name="audience" value={a} defaultChecked={values.audience === a} />
            <label htmlFor={`audience-${a}`}>{copy.audiences[a]}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{copy.search.deliveryLabel}</legend>
        {DELIVERY_MODES.map((d) => (
          <div className="checkbox" key={d}>
            <input
              type="checkbox"
              id={`delivery-${d}`}
              name="delivery"
              value={d}
              defaultChecked={values.delivery.includes(d)}
            />
            <label htmlFor={`delivery-${d}`}>{copy.delivery[d]}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="language">{copy.search.languageLabel}</label>
        <select id="language" name="language" defaultValue={values.language ?? ""}>
          <option value="">{copy.search.languageAny}</option>
          {languages.map((l) => (
            <option key={l.code} value={l.code}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="radiusKm">{copy.search.radiusLabel}</label>
        <select id="radiusKm" name="radiusKm" defaultValue={String(values.radiusKm)}>
          {RADIUS_OPTIONS.map((km) => (
            <option key={km} value={km}>
              {copy.search.radiusOption(km)}
            </option>
          ))}
        </select>
      </div>
      <div className="checkbox">
        <input type="checkbox" id="freeOnly" name="freeOnly" defaultChecked={values.freeOnly} />
        <label htmlFor="freeOnly">{copy.search.freeOnly}</label>
      </div>
      <div className="checkbox">
        <input type="checkbox" id="openNow" name="openNow" defaultChecked={values.openNow} />
        <label htmlFor="openNow">{copy.search.openNow}</label>
      </div>
    </details>
  );
}

function hasFilters(v: FilterValues): boolean {
  return (
    v.needs.length > 0 ||
    !!v.audience ||
    !!v.language ||
    v.freeOnly ||
    v.delivery.length > 0 ||
    v.openNow ||
    v.radiusKm !== 50
  );
}

/** The filters as hidden fields, so a follow-up form (choosing a place) keeps them. */
export function HiddenFilters({ values }: { values: FilterValues }) {
  return (
    <>
      {values.needs.map((n) => (
        <input key={n} type="hidden" name="needs" value={n} />
      ))}
      {values.audience ? <input type="hidden" name="audience" value={values.audience} /> : null}
      {values.language ? <input type="hidden" name="language" value={values.language} /> : null}
      {values.freeOnly ? <input type="hidden" name="freeOnly" value="on" /> : null}
      {values.delivery.map((d) => (
        <input key={d} type="hidden" name="delivery" value={d} />
      ))}
      {values.openNow ? <input type="hidden" name="openNow" value="on" /> : null}
      <input type="hidden" name="radiusKm" value={values.radiusKm} />
    </>
  );
}
