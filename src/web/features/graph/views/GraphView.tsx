import { type ReactNode, useCallback, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { professionalsIn } from "../../../../analysis/professionals.js";
import { isActiveIn } from "../../../../model/years.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { DragToTie } from "../../edit/views/DragToTie.js";
import { ExportToolbar } from "../../export/views/ExportToolbar.js";
import { matchesSearch, normaliseForSearch } from "../../search/state.js";
import { select } from "../../view/state.js";
import { largestCentrality, type Scene } from "../appearance.js";
import { isBigNetwork } from "../layout.js";
import { legendModel } from "../legend.js";
import { onScreen } from "../on-screen.js";
import { ActorList } from "./ActorList.js";
import { AppearanceController } from "./AppearanceController.js";
import { CameraController } from "./CameraController.js";
import { InteractionController } from "./InteractionController.js";
import { LayoutController } from "./LayoutController.js";
import { Legend } from "./Legend.js";
import { SigmaCanvas } from "./SigmaCanvas.js";
import "../graph.css";

interface GraphViewProps {
  readonly layoutRevision: number;
  /** More controllers steering sigma (the projector's), rendered inside the canvas. */
  readonly children?: ReactNode;
}

export function GraphView({ layoutRevision, children }: GraphViewProps) {
  const { t } = useTranslation();
  const model = useExplorer();
  const { graph, view, analysis, year, update } = model;
  const [hovered, setHovered] = useState<string>();
  const [keyboardFocus, setKeyboardFocus] = useState<string>();
  // The layout starts as soon as the map shows: starting in that state spares a redraw with every tie.
  const [layoutRunning, setLayoutRunning] = useState(() => graph.order > 0);
  const onSelect = useCallback((id: string | undefined) => update(select(id)), [update]);

  const analysed = useMemo(() => new Map(analysis?.actors.map((actor) => [actor.id, actor])), [analysis]);
  const professionals = useMemo(() => professionalsIn(model.network, year), [model.network, year]);
  const largest = useMemo(() => largestCentrality(analysis?.actors ?? [], view.sizeBy), [analysis, view.sizeBy]);
  const colourBy = analysis === undefined ? "kind" : view.colourBy;
  const { kinds, tieTypes, area, cluster, sizeBy, anonymous, selected } = view;
  // Switching tabs or typing must not redraw 20,000 ties: the scene holds only what the reducers read.
  const shown = useMemo(() => ({ sizeBy, anonymous, selected }), [sizeBy, anonymous, selected]);
  const filter = useMemo(() => ({ year, kinds, tieTypes, area, cluster }), [year, kinds, tieTypes, area, cluster]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the graph is synced in place; `layoutRevision` tells it changed.
  const matches = useMemo(() => {
    if (normaliseForSearch(view.search) === "") return undefined;
    const found = new Set<string>();
    graph.forEachNode((id, node) => {
      if (matchesSearch(node, view.search)) found.add(id);
    });
    return found;
  }, [graph, view.search, layoutRevision]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the graph is synced in place; `layoutRevision` tells it changed.
  const present = useMemo(
    () => onScreen(graph, (id) => analysed.get(id)?.community, professionals, filter),
    [graph, analysed, professionals, filter, layoutRevision],
  );
  const focusId = hovered ?? keyboardFocus ?? view.selected;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the graph is synced in place; `layoutRevision` tells it changed.
  const focus = useMemo(() => {
    if (focusId === undefined || !graph.hasNode(focusId)) return undefined;
    // Someone absent in the chosen year cannot be a focus: the rest of the map must not fade.
    if (year !== undefined && !isActiveIn(graph.getNodeAttributes(focusId), year)) return undefined;
    return new Set([focusId, ...model.neighbours(focusId)]);
  }, [focusId, graph, model.neighbours, year, layoutRevision]);

  const scene: Scene = useMemo(
    () => ({
      view: shown,
      filter,
      colourBy,
      analysis: analysed,
      professionals,
      largestCentrality: largest,
      matches,
      focus,
      focusId,
      hideEdges: layoutRunning && isBigNetwork(graph),
      fresh: model.fresh,
      hiddenNames: model.hiddenNames,
      clusterColours: model.clusterColours,
    }),
    [
      shown,
      filter,
      colourBy,
      analysed,
      professionals,
      largest,
      matches,
      focus,
      focusId,
      layoutRunning,
      graph,
      model.fresh,
      model.hiddenNames,
      model.clusterColours,
    ],
  );
  const legend = useMemo(
    () =>
      legendModel(
        colourBy,
        analysis?.communities ?? [],
        view.sizeBy,
        t,
        model.clusterName,
        present,
        model.clusterColours,
      ),
    [colourBy, view.sizeBy, analysis, t, model.clusterName, present, model.clusterColours],
  );
  const title = year === undefined ? t("export.titleAll") : t("export.titleYear", { year });

  return (
    <SigmaCanvas
      graph={graph}
      scene={scene}
      beside={
        <>
          <Legend model={legend} />
          <ActorList ids={present.ids} onFocusActor={setKeyboardFocus} />
        </>
      }
    >
      <AppearanceController scene={scene} />
      <InteractionController onHover={setHovered} onSelect={onSelect} />
      <DragToTie />
      <CameraController focusId={keyboardFocus ?? view.selected} follow={layoutRunning} />
      <LayoutController
        graph={graph}
        revision={layoutRevision}
        running={layoutRunning}
        onRunningChange={setLayoutRunning}
      />
      {children}
      <ExportToolbar
        legend={legend}
        title={title}
        fileStem={`weave-${year ?? "all"}`}
        layoutRunning={layoutRunning}
        onLayoutToggle={() => setLayoutRunning((running) => !running)}
      />
    </SigmaCanvas>
  );
}
