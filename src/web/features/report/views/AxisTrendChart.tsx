import { useTranslation } from "react-i18next";
import {
  selectedIndex,
  TrendCaption,
  TrendMarks,
  type TrendProps,
  trendFormat,
} from "../../years/views/trend-parts.js";
import { labelledYears, niceCeiling } from "../axis.js";

const WIDTH = 320;
const HEIGHT = 150;
const LEFT = 50;
const RIGHT = 20;
const TOP = 10;
const BOTTOM = 36;

/**
 * The explorer's trend line (same colours, same marks) on paper: a value axis with its scale, a time
 * axis with the years, and both named.
 */
export function AxisTrendChart({ title, years, values, selectedYear, asPercent = false }: TrendProps) {
  const { t } = useTranslation();
  const format = trendFormat(asPercent);
  const high = asPercent
    ? Math.max(0.01, niceCeiling(Math.max(...values) * 100) / 100)
    : niceCeiling(Math.max(...values));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const x = (i: number) => LEFT + (years.length < 2 ? plotWidth / 2 : (i * plotWidth) / (years.length - 1));
  const y = (value: number) => TOP + plotHeight - (value / high) * plotHeight;
  const selected = selectedIndex(years, selectedYear);
  const ticks = [0, high / 2, high];
  const shownYears = new Set(labelledYears(years));
  return (
    <figure className="trend axis-trend">
      <TrendCaption title={title} values={values} selected={selected} format={format} />
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" role="img" aria-label={title} className="trend-svg">
        <g className="axis" stroke="#8a939e" strokeWidth="1">
          <line x1={LEFT} y1={TOP} x2={LEFT} y2={TOP + plotHeight} />
          <line x1={LEFT} y1={TOP + plotHeight} x2={LEFT + plotWidth} y2={TOP + plotHeight} />
        </g>
        <g fontSize="10" fill="#444">
          {ticks.map((tick) => (
            <g key={tick}>
              <line x1={LEFT - 3} y1={y(tick)} x2={LEFT + plotWidth} y2={y(tick)} stroke="#e3e7eb" />
              <text x={LEFT - 5} y={y(tick) + 3} textAnchor="end">
                {format(tick)}
              </text>
            </g>
          ))}
          {years.map((year, i) =>
            shownYears.has(year) ? (
              <text key={year} x={x(i)} y={TOP + plotHeight + 13} textAnchor="middle">
                {year}
              </text>
            ) : null,
          )}
          <text x={LEFT + plotWidth / 2} y={HEIGHT - 4} textAnchor="middle" fill="#5b6470">
            {t("years.year")}
          </text>
          <text transform={`translate(10 ${TOP + plotHeight / 2}) rotate(-90)`} textAnchor="middle" fill="#5b6470">
            {asPercent ? t("report.axisShare") : t("report.axisNumber")}
          </text>
        </g>
        <TrendMarks years={years} values={values} selected={selected} x={x} y={y} radius={2.5} />
      </svg>
    </figure>
  );
}
