import { useTranslation } from "react-i18next";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { FigureList } from "../../../app/FigureList.js";
import { YearComparison } from "../../compare/views/YearComparison.js";
import { setReport, setYear } from "../../view/state.js";
import { AnonymousToggle } from "../../view/views/AnonymousToggle.js";
import { measureOf, TREND_MEASURES } from "../../years/state.js";
import { AxisTrendChart } from "./AxisTrendChart.js";
import { Glossary } from "./Glossary.js";
import { ReportAppendix, type ReportLimits } from "./ReportAppendix.js";
import { ReportConnectors } from "./ReportConnectors.js";
import { ReportGaps } from "./ReportGaps.js";
import { ReportMap } from "./ReportMap.js";
import { ReportUnconnected } from "./ReportUnconnected.js";
import "../report.css";

/** How much of each long list the body prints; the appendix prints the rest. */
const LIMITS: ReportLimits = { connectors: 10, unconnected: 10, gaps: 5, linked: 10 };

/**
 * A page a commissioner can print to PDF and hand in: figures, the map, trends with axes, two years
 * side by side, the connectors, the unconnected, the gaps, a glossary, and every cut list in full.
 */
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
        <label>
          {t("report.mapOf")}{" "}
          <select
            value={model.view.year === "all" ? "all" : String(model.year ?? "latest")}
            data-testid="report-year"
            onChange={(event) => {
              const value = event.target.value;
              update(
                setYear(value === "all" ? "all" : value === String(model.years.at(-1)) ? "latest" : Number(value)),
              );
            }}
          >
            {model.years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
            <option value="all">{t("years.all")}</option>
          </select>
        </label>
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
      <ReportMap />
      {years.length > 0 && (
        <section aria-labelledby="report-trends" className="report-trends">
          <h2 id="report-trends">{t("years.title")}</h2>
          <div className="trends">
            {TREND_MEASURES.map((measure) => (
              <AxisTrendChart
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
      {years.length > 0 && (
        <section aria-labelledby="report-compare" className="report-compare">
          <h2 id="report-compare">{t("compare.title")}</h2>
          <YearComparison limit={LIMITS.linked} moreKey="report.more" />
        </section>
      )}
      <ReportConnectors limit={LIMITS.connectors} />
      <ReportUnconnected limit={LIMITS.unconnected} />
      <ReportGaps limit={LIMITS.gaps} />
      <Glossary />
      <ReportAppendix limits={LIMITS} />
    </main>
  );
}
