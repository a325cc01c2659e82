import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorerData } from "../api/use-explorer-data.js";
import { useLiveUpdates } from "../api/use-live-updates.js";
import { ActorCard } from "../features/actor/views/ActorCard.js";
import { createDisplayGraph, seedByCluster, syncDisplayGraph } from "../features/graph/display-graph.js";
import { loadPositions } from "../features/graph/layout.js";
import { GraphView } from "../features/graph/views/GraphView.js";
import { ReportView } from "../features/report/views/ReportView.js";
import { ErrorMessage } from "../features/session/views/ErrorMessage.js";
import { LoginPage } from "../features/session/views/LoginPage.js";
import { buildExplorerModel, ExplorerContext, neighboursIn } from "./explorer-model.js";
import { Header } from "./Header.js";
import { Sidebar } from "./Sidebar.js";
import { useViewState } from "./use-view-state.js";

export function App() {
  const { t, i18n } = useTranslation();
  const [view, update] = useViewState();
  const data = useExplorerData(view.year);
  const live = useLiveUpdates(data.reload, data.error?.status !== 401);
  const graph = useMemo(createDisplayGraph, []);
  const stored = useRef(loadPositions());
  const [layoutRevision, setLayoutRevision] = useState(0);

  useEffect(() => {
    if (data.network === undefined || data.overview === undefined) return;
    const communities = new Map(data.overview.actors.map((actor) => [actor.id, actor.community]));
    const seed = seedByCluster((id) => communities.get(id), data.overview.communities.length);
    const remembered = stored.current;
    syncDisplayGraph(graph, data.network, (actor) => remembered.get(actor.id) ?? seed(actor));
    setLayoutRevision((revision) => revision + 1);
  }, [graph, data.network, data.overview]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the graph is synced in place; `layoutRevision` tells it changed.
  const neighbours = useMemo(() => neighboursIn(graph, view.year), [graph, view.year, layoutRevision]);
  const model = useMemo(() => {
    if (data.network === undefined || data.analysis === undefined || data.overview === undefined) return undefined;
    return buildExplorerModel(
      data.network,
      data.analysis,
      data.overview,
      graph,
      view,
      update,
      i18n.language,
      neighbours,
    );
  }, [data.network, data.analysis, data.overview, graph, view, update, i18n.language, neighbours]);

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
      {view.report ? (
        <ReportView />
      ) : (
        <div className="app">
          <Header live={live} />
          {data.error !== undefined && <ErrorMessage error={data.error} />}
          <div className="workspace">
            <Sidebar />
            <GraphView layoutRevision={layoutRevision} />
            {view.selected !== undefined && model.actor(view.selected) !== undefined && (
              <ActorCard id={view.selected} />
            )}
          </div>
        </div>
      )}
    </ExplorerContext.Provider>
  );
}
