import { useTranslation } from "react-i18next";
import { CENTRALITIES } from "../../../api/types.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { isCentrality, setColourBy, setSizeBy } from "../../view/state.js";
import { AnonymousToggle } from "../../view/views/AnonymousToggle.js";

export function AppearanceOptions() {
  const { t } = useTranslation();
  const { view, update } = useExplorer();
  return (
    <>
      <fieldset>
        <legend>{t("appearance.colourBy")}</legend>
        {(["cluster", "kind"] as const).map((option) => (
          <label key={option} className="check">
            <input
              type="radio"
              name="colour-by"
              checked={view.colourBy === option}
              onChange={() => update(setColourBy(option))}
            />
            {t(`appearance.colour.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        {t("appearance.sizeBy")}
        <select
          value={view.sizeBy}
          onChange={(event) => {
            if (isCentrality(event.target.value)) update(setSizeBy(event.target.value));
          }}
        >
          {CENTRALITIES.map((centrality) => (
            <option key={centrality} value={centrality}>
              {t(`centrality.${centrality}`)}
            </option>
          ))}
        </select>
      </label>
      <AnonymousToggle label={t("appearance.anonymous")} />
    </>
  );
}
