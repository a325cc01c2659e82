import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { comparedYears, newlyLinked } from "../../compare/state.js";
import { groupUnconnected } from "../../unconnected/state.js";
import { ConnectorTable, useReportConnectors } from "./ReportConnectors.js";
import { useGapsByType } from "./ReportGaps.js";

export interface ReportLimits {
  readonly connectors: number;
  readonly unconnected: number;
  readonly gaps: number;
  readonly linked: number;
}

/** Every list the report's body cut, complete; only the lists that were cut. */
export function ReportAppendix({ limits }: { readonly limits: ReportLimits }) {
  const { t } = useTranslation();
  const { t: words } = useTranslation("analysis");
  const model = useExplorer();
  const analysis = useAnalysis();
  const connectors = useReportConnectors();
  const unconnected = useMemo(() => [...groupUnconnected(analysis.actors)], [analysis]);
  const gaps = useGapsByType();
  const compared = comparedYears(
    analysis.years.map((entry) => entry.year),
    model.view.compareFrom,
    model.view.compareTo,
  );
  const linked = compared === undefined ? [] : newlyLinked(analysis.years, compared);
  const cutUnconnected = unconnected.filter(([, actors]) => actors.length > limits.unconnected);
  const cutGaps = gaps.filter(([, findings]) => findings.length > limits.gaps);
  const anything =
    connectors.length > limits.connectors ||
    cutUnconnected.length > 0 ||
    cutGaps.length > 0 ||
    linked.length > limits.linked;
  if (!anything) return null;
  return (
    <section aria-labelledby="report-appendix" className="report-appendix" data-testid="report-appendix">
      <h2 id="report-appendix">{t("report.appendix")}</h2>
      {connectors.length > limits.connectors && (
        <section aria-labelledby="appendix-connectors">
          <h3 id="appendix-connectors">{t("connectors.title")}</h3>
          <ConnectorTable connectors={connectors} limit={Number.POSITIVE_INFINITY} />
        </section>
      )}
      {cutUnconnected.map(([status, actors]) => (
        <section key={status} aria-labelledby={`appendix-status-${status}`}>
          <h3 id={`appendix-status-${status}`}>
            {t(`status.${status}.title`)} <span className="count">({actors.length})</span>
          </h3>
          <p className="appendix-names">{actors.map((actor) => model.nameOf(actor.id)).join(", ")}</p>
        </section>
      ))}
      {cutGaps.map(([type, findings]) => (
        <section key={type} aria-label={words(`gapType.${type}`)}>
          <h3>
            {words(`gapType.${type}`)} <span className="count">({findings.length})</span>
          </h3>
          <ol className="finding-list">
            {findings.map((finding) => (
              <li key={finding.actors.join(",")}>{model.describe(finding.message)}</li>
            ))}
          </ol>
        </section>
      ))}
      {compared !== undefined && linked.length > limits.linked && (
        <section aria-labelledby="appendix-linked">
          <h3 id="appendix-linked">{t("compare.newlyLinked", { from: compared.from, to: compared.to })}</h3>
          <p className="appendix-names">
            {linked.map(([a, b]) => `${model.nameOf(a)} – ${model.nameOf(b)}`).join("; ")}
          </p>
        </section>
      )}
    </section>
  );
}
