import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { Finding } from "../../../api/types.js";
import { ActorChips } from "../../../app/ActorChips.js";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { followUpOfFinding, kindFrom } from "../../followups/state.js";
import { FollowUpButton } from "../../followups/views/FollowUpButton.js";

function byType(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = groups.get(finding.type) ?? [];
    list.push(finding);
    groups.set(finding.type, list);
  }
  return groups;
}

export function GapsPanel() {
  const { t } = useTranslation();
  const { t: words } = useTranslation("analysis");
  const model = useExplorer();
  const analysis = useAnalysis();
  const groups = useMemo(() => byType(analysis.gaps), [analysis]);
  return (
    <section aria-labelledby="gaps-title" data-testid="gaps-panel">
      <h2 id="gaps-title">{t("gaps.title")}</h2>
      <p className="panel-intro">{t("gaps.intro")}</p>
      {groups.size === 0 && <p>{t("gaps.none")}</p>}
      {[...groups].map(([type, findings]) => (
        <section key={type} aria-label={words(`gapType.${type}`)}>
          <h3>
            {words(`gapType.${type}`)} <span className="count">({findings.length})</span>
          </h3>
          <ul className="finding-list">
            {findings.slice(0, 20).map((finding) => (
              <li key={finding.actors.join(",")}>
                <p>{model.describe(finding.message)}</p>
                <ActorChips ids={finding.actors.slice(0, 6)} />
                <FollowUpButton {...followUpOfFinding(finding, kindFrom(model.actor))} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
