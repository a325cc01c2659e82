import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { bridgingIn } from "../../../../analysis/index.js";
import type { AnalysedActor } from "../../../api/types.js";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { headlineRole } from "../../actor/state.js";
import { rankConnectors } from "../../connectors/state.js";
import { EstimateNote } from "../../connectors/views/EstimateNote.js";
import { listedPart } from "../lists.js";
import { MoreLine } from "./MoreLine.js";

/** Every connector, most bridging first, as the explorer ranks them. */
export function useReportConnectors(): AnalysedActor[] {
  const analysis = useAnalysis();
  return useMemo(() => rankConnectors(analysis.actors, Number.POSITIVE_INFINITY), [analysis]);
}

/** Connectors as a table; `limit` rows, the rest counted. */
export function ConnectorTable({
  connectors,
  limit,
}: {
  readonly connectors: AnalysedActor[];
  readonly limit: number;
}) {
  const { t, i18n } = useTranslation();
  const model = useExplorer();
  const part = listedPart(connectors, limit);
  return (
    <>
      <EstimateNote />
      <table className="ranked">
        <thead>
          <tr>
            <th scope="col">{t("connectors.rank")}</th>
            <th scope="col">{t("connectors.name")}</th>
            <th scope="col">{t("connectors.role")}</th>
            <th scope="col">{t("centrality.betweenness")}</th>
            <th scope="col">{t("connectors.cutOff")}</th>
          </tr>
        </thead>
        <tbody>
          {part.shown.map((actor, index) => (
            <tr key={actor.id}>
              <td>{index + 1}</td>
              <td>
                {model.nameOf(actor.id)}
                <span className="muted"> · {t(`kind.one.${actor.kind}`)}</span>
              </td>
              <td>{t(`role.${headlineRole(actor)}.name`)}</td>
              <td>{bridgingIn(i18n.language, actor.betweenness)}</td>
              <td>{actor.cutOff}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreLine count={part.more} />
    </>
  );
}

export function ReportConnectors({ limit }: { readonly limit: number }) {
  const { t } = useTranslation();
  const connectors = useReportConnectors();
  return (
    <section aria-labelledby="report-connectors" data-testid="report-connectors">
      <h2 id="report-connectors">{t("connectors.title")}</h2>
      <p className="panel-intro">{t("connectors.intro")}</p>
      {connectors.length === 0 ? (
        <p>{t("connectors.none")}</p>
      ) : (
        <ConnectorTable connectors={connectors} limit={limit} />
      )}
    </section>
  );
}
