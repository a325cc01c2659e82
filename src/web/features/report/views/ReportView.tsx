import { useTranslation } from "react-i18next";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { FigureList } from "../../../app/FigureList.js";
import { ConnectorsPanel } from "../../connectors/views/ConnectorsPanel.js";
import { GapsPanel } from "../../gaps/views/GapsPanel.js";
import { UnconnectedPanel } from "../../unconnected/views/UnconnectedPanel.js";
import { setReport } from "../../view/state.js";
import { AnonymousToggle } from "../../view/views/AnonymousToggle.js";
import { measureOf, TREND_MEASURES } from "../../years/state.js";
import { TrendChart } from "../../years/views/TrendChart.js";
import "../report.css";

/** A printable page for commissioners: figures, trends, connectors, the unconnected and the gaps. */
export function ReportView() {
  const { t } = useTranslation();
  const model = useExplorer();
  const { update } = model;
  const analysis = useAnalysis();
  const figures = analysis.graph;
  const years = analysis.years;
  return (
    <main className="report" data-testid="report">
      <div className="report-controls no-print">
        <button type="button" onClick={() => update(setReport(false))}>
          {t("report.back")}
        </button>
        <AnonymousToggle label={t("report.hideNames")} />
        <button type="button" onClick={() => globalThis.print()}>
          {t("report.print")}
        </button>
      </div>
      <h1>{model.year === undefined ? t("report.titleAll") : t("report.titleYear", { year: model.year })}</h1>
      <FigureList
        className="figures report-figures"
        entries={[
          [t("figures.actors"), figures.actors],
          [t("figures.ties"), figures.ties],
          [t("figures.components"), figures.components],
          [t("figures.clusters"), figures.communities],
          [t("figures.isolatedResidents"), figures.isolates.length],
        ]}
      />
      {years.length > 0 && (
        <section aria-labelledby="report-trends">
          <h2 id="report-trends">{t("years.title")}</h2>
          <div className="trends">
            {TREND_MEASURES.map((measure) => (
              <TrendChart
                key={measure}
                title={t(`trend.${measure}`)}
                years={years.map((entry) => entry.year)}
                values={years.map((entry) => measureOf(entry, measure))}
                selectedYear={model.year}
                asPercent={measure === "institutionBrokerageShare"}
              />
            ))}
          </div>
        </section>
      )}
      <ConnectorsPanel />
      <UnconnectedPanel />
      <GapsPanel />
    </main>
  );
}
