import { useCallback, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ErrorBoundary } from "../../../app/ErrorBoundary.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { ActorCard } from "../../actor/views/ActorCard.js";
import { GraphView } from "../../graph/views/GraphView.js";
import { setProjector } from "../../view/state.js";
import { AnonymousToggle } from "../../view/views/AnonymousToggle.js";
import { FitToScreen } from "./FitToScreen.js";
import { ProjectorLabels } from "./ProjectorLabels.js";
import { SlideControls } from "./SlideControls.js";
import { useFullscreen } from "./use-fullscreen.js";
import { WorkshopCounter } from "./WorkshopCounter.js";
import "../projector.css";

/**
 * The map for a room: full screen, high contrast, large labels, fitted to the screen, no sidebar,
 * the legend beside the map. Names can be hidden (downloads hide them too), the open workshop's
 * counter and join code show, and the saved views step by like slides.
 */
export function ProjectorView({ layoutRevision }: { readonly layoutRevision: number }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const { view, update } = model;
  const fullscreen = useFullscreen();
  const { exit } = fullscreen;
  const leave = useCallback(() => {
    exit();
    update(setProjector(false));
  }, [exit, update]);

  // Escape leaves full screen (the browser does that); once out of it, Escape leaves the projector.
  const cardOpen = view.selected !== undefined;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented || cardOpen || document.fullscreenElement !== null) return;
      if (document.querySelector("dialog[open]") !== null) return;
      leave();
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [cardOpen, leave]);

  return (
    <div className="projector" data-testid="projector">
      <header className="projector-bar">
        <h1 className="brand">Weave</h1>
        <WorkshopCounter />
        <SlideControls />
        <div className="projector-actions">
          <AnonymousToggle label={t("projector.hideNames")} />
          <button
            type="button"
            onClick={fullscreen.active ? fullscreen.exit : fullscreen.enter}
            data-testid="projector-fullscreen"
          >
            {fullscreen.active ? t("projector.leaveFullscreen") : t("projector.fullscreen")}
          </button>
          <button type="button" onClick={leave} data-testid="leave-projector">
            {t("projector.leave")}
          </button>
        </div>
      </header>
      <main className="projector-map">
        <ErrorBoundary scope="part">
          <GraphView layoutRevision={layoutRevision}>
            <ProjectorLabels />
            <FitToScreen enabled={!cardOpen} />
          </GraphView>
        </ErrorBoundary>
        {cardOpen && view.selected !== undefined && model.actor(view.selected) !== undefined && (
          <ErrorBoundary key={view.selected} scope="part">
            <ActorCard id={view.selected} />
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}
