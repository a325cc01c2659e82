import { useTranslation } from "react-i18next";
import "../years.css";

interface TrendChartProps {
  readonly title: string;
  readonly years: readonly number[];
  readonly values: readonly number[];
  readonly selectedYear: number | undefined;
  readonly asPercent?: boolean;
}

const WIDTH = 260;
const HEIGHT = 56;
const PAD = 6;

/** A small line chart drawn as SVG, with its numbers in a table for screen readers. */
export function TrendChart({ title, years, values, selectedYear, asPercent = false }: TrendChartProps) {
  const { t } = useTranslation();
  const format = (value: number) => (asPercent ? `${Math.round(value * 100)}%` : String(Math.round(value * 100) / 100));
  const high = Math.max(...values, asPercent ? 0.01 : 1);
  const x = (i: number) => PAD + (years.length < 2 ? 0 : (i * (WIDTH - 2 * PAD)) / (years.length - 1));
  const y = (value: number) => HEIGHT - PAD - (value / high) * (HEIGHT - 2 * PAD);
  const points = values.map((value, i) => `${x(i).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  const selected = selectedYear === undefined ? -1 : years.indexOf(selectedYear);
  const last = values.at(-1);
  return (
    <figure className="trend">
      <figcaption>
        {title}: <strong>{last === undefined ? "–" : format(selected >= 0 ? (values[selected] ?? 0) : last)}</strong>
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} aria-hidden="true" className="trend-svg">
        <polyline points={points} fill="none" stroke="#0072B2" strokeWidth="2" />
        {values.map((value, i) => (
          <circle
            key={years[i]}
            cx={x(i)}
            cy={y(value)}
            r={i === selected ? 4 : 2}
            fill={i === selected ? "#D55E00" : "#0072B2"}
          />
        ))}
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
