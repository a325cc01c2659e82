import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { findingsAbout } from "../../actor/state.js";
import { select } from "../../view/state.js";
import { groupUnconnected } from "../state.js";

export function UnconnectedPanel() {
  const { t } = useTranslation();
  const model = useExplorer();
  const groups = groupUnconnected(model.analysis.actors);
  return (
    <section aria-labelledby="unconnected-title" data-testid="unconnected-panel">
      <h2 id="unconnected-title">{t("unconnected.title")}</h2>
      <p className="panel-intro">{t("unconnected.intro")}</p>
      {[...groups].map(([status, actors]) => (
        <section key={status} aria-labelledby={`status-${status}`}>
          <h3 id={`status-${status}`}>
            {t(`status.${status}.title`)} <span className="count">({actors.length})</span>
          </h3>
          <p className="muted">{t(`status.${status}.explain`)}</p>
          <ul className="actor-list" data-testid={`status-${status}`}>
            {actors.map((actor) => {
              const suggestion = findingsAbout(model.analysis.suggestions, actor.id)[0];
              return (
                <li key={actor.id} data-actor-id={actor.id}>
                  <button type="button" className="link" onClick={() => model.update(select(actor.id))}>
                    {model.nameOf(actor.id)}
                  </button>
                  {suggestion !== undefined && <p className="suggestion">{model.describe(suggestion)}</p>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
