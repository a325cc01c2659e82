/** What the explorer's trend line and the report's (with axes) share: their inputs, caption and marks. */
export interface TrendProps {
  readonly title: string;
  readonly years: readonly number[];
  readonly values: readonly number[];
  readonly selectedYear: number | undefined;
  readonly asPercent?: boolean;
}

export function trendFormat(asPercent: boolean): (value: number) => string {
  return (value) => (asPercent ? `${Math.round(value * 100)}%` : String(Math.round(value * 100) / 100));
}

export function selectedIndex(years: readonly number[], selectedYear: number | undefined): number {
  return selectedYear === undefined ? -1 : years.indexOf(selectedYear);
}

/** "Title: value" for the selected year, else the last. */
export function TrendCaption({ title, values, selected, format }: TrendCaptionProps) {
  const last = values.at(-1);
  return (
    <figcaption>
      {title}: <strong>{last === undefined ? "–" : format(selected >= 0 ? (values[selected] ?? 0) : last)}</strong>
    </figcaption>
  );
}

interface TrendCaptionProps {
  readonly title: string;
  readonly values: readonly number[];
  readonly selected: number;
  readonly format: (value: number) => string;
}

/** The line and a dot per year, the selected year's larger and orange (colour-blind-safe pair). */
export function TrendMarks({ years, values, selected, x, y, radius }: TrendMarksProps) {
  const points = values.map((value, i) => `${x(i).toFixed(1)},${y(value).toFixed(1)}`).join(" ");
  return (
    <>
      <polyline points={points} fill="none" stroke="#0072B2" strokeWidth="2" />
      {values.map((value, i) => (
        <circle
          key={years[i]}
          cx={x(i)}
          cy={y(value)}
          r={i === selected ? 4 : radius}
          fill={i === selected ? "#D55E00" : "#0072B2"}
        />
      ))}
    </>
  );
}

interface TrendMarksProps {
  readonly years: readonly number[];
  readonly values: readonly number[];
  readonly selected: number;
  readonly x: (index: number) => number;
  readonly y: (value: number) => number;
  readonly radius: number;
}
