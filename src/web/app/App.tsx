import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { LiveChange } from "../api/live-changes.js";
import { useExplorerData } from "../api/use-explorer-data.js";
import { useLiveUpdates } from "../api/use-live-updates.js";
import { ActorCard } from "../features/actor/views/ActorCard.js";
import { useFresh } from "../features/edit/use-fresh.js";
import { EditForms } from "../features/edit/views/EditForms.js";
import { EditorProvider } from "../features/edit/views/EditorProvider.js";
import { FreshNotice } from "../features/edit/views/FreshNotice.js";
import { createDisplayGraph, seedByArea, syncDisplayGraph } from "../features/graph/display-graph.js";
import { loadPositions } from "../features/graph/layout.js";
import { GraphView } from "../features/graph/views/GraphView.js";
import { ProjectorView } from "../features/projector/views/ProjectorView.js";
import { ReportView } from "../features/report/views/ReportView.js";
import { SavedViewsProvider } from "../features/saved-views/views/SavedViewsProvider.js";
import { useSession } from "../features/session/use-session.js";
import { ErrorMessage } from "../features/session/views/ErrorMessage.js";
import { LoginPage } from "../features/session/views/LoginPage.js";
import { useEscapeClosesCard } from "../features/view/views/use-escape-closes-card.js";
import { useHiddenNames } from "../features/view/views/use-hidden-names.js";
import { countsIn } from "../features/years/counts.js";
import { AnalysisGate } from "./AnalysisGate.js";
import { ErrorBoundary } from "./ErrorBoundary.js";
import { buildExplorerModel, ExplorerContext, neighboursIn } from "./explorer-model.js";
import { Header } from "./Header.js";
import { Sidebar } from "./Sidebar.js";
import { useShallowStable } from "./use-shallow-stable.js";
import { useViewState } from "./use-view-state.js";
import "./app.css";

export function App() {
  const { t, i18n } = useTranslation();
  const [view, update] = useViewState();
  useEscapeClosesCard(view.selected, update);
  const data = useExplorerData(view.year);
  const { fresh, note } = useFresh();
  const { patch, checkVersion } = data;
  const onChange = useCallback(
    (change: LiveChange) => {
      patch(change);
      note(change);
    },
    [patch, note],
  );
  const live = useLiveUpdates({ onChange, onHello: checkVersion }, data.error?.status !== 401);
  const session = useSession(data.revision);
  const graph = useMemo(createDisplayGraph, []);
  const stored = useRef(loadPositions());
  const [layoutRevision, setLayoutRevision] = useState(0);

  // The map is drawn from the graph alone; the analysis, when it arrives, only recolours it.
  useEffect(() => {
    if (data.network === undefined) return;
    const seed = seedByArea(data.network.actors);
    const remembered = stored.current;
    syncDisplayGraph(graph, data.network, (actor) => remembered.get(actor.id) ?? seed(actor));
    setLayoutRevision((revision) => revision + 1);
  }, [graph, data.network]);

  const { network, analysis, clusterColours, analysing, updating, years, year } = data;
  const residents = useMemo(() => network?.actors.filter((actor) => actor.kind === "resident").length ?? 0, [network]);
  const hiddenNames = useHiddenNames(view.anonymous, residents);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the graph is synced in place; `layoutRevision` tells it changed.
  const neighbours = useMemo(() => neighboursIn(graph, year), [graph, year, layoutRevision]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the graph is synced in place; `layoutRevision` tells it changed.
  const counts = useMemo(() => countsIn(graph, year), [graph, year, layoutRevision]);
  // The analysis's words in the chosen language; the model fills names into them as the view shows names.
  const translate = useMemo(() => i18n.getFixedT(i18n.language, "analysis"), [i18n, i18n.language]);
  // One record of everything the model reads, kept while none of its values changes.
  const sources = useShallowStable({
    network,
    analysis,
    clusterColours,
    analysing,
    updating,
    years,
    year,
    counts,
    graph,
    view,
    update,
    language: i18n.language,
    translate,
    neighbours,
    fresh,
    hiddenNames,
  });
  // The graph is synced in place: `layoutRevision` says when it changed.
  const model = useMemo(
    () =>
      sources.network === undefined || layoutRevision === 0
        ? undefined
        : buildExplorerModel({ ...sources, network: sources.network }),
    [sources, layoutRevision],
  );

  if (data.error?.status === 401) return <LoginPage onLoggedIn={data.reload} />;
  if (model === undefined) {
    return (
      <main className="loading" aria-busy={data.error === undefined}>
        {data.error === undefined ? <p>{t("app.loading")}</p> : <ErrorMessage error={data.error} />}
      </main>
    );
  }
  return (
    <ExplorerContext.Provider value={model}>
      <EditorProvider role={session?.user?.role}>
        <SavedViewsProvider>
          {view.report ? (
            <AnalysisGate>
              <ReportView />
            </AnalysisGate>
          ) : view.projector ? (
            <ProjectorView layoutRevision={layoutRevision} />
          ) : (
            <div className="app">
              <Header live={live} session={session} onLoggedOut={data.reload} />
              {data.error !== undefined && <ErrorMessage error={data.error} />}
              <main className="workspace">
                <Sidebar />
                <ErrorBoundary scope="part">
                  <GraphView layoutRevision={layoutRevision} />
                </ErrorBoundary>
                {view.selected !== undefined && model.actor(view.selected) !== undefined && (
                  <ErrorBoundary key={view.selected} scope="part">
                    <ActorCard id={view.selected} />
                  </ErrorBoundary>
                )}
              </main>
              <FreshNotice />
              <EditForms />
            </div>
          )}
        </SavedViewsProvider>
      </EditorProvider>
    </ExplorerContext.Provider>
  );
}
