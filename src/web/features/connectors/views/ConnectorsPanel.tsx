import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { bridgingIn } from "../../../../analysis/index.js";
import type { AnalysedActor } from "../../../api/types.js";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { headlineRole } from "../../actor/state.js";
import { select } from "../../view/state.js";
import { brokerage, rankConnectors } from "../state.js";
import "../connectors.css";
import { EstimateNote } from "./EstimateNote.js";

export function ConnectorsPanel() {
  const { t, i18n } = useTranslation();
  const model = useExplorer();
  const analysis = useAnalysis();
  const connectors = useMemo(() => rankConnectors(analysis.actors), [analysis]);
  const contacts = (actor: AnalysedActor) => {
    const figures = brokerage(actor);
    if (figures === undefined) return "";
    return t("connectors.contactsValue", { count: figures.degree, effective: figures.effective });
  };
  return (
    <section aria-labelledby="connectors-title" data-testid="connectors-panel">
      <h2 id="connectors-title">{t("connectors.title")}</h2>
      <p className="panel-intro">{t("connectors.intro")}</p>
      <EstimateNote />
      {connectors.length === 0 ? (
        <p>{t("connectors.none")}</p>
      ) : (
        <table className="ranked">
          <thead>
            <tr>
              <th scope="col">{t("connectors.rank")}</th>
              <th scope="col">{t("connectors.name")}</th>
              <th scope="col" title={t("connectors.bridgingHelp")}>
                {t("connectors.bridging")}
              </th>
              <th scope="col">{t("connectors.role")}</th>
              <th scope="col" title={t("connectors.cutOffHelp")}>
                {t("connectors.cutOff")}
              </th>
            </tr>
          </thead>
          <tbody>
            {connectors.map((actor, index) => (
              <tr key={actor.id} data-actor-id={actor.id}>
                <td>{index + 1}</td>
                <td>
                  <button type="button" className="link" onClick={() => model.update(select(actor.id))}>
                    {model.nameOf(actor.id)}
                  </button>
                  <span className="muted"> · {t(`kind.one.${actor.professional ? "professional" : actor.kind}`)}</span>
                  <span className="muted contacts" title={t("connectors.contactsHelp")}>
                    {contacts(actor)}
                  </span>
                </td>
                <td>{bridgingIn(i18n.language, actor.betweenness)}</td>
                <td>{t(`role.${headlineRole(actor)}.name`)}</td>
                <td>{actor.cutOff}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
