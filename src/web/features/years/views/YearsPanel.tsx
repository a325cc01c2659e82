import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { setYear } from "../../view/state.js";
import { measureOf, nextYear, TREND_MEASURES } from "../state.js";
import { TrendChart } from "./TrendChart.js";
import { WhatChanged } from "./WhatChanged.js";

const PLAY_STEP_MS = 1600;

export function YearsPanel() {
  const { t } = useTranslation();
  const model = useExplorer();
  const figures = model.overview.years;
  const years = figures.map((entry) => entry.year);
  const [playing, setPlaying] = useState(false);
  const year = model.view.year;
  const { update } = model;

  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => update(setYear(nextYear(years, year))), PLAY_STEP_MS);
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
  const index = year === undefined ? years.length : Math.max(0, years.indexOf(year));
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
            max={years.length}
            step={1}
            value={index}
            aria-valuetext={year === undefined ? t("years.all") : String(year)}
            data-testid="year-slider"
            onChange={(event) => update(setYear(years[Number(event.target.value)]))}
          />
        </label>
      </div>
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
      {year !== undefined && <WhatChanged year={year} />}
    </section>
  );
}
