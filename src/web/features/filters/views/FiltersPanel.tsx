import { useTranslation } from "react-i18next";
import { ACTOR_KINDS, TIE_TYPES } from "../../../../model/kinds.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { clearFilters, hasFilters, setArea, setCluster, toggleKind, toggleTieType } from "../../view/state.js";
import { areasOf } from "../state.js";
import { AppearanceOptions } from "./AppearanceOptions.js";
import { ViewFiguresSummary } from "./ViewFiguresSummary.js";

export function FiltersPanel() {
  const { t } = useTranslation();
  const model = useExplorer();
  const { view, update } = model;
  const areas = areasOf(model.network);
  return (
    <section aria-labelledby="filters-title" data-testid="filters-panel">
      <h2 id="filters-title">{t("filters.title")}</h2>
      <fieldset>
        <legend>{t("filters.kinds")}</legend>
        {ACTOR_KINDS.map((kind) => (
          <label key={kind} className="check">
            <input
              type="checkbox"
              checked={view.kinds.length === 0 || view.kinds.includes(kind)}
              onChange={() => update(toggleKind(kind))}
            />
            {t(`kind.plural.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("filters.tieTypes")}</legend>
        {TIE_TYPES.map((type) => (
          <label key={type} className="check">
            <input
              type="checkbox"
              checked={view.tieTypes.length === 0 || view.tieTypes.includes(type)}
              onChange={() => update(toggleTieType(type))}
            />
            {t(`tie.${type}`)}
          </label>
        ))}
      </fieldset>
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
