import { useTranslation } from "react-i18next";
import { TIE_TYPES } from "../../../../model/kinds.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { clearFilters, hasFilters, setArea, setCluster, toggleKind, toggleTieType } from "../../view/state.js";
import { SHOWN_KINDS } from "../shown-kind.js";
import { areasOf } from "../state.js";
import { AppearanceOptions } from "./AppearanceOptions.js";
import { ViewFiguresSummary } from "./ViewFiguresSummary.js";

interface CheckListProps<T extends string> {
  readonly legend: string;
  readonly options: readonly T[];
  /** What the filter keeps; empty keeps everything, so every box is ticked. */
  readonly chosen: readonly T[];
  readonly label: (option: T) => string;
  readonly onToggle: (option: T) => void;
}

function CheckList<T extends string>({ legend, options, chosen, label, onToggle }: CheckListProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option} className="check">
          <input
            type="checkbox"
            checked={chosen.length === 0 || chosen.includes(option)}
            onChange={() => onToggle(option)}
          />
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

export function FiltersPanel() {
  const { t } = useTranslation();
  const model = useExplorer();
  const { view, update } = model;
  const areas = areasOf(model.network);
  return (
    <section aria-labelledby="filters-title" data-testid="filters-panel">
      <h2 id="filters-title">{t("filters.title")}</h2>
      <CheckList
        legend={t("filters.kinds")}
        options={SHOWN_KINDS}
        chosen={view.kinds}
        label={(kind) => t(`kind.plural.${kind}`)}
        onToggle={(kind) => update(toggleKind(kind))}
      />
      <CheckList
        legend={t("filters.tieTypes")}
        options={TIE_TYPES}
        chosen={view.tieTypes}
        label={(type) => t(`tie.${type}`)}
        onToggle={(type) => update(toggleTieType(type))}
      />
      <label className="field">
        {t("filters.area")}
        <select value={view.area ?? ""} onChange={(event) => update(setArea(event.target.value))}>
          <option value="">{t("filters.everywhere")}</option>
          {areas.map((area) => (
            <option key={area} value={area}>
              {area}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t("filters.cluster")}
        <select
          value={view.cluster ?? ""}
          onChange={(event) => update(setCluster(event.target.value === "" ? undefined : Number(event.target.value)))}
        >
          <option value="">{t("filters.allClusters")}</option>
          {(model.analysis?.communities ?? []).map((community) => (
            <option key={community.community} value={community.community}>
              {model.clusterName(community.community)}
            </option>
          ))}
        </select>
      </label>
      {hasFilters(view) && (
        <button type="button" onClick={() => update(clearFilters)}>
          {t("filters.clear")}
        </button>
      )}
      <AppearanceOptions />
      {hasFilters(view) && <ViewFiguresSummary />}
    </section>
  );
}
