import { useTranslation } from "react-i18next";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { listedPart } from "../../report/lists.js";
import { formatChange, formatFigure } from "../format.js";
import { comparedYears, comparisonRows, newlyLinked } from "../state.js";
import { YearPicker } from "./YearPicker.js";
import "../compare.css";

interface YearComparisonProps {
  /** How many newly linked pairs to list; the rest are counted, never cut silently. */
  readonly limit?: number;
  /** Said after a cut list, e.g. where the rest is printed. */
  readonly moreKey?: "report.more" | "list.more";
}

/** What changed between two chosen years, side by side, from the analysis' figures per year. */
export function YearComparison({ limit = Number.POSITIVE_INFINITY, moreKey = "list.more" }: YearComparisonProps) {
  const { t } = useTranslation();
  const model = useExplorer();
  const figures = useAnalysis().years;
  const compared = comparedYears(
    figures.map((entry) => entry.year),
    model.view.compareFrom,
    model.view.compareTo,
  );
  if (compared === undefined) return <p>{t("compare.none")}</p>;
  const rows = comparisonRows(figures, compared);
  const linked = listedPart(newlyLinked(figures, compared), limit);
  const { from, to } = compared;
  return (
    <div className="year-comparison" data-testid="year-comparison">
      <YearPicker compared={compared} />
      <table className="compare-table">
        <caption className="visually-hidden">{t("compare.caption", { from, to })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("compare.measure")}</th>
            <th scope="col" data-testid="compare-head-from">
              {from}
            </th>
            <th scope="col" data-testid="compare-head-to">
              {to}
            </th>
            <th scope="col">{t("compare.change", { from, to })}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.measure} data-measure={row.measure}>
              <th scope="row">{t(`compare.row.${row.measure}`)}</th>
              <td>{formatFigure(row.from, row.asPercent)}</td>
              <td>{formatFigure(row.to, row.asPercent)}</td>
              <td>
                {formatChange(row)}
                {row.asPercent && ` ${t("compare.points")}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted compare-note">{t("compare.flowNote")}</p>
      <h3>{t("compare.newlyLinked", { from, to })}</h3>
      {linked.shown.length === 0 ? (
        <p>{t("compare.noneLinked")}</p>
      ) : (
        <ul className="change-list" data-testid="compare-linked">
          {linked.shown.map(([a, b]) => (
            <li key={`${a}|${b}`}>
              {model.nameOf(a)} – {model.nameOf(b)}
            </li>
          ))}
          {linked.more > 0 && <li className="more">{t(moreKey, { count: linked.more })}</li>}
        </ul>
      )}
    </div>
  );
}
