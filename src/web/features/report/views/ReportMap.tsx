import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { professionalsIn } from "../../../../analysis/professionals.js";
import { useAnalysis, useExplorer } from "../../../app/explorer-model.js";
import { renderPng } from "../../export/png.js";
import { largestCentrality, type Scene } from "../../graph/appearance.js";
import { legendModel } from "../../graph/legend.js";
import { AppearanceController } from "../../graph/views/AppearanceController.js";
import { LayoutController } from "../../graph/views/LayoutController.js";
import { Legend } from "../../graph/views/Legend.js";
import { SigmaCanvas } from "../../graph/views/SigmaCanvas.js";
import { useSigma } from "../../graph/views/sigma-context.js";

function asDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error("the map could not be read"));
    reader.readAsDataURL(blob);
  });
}

/**
 * The map of the chosen year as a picture (a WebGL canvas does not print), with its legend beside it.
 * The map is drawn off screen by its own sigma, after the layout has had its few seconds, with the
 * explorer's colours and the view's names (pseudonyms when names are hidden), then copied by the
 * PNG export.
 */
export function ReportMap() {
  const { t } = useTranslation();
  const model = useExplorer();
  const analysis = useAnalysis();
  const { graph, view, year } = model;
  const [layoutRunning, setLayoutRunning] = useState(graph.order > 0);
  const [picture, setPicture] = useState<string>();
  const scene: Scene = useMemo(
    () => ({
      view: { sizeBy: view.sizeBy, anonymous: view.anonymous, selected: undefined },
      filter: { year, kinds: [], tieTypes: [], area: undefined, cluster: undefined },
      colourBy: view.colourBy,
      analysis: new Map(analysis.actors.map((actor) => [actor.id, actor])),
      largestCentrality: largestCentrality(analysis.actors, view.sizeBy),
      matches: undefined,
      focus: undefined,
      focusId: undefined,
      hideEdges: false,
      professionals: professionalsIn(model.network, year),
      hiddenNames: model.hiddenNames,
      clusterColours: model.clusterColours,
    }),
    [
      view.sizeBy,
      view.anonymous,
      view.colourBy,
      year,
      analysis,
      model.network,
      model.hiddenNames,
      model.clusterColours,
    ],
  );
  // A copy made for other names or another year must not stay on the page meanwhile.
  // biome-ignore lint/correctness/useExhaustiveDependencies: cleared whenever the scene changes.
  useEffect(() => setPicture(undefined), [scene]);
  const legend = useMemo(
    () =>
      legendModel(
        view.colourBy,
        analysis.communities,
        view.sizeBy,
        t,
        model.clusterName,
        undefined,
        model.clusterColours,
      ),
    [view.colourBy, view.sizeBy, analysis, t, model.clusterName, model.clusterColours],
  );
  return (
    <section aria-labelledby="report-map" className="report-map-section">
      <h2 id="report-map">{year === undefined ? t("report.mapAll") : t("report.mapYear", { year })}</h2>
      <div className="report-map" data-testid="report-map">
        {picture === undefined ? (
          <p className="report-map-waiting" aria-busy="true">
            {t("report.mapDrawing")}
          </p>
        ) : (
          <img
            src={picture}
            alt={year === undefined ? t("report.mapAll") : t("report.mapYear", { year })}
            data-testid="report-map-image"
          />
        )}
        <div className="report-legend">
          <Legend model={legend} />
        </div>
      </div>
      <div className="report-map-stage no-print" aria-hidden="true">
        <SigmaCanvas graph={graph} scene={scene}>
          <AppearanceController scene={scene} />
          <LayoutController graph={graph} revision={1} running={layoutRunning} onRunningChange={setLayoutRunning} />
          {!layoutRunning && <Snapshot scene={scene} onPicture={setPicture} />}
        </SigmaCanvas>
      </div>
    </section>
  );
}

/** Copies the map once drawn with `scene`, and again whenever the scene changes. */
function Snapshot({ scene, onPicture }: { readonly scene: Scene; readonly onPicture: (url: string) => void }) {
  const sigma = useSigma();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new scene means new reducers, so a new copy.
  useEffect(() => {
    if (sigma === undefined) return;
    let current = true;
    // After the reducers of this scene are installed (AppearanceController runs its effect first).
    const frame = requestAnimationFrame(() => {
      void renderPng(sigma, undefined, "")
        .then(asDataUrl)
        .then((url) => {
          if (current) onPicture(url);
        });
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
    };
  }, [sigma, scene, onPicture]);
  return null;
}
