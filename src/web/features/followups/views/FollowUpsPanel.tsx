import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { FOLLOW_UP_STATUSES, type FollowUp, type FollowUpStatus } from "../../../../model/index.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { select } from "../../view/state.js";
import { addFollowUpNote, FOLLOW_UPS_CSV_URL, updateFollowUp } from "../api.js";
import {
  countByStatus,
  type FollowUpListState,
  followUpsToShow,
  INITIAL_LIST_STATE,
  isOverdue,
  localDate,
  setScope,
  setStatusFilter,
} from "../state.js";
import { announceFollowUpsChanged, useFollowUps, useWhoAmI } from "../use-follow-ups.js";
import "../followups.css";

/** Mine or everyone's, by status, overdue first; editors change the status and add notes here. */
export function FollowUpsPanel() {
  const { t } = useTranslation();
  const model = useExplorer();
  const { followUps, error } = useFollowUps(model.network);
  const me = useWhoAmI();
  const [state, setState] = useState<FollowUpListState>(INITIAL_LIST_STATE);
  const today = localDate(new Date());
  const shown = useMemo(
    () => followUpsToShow(followUps ?? [], state, me.name, today),
    [followUps, state, me.name, today],
  );
  const counts = useMemo(() => countByStatus(followUps ?? [], state.scope, me.name), [followUps, state.scope, me.name]);
  return (
    <section aria-labelledby="followups-title" data-testid="followups-panel">
      <h2 id="followups-title">{t("followups.title")}</h2>
      <p className="panel-intro">{t("followups.intro")}</p>
      <div className="follow-up-controls">
        <fieldset className="segmented">
          <legend className="visually-hidden">{t("followups.scope")}</legend>
          {(["mine", "everyone"] as const).map((scope) => (
            <label key={scope}>
              <input
                type="radio"
                name="follow-up-scope"
                checked={state.scope === scope}
                onChange={() => setState(setScope(scope))}
                data-testid={`followups-scope-${scope}`}
              />{" "}
              {scope === "mine" ? t("followups.mine") : t("followups.everyone")}
            </label>
          ))}
        </fieldset>
        <label>
          {t("followups.statusFilter")}{" "}
          <select
            value={state.status ?? ""}
            onChange={(event) =>
              setState(setStatusFilter(event.target.value === "" ? undefined : (event.target.value as FollowUpStatus)))
            }
            data-testid="followups-status-filter"
          >
            <option value="">{t("followups.allStatuses")}</option>
            {FOLLOW_UP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`followups.status.${status}`)} ({counts.get(status) ?? 0})
              </option>
            ))}
          </select>
        </label>
        <a href={FOLLOW_UPS_CSV_URL} download data-testid="followups-csv">
          {t("followups.downloadCsv")}
        </a>
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
      {followUps === undefined && error === undefined && <p className="computing">{t("followups.loading")}</p>}
      {followUps !== undefined && shown.length === 0 && <p>{t("followups.none")}</p>}
      <ul className="follow-up-list" data-testid="followups-list">
        {shown.map((followUp) => (
          <FollowUpItem
            key={followUp.id}
            followUp={followUp}
            overdue={isOverdue(followUp, today)}
            canWrite={me.canWrite}
            onSelect={(id) => model.update(select(id))}
          />
        ))}
      </ul>
    </section>
  );
}

interface FollowUpItemProps {
  readonly followUp: FollowUp;
  readonly overdue: boolean;
  readonly canWrite: boolean;
  readonly onSelect: (id: string) => void;
}

function FollowUpItem({ followUp, overdue, canWrite, onSelect }: FollowUpItemProps) {
  const { t } = useTranslation();
  const model = useExplorer();
  const [error, setError] = useState<unknown>(undefined);
  const [note, setNote] = useState("");
  const write = (work: Promise<unknown>) =>
    work.then(
      () => {
        setError(undefined);
        announceFollowUpsChanged();
      },
      (failure: unknown) => setError(failure),
    );
  const submitNote = (event: FormEvent) => {
    event.preventDefault();
    if (note.trim() === "") return;
    write(addFollowUpNote(followUp.id, note.trim()).then(() => setNote("")));
  };
  const lastNote = followUp.notes.at(-1);
  return (
    <li data-testid="followup-item" data-status={followUp.status} data-follow-up-id={followUp.id}>
      <p>
        {followUp.about.map((id, index) => (
          <span key={id}>
            {index > 0 && " – "}
            <button type="button" className="link" onClick={() => onSelect(id)}>
              {model.nameOf(id)}
            </button>
          </span>
        ))}
        {followUp.tie !== undefined && <span className="muted"> ({t(`tie.${followUp.tie.type}`)})</span>}
      </p>
      <p className="muted">
        {canWrite ? (
          <select
            className="follow-up-status"
            aria-label={t("followups.statusOf")}
            value={followUp.status}
            onChange={(event) => write(updateFollowUp(followUp.id, { status: event.target.value as FollowUpStatus }))}
            data-testid="followup-status"
          >
            {FOLLOW_UP_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`followups.status.${status}`)}
              </option>
            ))}
          </select>
        ) : (
          <strong data-testid="followup-status">{t(`followups.status.${followUp.status}`)}</strong>
        )}{" "}
        · {t("followups.assignee", { name: followUp.assignee })}
        {followUp.due !== undefined && (
          <>
            {" · "}
            <span className={overdue ? "overdue" : undefined}>
              {overdue ? t("followups.overdue", { date: followUp.due }) : t("followups.due", { date: followUp.due })}
            </span>
          </>
        )}
      </p>
      {lastNote !== undefined && (
        <p className="follow-up-notes">
          {lastNote.at.slice(0, 10)}: {lastNote.code === "closed_by_tie" ? t("followups.closedByTie") : lastNote.text}
        </p>
      )}
      {canWrite && (
        <form className="follow-up-note-form" onSubmit={submitNote}>
          <input
            value={note}
            onChange={(event) => setNote(event.target.value)}
            aria-label={t("followups.note")}
            placeholder={t("followups.note")}
          />
          <button type="submit" className="chip">
            {t("followups.addNote")}
          </button>
        </form>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
    </li>
  );
}
