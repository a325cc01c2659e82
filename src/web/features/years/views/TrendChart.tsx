import { useTranslation } from "react-i18next";
import "../years.css";
import { selectedIndex, TrendCaption, TrendMarks, type TrendProps, trendFormat } from "./trend-parts.js";

const WIDTH = 260;
const HEIGHT = 56;
const PAD = 6;

/** A small line chart drawn as SVG, with its numbers in a table for screen readers. */
export function TrendChart({ title, years, values, selectedYear, asPercent = false }: TrendProps) {
  const { t } = useTranslation();
  const format = trendFormat(asPercent);
  const high = Math.max(...values, asPercent ? 0.01 : 1);
  const x = (i: number) => PAD + (years.length < 2 ? 0 : (i * (WIDTH - 2 * PAD)) / (years.length - 1));
  const y = (value: number) => HEIGHT - PAD - (value / high) * (HEIGHT - 2 * PAD);
  const selected = selectedIndex(years, selectedYear);
  return (
    <figure className="trend">
      <TrendCaption title={title} values={values} selected={selected} format={format} />
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} aria-hidden="true" className="trend-svg">
        <TrendMarks years={years} values={values} selected={selected} x={x} y={y} radius={2} />
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t("years.year")}</th>
            <th scope="col">{t("years.value")}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((year, i) => (
            <tr key={year}>
              <td>{year}</td>
              <td>{format(values[i] ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
