import { useTranslation } from "react-i18next";
import { listIn } from "../../../../analysis/index.js";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { type ClusterChangeLine, clusterChangeLines } from "../cluster-changes.js";

/** The clusters born, merged, split and ended going into `year`; clusters keep their number over the years. */
export function ClusterChangeList({ year }: { readonly year: number }) {
  const { t, i18n } = useTranslation();
  const { clusterName } = useExplorer();
  const years = useAnalysis().years;
  const index = years.findIndex((entry) => entry.year === year);
  const figures = years[index];
  if (figures === undefined) return null;
  const names = (clusters: readonly number[]) => listIn(i18n.language, clusters.map(clusterName));
  const sentence = (line: ClusterChangeLine) =>
    line.key === "clusterMerged"
      ? t("years.clusterMerged", { from: names(line.from), into: clusterName(line.into) })
      : line.key === "clusterSplit"
        ? t("years.clusterSplit", { from: clusterName(line.from), into: names(line.into) })
        : t(`years.${line.key}`, { cluster: clusterName(line.cluster) });
  const lines = clusterChangeLines(figures.clusterChanges);
  return (
    <section aria-labelledby="cluster-changes-title" data-testid="cluster-changes">
      <h3 id="cluster-changes-title">{t("years.clustersTitle", { year })}</h3>
      {index === 0 ? (
        <p>{t("years.clustersBaseline", { count: figures.clusters })}</p>
      ) : (
        <ul className="change-list">
          <li>{t("years.clustersContinued", { count: figures.clusterChanges.continued.length })}</li>
          {lines.length === 0 && <li>{t("years.clustersUnchanged")}</li>}
          {lines.map((line) => (
            <li key={`${line.key}-${"cluster" in line ? line.cluster : line.into}`}>{sentence(line)}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
