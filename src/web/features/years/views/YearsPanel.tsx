import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { AnalysisGate } from "../../../app/AnalysisGate.js";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { GoingAlone } from "../../independence/views/GoingAlone.js";
import { setYear } from "../../view/state.js";
import { measureOf, nextYear, TREND_MEASURES } from "../state.js";
import { CircleMadeBigger } from "./CircleMadeBigger.js";
import { ClusterChangeList } from "./ClusterChangeList.js";
import { TrendChart } from "./TrendChart.js";
import { WhatChanged } from "./WhatChanged.js";
import "../years.css";

const PLAY_STEP_MS = 1600;

export function YearsPanel() {
  const { t } = useTranslation();
  const model = useExplorer();
  const { years, year, update } = model;
  const [playing, setPlaying] = useState(false);
  const allYears = model.view.year === "all";

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => update(setYear(nextYear(years, year) ?? "latest")), PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, year, years, update]);

  if (years.length === 0) {
    return (
      <section aria-labelledby="years-title">
        <h2 id="years-title">{t("years.title")}</h2>
        <p>{t("years.none")}</p>
      </section>
    );
  }
  const last = years.length - 1;
  const index = year === undefined ? last : Math.max(0, years.indexOf(year));
  // The last position is "now": it follows the data when a newer year arrives.
  const chooseIndex = (chosen: number) => update(setYear(chosen >= last ? "latest" : (years[chosen] ?? "latest")));
  return (
    <section aria-labelledby="years-title" data-testid="years-panel">
      <h2 id="years-title">{t("years.title")}</h2>
      <p className="panel-intro">{t("years.intro")}</p>
      <div className="year-controls">
        <button
          type="button"
          onClick={() => setPlaying((current) => !current)}
          aria-pressed={playing}
          data-testid="year-play"
        >
          {playing ? t("years.pause") : t("years.play")}
        </button>
        <label className="year-slider">
          <span>{year === undefined ? t("years.all") : t("years.asOf", { year })}</span>
          <input
            type="range"
            min={0}
            max={last}
            step={1}
            value={index}
            disabled={allYears}
            aria-valuetext={year === undefined ? t("years.all") : String(year)}
            data-testid="year-slider"
            onChange={(event) => chooseIndex(Number(event.target.value))}
          />
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={allYears}
            onChange={(event) => update(setYear(event.target.checked ? "all" : "latest"))}
            data-testid="year-all"
          />
          {t("years.allTogether")}
        </label>
      </div>
      <AnalysisGate>
        <YearTrends />
        <GoingAlone />
      </AnalysisGate>
      {year !== undefined && <WhatChanged year={year} />}
      {year !== undefined && (
        <AnalysisGate>
          <ClusterChangeList year={year} />
        </AnalysisGate>
      )}
      <CircleMadeBigger />
    </section>
  );
}

function YearTrends() {
  const { t } = useTranslation();
  const { year } = useExplorer();
  const figures = useAnalysis().years;
  const years = figures.map((entry) => entry.year);
  return (
    <div className="trends">
      {TREND_MEASURES.map((measure) => (
        <TrendChart
          key={measure}
          title={t(`trend.${measure}`)}
          years={years}
          values={figures.map((entry) => measureOf(entry, measure))}
          selectedYear={year}
          asPercent={measure === "institutionBrokerageShare"}
        />
      ))}
    </div>
  );
}
