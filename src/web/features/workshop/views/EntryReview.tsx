import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { ActorPicker } from "../../edit/views/ActorPicker.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { mergeEntry, type WorkshopEntry } from "../api.js";

interface EntryReviewProps {
  readonly workshopId: string;
  readonly entries: readonly WorkshopEntry[];
  readonly onMerged: () => void;
}

/** What each participant added, and "this is Jan de Vries": merging their new actor into an existing one. */
export function EntryReview({ workshopId, entries, onMerged }: EntryReviewProps) {
  const { t } = useTranslation();
  const [merging, setMerging] = useState<string>();
  const [done, setDone] = useState<{ readonly into: string; readonly tiesMoved: number }>();
  // A merged entry points at the existing actor now, which is not the workshop's to merge again.
  const [merged, setMerged] = useState<ReadonlySet<string>>(new Set());
  if (entries.length === 0) return <p className="muted">{t("workshop.review.empty")}</p>;
  return (
    <>
      {done !== undefined && <MergedNote {...done} />}
      <ol className="workshop-entries" data-testid="workshop-entries">
        {entries.map((entry, index) => (
          <li key={entry.participantId} data-testid="workshop-entry">
            <div className="workshop-entry-line">
              <strong>{entry.actorName ?? t("join.participantN", { number: index + 1 })}</strong>
              <span className="muted">
                {entry.actorId === undefined
                  ? t("workshop.review.notAdded")
                  : t("workshop.review.ties", { count: entry.ties.length })}
              </span>
              {entry.actorId !== undefined && merging !== entry.participantId && !merged.has(entry.participantId) && (
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    setMerging(entry.participantId);
                    setDone(undefined);
                  }}
                  data-testid="merge-start"
                >
                  {t("workshop.merge.start")}
                </button>
              )}
            </div>
            {entry.actorId !== undefined && merging === entry.participantId && (
              <MergeForm
                workshopId={workshopId}
                actorId={entry.actorId}
                name={entry.actorName ?? t("join.participantN", { number: index + 1 })}
                onCancel={() => setMerging(undefined)}
                onMerged={(into, tiesMoved) => {
                  setMerging(undefined);
                  setMerged(new Set(merged).add(entry.participantId));
                  setDone({ into, tiesMoved });
                  onMerged();
                }}
              />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function MergedNote({ into, tiesMoved }: { readonly into: string; readonly tiesMoved: number }) {
  const { t } = useTranslation();
  const model = useExplorer();
  return (
    <p className="workshop-merged" role="status" data-testid="merge-done">
      {t("workshop.merge.done", { name: model.nameOf(into), count: tiesMoved })}
    </p>
  );
}

interface MergeFormProps {
  readonly workshopId: string;
  readonly actorId: string;
  readonly name: string;
  readonly onCancel: () => void;
  readonly onMerged: (into: string, tiesMoved: number) => void;
}

/** Pick the existing actor with the tie form's picker, read what will happen, then confirm. */
function MergeForm({ workshopId, actorId, name, onCancel, onMerged }: MergeFormProps) {
  const { t } = useTranslation();
  const model = useExplorer();
  const [into, setInto] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const same = into === actorId;
  const merge = async () => {
    if (into === undefined || same) return;
    setBusy(true);
    try {
      const { tiesMoved } = await mergeEntry(workshopId, actorId, into);
      onMerged(into, tiesMoved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="workshop-merge" data-testid="merge-form">
      <ActorPicker
        label={t("workshop.merge.into", { name })}
        testId="merge-into"
        chosen={into}
        onChoose={setInto}
        problems={same ? [t("workshop.merge.same")] : undefined}
      />
      {into !== undefined && !same && (
        <p className="workshop-merge-explain">{t("workshop.merge.explain", { name, into: model.nameOf(into) })}</p>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="workshop-actions">
        <button
          type="button"
          className="primary"
          disabled={into === undefined || same || busy}
          onClick={() => void merge()}
          data-testid="merge-confirm"
        >
          {t("workshop.merge.confirm")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("workshop.cancel")}
        </button>
      </div>
    </div>
  );
}
