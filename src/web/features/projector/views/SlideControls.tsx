import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { slideFrom, slidePosition, slideStep } from "../../saved-views/state.js";
import { useSavedViews } from "../../saved-views/views/SavedViewsProvider.js";

/** A field the arrow keys work in; not a checkbox, so the arrows still step after "Hide names" is ticked. */
function takesKeys(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !["checkbox", "button", "submit", "reset"].includes(target.type);
  return target.isContentEditable || ["TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The saved views as slides: Left/Right and PageUp/PageDown (what presenter clickers send) step
 * through them, with "3 / 7 — name" and two buttons for a mouse.
 */
export function SlideControls() {
  const { t } = useTranslation();
  const { view } = useExplorer();
  const saved = useSavedViews();
  const views = saved.views ?? [];
  const current = view.savedView;
  const { open } = saved;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const step = slideStep(event.key);
      // The keyboard's actor list takes arrows and pages for itself (and says so by preventDefault).
      if (step === undefined || event.defaultPrevented || takesKeys(event.target)) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const next = slideFrom(views, current, step);
      if (next === undefined) return;
      event.preventDefault();
      open(next);
    };
    globalThis.addEventListener("keydown", onKeyDown);
    return () => globalThis.removeEventListener("keydown", onKeyDown);
  }, [views, current, open]);

  if (views.length === 0) return null;
  const position = slidePosition(views, current);
  const previous = slideFrom(views, current, -1);
  const next = slideFrom(views, current, 1);
  return (
    <nav className="slides" aria-label={t("projector.slides")}>
      <button
        type="button"
        onClick={() => previous !== undefined && open(previous)}
        disabled={previous === undefined}
        aria-label={t("projector.previous")}
      >
        ←
      </button>
      <span className="slide-position" data-testid="slide-position" aria-live="polite">
        {position === undefined ? t("projector.slideCount", { count: views.length }) : t("projector.slide", position)}
      </span>
      <button
        type="button"
        onClick={() => next !== undefined && open(next)}
        disabled={next === undefined}
        aria-label={t("projector.next")}
      >
        →
      </button>
    </nav>
  );
}
