import { useTranslation } from "react-i18next";
import type { LiveStatus } from "../api/event-stream.js";
import { EditToolbar } from "../features/edit/views/EditToolbar.js";
import { ImportButton } from "../features/import/views/ImportButton.js";
import { ProjectorButton } from "../features/projector/views/ProjectorButton.js";
import { SavedViewsMenu } from "../features/saved-views/views/SavedViewsMenu.js";
import { SearchBox } from "../features/search/views/SearchBox.js";
import type { SessionAnswer } from "../features/session/state.js";
import { SessionStatus } from "../features/session/views/SessionStatus.js";
import { type Language, setLanguage, setReport } from "../features/view/state.js";
import { WorkshopButton } from "../features/workshop/views/WorkshopButton.js";
import { useExplorer } from "./explorer-model.js";
import { HeaderMenu } from "./HeaderMenu.js";

interface HeaderProps {
  readonly live: LiveStatus;
  readonly session: SessionAnswer | undefined;
  readonly onLoggedOut: () => void;
}

export function Header({ live, session, onLoggedOut }: HeaderProps) {
  const { t } = useTranslation();
  const model = useExplorer();
  const { view, update } = model;
  const figures = model.counts;
  return (
    <header className="app-header">
      <h1 className="brand">Weave</h1>
      <p className="counts" data-testid="counts" aria-live="polite">
        <span data-testid="count-actors">{t("header.actors", { count: figures.actors })}</span>
        {" · "}
        <span data-testid="count-ties">{t("header.ties", { count: figures.ties })}</span>
        {" · "}
        <span>{model.year === undefined ? t("years.all") : t("years.asOf", { year: model.year })}</span>
        {model.analysing && (
          <span className="muted" data-testid="analysis-status">
            {" · "}
            {t("analysis.computing")}
          </span>
        )}
        {model.updating && (
          <span className="muted" data-testid="analysis-updating">
            {" · "}
            {t("analysis.updating")}
          </span>
        )}
      </p>
      <SearchBox />
      <EditToolbar />
      <WorkshopButton />
      <span className={`live live-${live}`} title={t(`live.${live}`)}>
        {t(`live.${live}`)}
      </span>
      <SavedViewsMenu />
      <ProjectorButton />
      <HeaderMenu>
        <ImportButton />
        <button type="button" onClick={() => update(setReport(true))} data-testid="open-report">
          {t("report.open")}
        </button>
        <SessionStatus session={session} onLoggedOut={onLoggedOut} />
      </HeaderMenu>
      <label className="language">
        <span className="visually-hidden">{t("header.language")}</span>
        <select
          value={view.language}
          onChange={(event) => update(setLanguage(event.target.value as Language))}
          data-testid="language"
        >
          <option value="en">English</option>
          <option value="nl">Nederlands</option>
        </select>
      </label>
    </header>
  );
}
