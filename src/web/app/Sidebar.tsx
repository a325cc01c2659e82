import type { KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { ComparePanel } from "../features/compare/views/ComparePanel.js";
import { ConnectorsPanel } from "../features/connectors/views/ConnectorsPanel.js";
import { FiltersPanel } from "../features/filters/views/FiltersPanel.js";
import { FollowUpsPanel } from "../features/followups/views/FollowUpsPanel.js";
import { GapsPanel } from "../features/gaps/views/GapsPanel.js";
import { GiftsPanel } from "../features/gifts/views/GiftsPanel.js";
import { UnconnectedPanel } from "../features/unconnected/views/UnconnectedPanel.js";
import { openPanel, PANELS, type PanelId } from "../features/view/state.js";
import { YearsPanel } from "../features/years/views/YearsPanel.js";
import { AnalysisGate } from "./AnalysisGate.js";
import { ErrorBoundary } from "./ErrorBoundary.js";
import { useExplorer } from "./explorer-model.js";
import { tabAfterKey } from "./tab-keys.js";

/** Panels that answer from the analysis and wait for it; the others work on the graph alone. */
const NEEDS_ANALYSIS: ReadonlySet<PanelId> = new Set(["connectors", "unconnected", "gaps", "gifts", "compare"]);

const PANEL_VIEWS: Record<PanelId, () => React.JSX.Element> = {
  connectors: ConnectorsPanel,
  unconnected: UnconnectedPanel,
  gaps: GapsPanel,
  gifts: GiftsPanel,
  years: YearsPanel,
  compare: ComparePanel,
  followups: FollowUpsPanel,
  filters: FiltersPanel,
};

/** The questions users come with, one tab each. */
export function Sidebar() {
  const { t } = useTranslation();
  const { view, update } = useExplorer();
  const Panel = PANEL_VIEWS[view.panel];
  // Roving tab index: Tab enters the list on the open tab, the arrow keys move between tabs and open them.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = tabAfterKey(PANELS, view.panel, event.key);
    if (next === undefined) return;
    event.preventDefault();
    update(openPanel(next));
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
    <nav className="sidebar" aria-label={t("panels.label")}>
      <div role="tablist" className="tabs" aria-label={t("panels.label")} onKeyDown={onKeyDown}>
        {PANELS.map((panel) => (
          <button
            key={panel}
            type="button"
            role="tab"
            id={`tab-${panel}`}
            aria-selected={view.panel === panel}
            tabIndex={view.panel === panel ? 0 : -1}
            aria-controls="panel"
            data-testid={`tab-${panel}`}
            onClick={() => update(openPanel(panel))}
          >
            {t(`panels.${panel}`)}
          </button>
        ))}
      </div>
      <div id="panel" role="tabpanel" aria-labelledby={`tab-${view.panel}`} className="panel">
        {/* Keyed by panel: a panel that failed is given a fresh chance when the user comes back to it. */}
        <ErrorBoundary key={view.panel} scope="part">
          {NEEDS_ANALYSIS.has(view.panel) ? (
            <AnalysisGate>
              <Panel />
            </AnalysisGate>
          ) : (
            <Panel />
          )}
        </ErrorBoundary>
      </div>
    </nav>
  );
}
