import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Finding } from "../../../api/types.js";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { listedPart } from "../lists.js";
import { MoreLine } from "./MoreLine.js";

/** The analysis' gaps by type, in the analysis' order. */
export function useGapsByType(): [string, Finding[]][] {
  const analysis = useAnalysis();
  return useMemo(() => {
    const groups = new Map<string, Finding[]>();
    for (const gap of analysis.gaps) groups.set(gap.type, [...(groups.get(gap.type) ?? []), gap]);
    return [...groups];
  }, [analysis]);
}

/** Each kind of gap with its count, its first few sentences and how many more there are. */
export function ReportGaps({ limit }: { readonly limit: number }) {
  const { t } = useTranslation();
  const { t: words } = useTranslation("analysis");
  const model = useExplorer();
  const groups = useGapsByType();
  return (
    <section aria-labelledby="report-gaps" data-testid="report-gaps">
      <h2 id="report-gaps">{t("gaps.title")}</h2>
      <p className="panel-intro">{t("gaps.intro")}</p>
      {groups.length === 0 && <p>{t("gaps.none")}</p>}
      {groups.map(([type, findings]) => {
        const part = listedPart(findings, limit);
        return (
          <section key={type} aria-label={words(`gapType.${type}`)}>
            <h3>
              {words(`gapType.${type}`)} <span className="count">({findings.length})</span>
            </h3>
            <ul className="finding-list">
              {part.shown.map((finding) => (
                <li key={finding.actors.join(",")}>{model.describe(finding.message)}</li>
              ))}
              <MoreLine as="li" count={part.more} />
            </ul>
          </section>
        );
      })}
    </section>
  );
}
