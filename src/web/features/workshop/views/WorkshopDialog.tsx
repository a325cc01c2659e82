import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { closeWorkshop, fetchWorkshop, listWorkshops, type Workshop, type WorkshopEntry } from "../api.js";
import { onlyThisComputer } from "../state.js";
import "../workshop.css";
import { EntryReview } from "./EntryReview.js";
import { JoinDisplay } from "./JoinDisplay.js";
import { OpenWorkshopForm } from "./OpenWorkshopForm.js";
import { useWorkshopEvents } from "./use-workshop-events.js";

interface Detail {
  readonly workshop: Workshop;
  readonly entries: readonly WorkshopEntry[];
}

/** The facilitator's panel: the open workshop (or a form to open one), its join screen, its entries. */
export function WorkshopDialog({ onClose }: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const [workshops, setWorkshops] = useState<readonly Workshop[]>();
  const [chosen, choose] = useState<string>();
  const [detail, setDetail] = useState<Detail>();
  const [error, setError] = useState<unknown>();
  const [showJoin, setShowJoin] = useState(false);
  const [confirmClose, setConfirmClose] = useState(false);
  // The one chosen, else the open one (a facilitator coming back mid-workshop lands on it), else the latest.
  const shownId = chosen ?? workshops?.find((workshop) => workshop.status === "open")?.id ?? workshops?.[0]?.id;

  const refresh = useCallback(async () => {
    try {
      setWorkshops(await listWorkshops());
      setError(undefined);
    } catch (caught) {
      setError(caught);
    }
  }, []);
  useEffect(() => {
    void refresh();
  }, [refresh]);

  const refreshDetail = useCallback(async () => {
    if (shownId === undefined) return setDetail(undefined);
    try {
      setDetail(await fetchWorkshop(shownId));
    } catch (caught) {
      setError(caught);
    }
  }, [shownId]);
  useEffect(() => {
    void refreshDetail();
  }, [refreshDetail]);

  useWorkshopEvents(() => {
    void refresh();
    void refreshDetail();
  });

  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    element?.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    return () => element?.close();
  }, []);

  const close = async (id: string) => {
    try {
      await closeWorkshop(id);
      // It stays on screen: reviewing and merging come after closing.
      choose(id);
      setConfirmClose(false);
      await refresh();
      await refreshDetail();
    } catch (caught) {
      setError(caught);
    }
  };

  const shown = detail?.workshop.id === shownId ? detail : undefined;
  const others = (workshops ?? []).filter((workshop) => workshop.id !== shownId);
  const anyOpen = workshops?.some((workshop) => workshop.status === "open") ?? true;
  return (
    <dialog
      ref={dialog}
      className="edit-dialog workshop-dialog"
      aria-labelledby="workshop-dialog-title"
      data-testid="workshop-panel"
      onCancel={(event) => {
        event.preventDefault();
        if (!showJoin) onClose();
      }}
    >
      <header className="edit-dialog-header">
        <h2 id="workshop-dialog-title">{t("workshop.title")}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t("edit.close")}>
          ×
        </button>
      </header>
      {error !== undefined && <ErrorMessage error={error} />}
      {workshops === undefined && error === undefined && <p>{t("app.loading")}</p>}
      {shown !== undefined && (
        <section className="workshop-shown" aria-labelledby="workshop-shown-title" data-testid="workshop-shown">
          <h3 id="workshop-shown-title">
            {shown.workshop.title} <span className="muted">{shown.workshop.date}</span>
          </h3>
          <p data-testid="workshop-status">
            <span className={`workshop-status workshop-status-${shown.workshop.status}`}>
              {t(`workshop.status.${shown.workshop.status}`)}
            </span>{" "}
            {shown.workshop.status === "open" && (
              <>
                {t("workshop.codeIs")} <strong className="workshop-code">{shown.workshop.code}</strong>
                {" · "}
              </>
            )}
            <span data-testid="workshop-participants">
              {t("workshop.participants", { count: shown.workshop.participants })}
            </span>
            {" · "}
            <span data-testid="workshop-added">
              {t("workshop.added", {
                people: t("workshop.people", { count: shown.workshop.added.actors }),
                ties: t("workshop.ties", { count: shown.workshop.added.ties }),
              })}
            </span>
          </p>
          {shown.workshop.status === "open" && onlyThisComputer(globalThis.location.hostname) && (
            <p className="workshop-warning" data-testid="workshop-loopback">
              {t("workshop.loopback", { host: globalThis.location.host })}
            </p>
          )}
          {shown.workshop.status === "open" && (
            <div className="workshop-actions">
              <button type="button" className="primary" onClick={() => setShowJoin(true)} data-testid="show-join">
                {t("workshop.showJoin")}
              </button>
              {confirmClose ? (
                <>
                  <span role="alert">{t("workshop.closeExplain")}</span>
                  <button
                    type="button"
                    onClick={() => void close(shown.workshop.id)}
                    data-testid="workshop-close-confirm"
                  >
                    {t("workshop.closeConfirm")}
                  </button>
                  <button type="button" onClick={() => setConfirmClose(false)}>
                    {t("workshop.cancel")}
                  </button>
                </>
              ) : (
                <button type="button" onClick={() => setConfirmClose(true)} data-testid="workshop-close">
                  {t("workshop.close")}
                </button>
              )}
            </div>
          )}
          <h4>{t("workshop.review.title")}</h4>
          <EntryReview workshopId={shown.workshop.id} entries={shown.entries} onMerged={() => void refreshDetail()} />
          {showJoin && <JoinDisplay workshop={shown.workshop} onClose={() => setShowJoin(false)} />}
        </section>
      )}
      {/* After the shown workshop: once one is closed, reviewing it comes before opening the next. */}
      {workshops !== undefined && !anyOpen && (
        <OpenWorkshopForm
          onOpened={(workshop) => {
            choose(workshop.id);
            void refresh();
          }}
        />
      )}
      {others.length > 0 && (
        <section aria-labelledby="workshop-others-title">
          <h4 id="workshop-others-title">{t("workshop.others")}</h4>
          <ul className="workshop-others">
            {others.map((workshop) => (
              <li key={workshop.id}>
                <button type="button" className="link" onClick={() => choose(workshop.id)}>
                  {workshop.title}
                </button>{" "}
                <span className="muted">
                  {workshop.date} · {t(`workshop.status.${workshop.status}`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </dialog>
  );
}
