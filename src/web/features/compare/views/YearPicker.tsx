import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { setComparedYears } from "../../view/state.js";
import type { ComparedYears } from "../state.js";

/** The two years to set side by side, kept in the URL with the rest of the view. */
export function YearPicker({ compared }: { readonly compared: ComparedYears }) {
  const { t } = useTranslation();
  const { years, update } = useExplorer();
  const options = years.map((year) => (
    <option key={year} value={year}>
      {year}
    </option>
  ));
  return (
    <div className="compare-picker no-print">
      <label>
        {t("compare.from")}{" "}
        <select
          value={compared.from}
          data-testid="compare-from"
          onChange={(event) => update(setComparedYears(Number(event.target.value), compared.to))}
        >
          {options}
        </select>
      </label>
      <label>
        {t("compare.to")}{" "}
        <select
          value={compared.to}
          data-testid="compare-to"
          onChange={(event) => update(setComparedYears(compared.from, Number(event.target.value)))}
        >
          {options}
        </select>
      </label>
    </div>
  );
}
