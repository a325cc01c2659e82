import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { Introducer } from "../../unconnected/views/Introducer.js";
import { findingsAbout } from "../state.js";

export function ActorSuggestions({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const suggestions = findingsAbout(model.analysis?.suggestions ?? [], id).slice(0, 5);
  return (
    <section aria-labelledby="actor-suggestions-title">
      <h3 id="actor-suggestions-title">{t("card.suggestions")}</h3>
      {model.analysis === undefined ? (
        <p className="computing">{t("analysis.computing")}</p>
      ) : suggestions.length === 0 ? (
        <p>{t("card.noSuggestions")}</p>
      ) : (
        <ul className="finding-list">
          {suggestions.map((suggestion) => (
            <li key={`${suggestion.type}:${suggestion.actors.join(",")}`}>
              {model.describe(suggestion.message)}
              {suggestion.introducer !== null && <Introducer id={suggestion.introducer} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
