import { useTranslation } from "react-i18next";
import { bridgingIn } from "../../../../analysis/index.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { bridgingRuns } from "../bridging-series.js";
import "./bridging-sparkline.css";

const WIDTH = 200;
const HEIGHT = 44;
const PAD_X = 4;
const TOP = 4;
const BOTTOM = 14;

/** How the actor's bridging (betweenness) moved over the years: a small line with its first and last year. */
export function BridgingSparkline({ id }: { readonly id: string }) {
  const { t, i18n } = useTranslation();
  const { analysis, year: shownYear } = useExplorer();
  const bridging = analysis?.bridging;
  const runs = bridgingRuns(bridging, id);
  const points = runs.flat();
  const first = points[0];
  const last = points.at(-1);
  if (bridging === undefined || bridging.years.length < 2 || first === undefined || last === undefined) return null;
  const years = bridging.years;
  // A handful of years: spreading them is safe. The line spans the actor's own range, however small.
  const high = Math.max(...points.map((point) => point.value)) || 1;
  const x = (year: number) =>
    PAD_X + ((year - (years[0] ?? year)) / ((years.at(-1) ?? year) - (years[0] ?? year) || 1)) * (WIDTH - 2 * PAD_X);
  const y = (value: number) => TOP + (1 - value / high) * (HEIGHT - TOP - BOTTOM);
  const format = (value: number) => bridgingIn(i18n.language, value);
  const shown = points.find((point) => point.year === shownYear);
  const summary = t("card.bridgingTrend", {
    from: first.year,
    fromValue: format(first.value),
    to: last.year,
    toValue: format(last.value),
  });
  return (
    <figure className="bridging-sparkline" data-testid="bridging-sparkline">
      <figcaption>
        {t("card.bridgingOverYears")}
        {shown !== undefined && (
          <>
            : <strong>{format(shown.value)}</strong> ({shown.year})
          </>
        )}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={summary}>
        <line x1={PAD_X} y1={HEIGHT - BOTTOM} x2={WIDTH - PAD_X} y2={HEIGHT - BOTTOM} stroke="#d8dde3" />
        {runs.map((run) => (
          <polyline
            key={run[0]?.year}
            points={run.map((point) => `${x(point.year).toFixed(1)},${y(point.value).toFixed(1)}`).join(" ")}
            fill="none"
            stroke="#0072B2"
            strokeWidth="1.5"
          />
        ))}
        {points.map((point) => (
          <circle
            key={point.year}
            cx={x(point.year)}
            cy={y(point.value)}
            r={point.year === shownYear ? 3 : 1.5}
            fill={point.year === shownYear ? "#D55E00" : "#0072B2"}
          />
        ))}
        <g fontSize="9" fill="#5b6470">
          <text x={PAD_X} y={HEIGHT - 2}>
            {years[0]}
          </text>
          <text x={WIDTH - PAD_X} y={HEIGHT - 2} textAnchor="end">
            {years.at(-1)}
          </text>
        </g>
      </svg>
    </figure>
  );
}
