import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Tie } from "../../../../model/index.js";
import { ApiError } from "../../../api/client.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { useEditor } from "../editor.js";
import { WEIGHTS } from "../tie-form.js";
import { FormDialog } from "./FormDialog.js";

/** Every tie of one actor, over all years: change its weight, end it in a year, or remove it. */
export function TiesForm({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const editor = useEditor();
  const ties = model.network.ties.filter((tie) => tie.source === id || tie.target === id);
  ties.sort((a, b) => model.nameOf(other(a, id)).localeCompare(model.nameOf(other(b, id))));
  return (
    <FormDialog
      title={t("edit.ties.title", { name: model.nameOf(id) })}
      testId="ties-form"
      onClose={() => editor.openForm(undefined)}
    >
      {ties.length === 0 ? (
        <p>{t("card.noTies")}</p>
      ) : (
        <ul className="edit-ties">
          {ties.map((tie) => (
            <TieRow key={tie.id} tie={tie} from={id} />
          ))}
        </ul>
      )}
      <footer className="edit-actions">
        <button type="button" onClick={() => editor.openForm({ form: "tie", first: id })}>
          {t("edit.tie.addTitle")}
        </button>
        <button type="button" onClick={() => editor.openForm(undefined)}>
          {t("edit.close")}
        </button>
      </footer>
    </FormDialog>
  );
}

function other(tie: Tie, id: string): string {
  return tie.source === id ? tie.target : tie.source;
}

function TieRow({ tie, from }: { readonly tie: Tie; readonly from: string }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const editor = useEditor();
  const [endYear, setEndYear] = useState(String(tie.until ?? model.year ?? new Date().getFullYear()));
  const [failure, setFailure] = useState<unknown>();
  const rowId = `tie-${tie.id.replace(/[^\w-]/g, "_")}`;
  const attempt = (write: Promise<void>) => write.then(() => setFailure(undefined)).catch(setFailure);
  const years = [
    tie.since === undefined ? "" : t("edit.ties.since", { since: tie.since }),
    tie.until === undefined ? "" : t("edit.ties.ended", { until: tie.until }),
  ]
    .filter(Boolean)
    .join(", ");
  const problem = failure instanceof ApiError ? failure.issues.map((issue) => issue.message).join(" ") : "";
  return (
    <li className="edit-tie" data-testid="edit-tie">
      <span>
        {t(`tie.${tie.type}`)} <strong>{model.nameOf(other(tie, from))}</strong> <span className="muted">{years}</span>
      </span>
      <label className="inline">
        <span className="visually-hidden">{t("edit.tie.weight")}</span>
        <select
          value={tie.weight}
          onChange={(event) => attempt(editor.updateTie(tie, { weight: Number(event.target.value) }))}
        >
          {WEIGHTS.map((option) => (
            <option key={option.weight} value={option.weight}>
              {t(`edit.weight.${option.name}`)}
            </option>
          ))}
        </select>
      </label>
      <span className="edit-end">
        <label htmlFor={`${rowId}-until`}>{t("edit.ties.endedIn")}</label>
        <input
          id={`${rowId}-until`}
          inputMode="numeric"
          size={5}
          value={endYear}
          aria-invalid={problem === "" ? undefined : true}
          aria-describedby={problem === "" ? undefined : `${rowId}-problem`}
          onChange={(event) => setEndYear(event.target.value)}
        />
        <button
          type="button"
          data-testid="tie-end"
          onClick={() => {
            const year = /^\d+$/.test(endYear.trim()) ? Number(endYear.trim()) : endYear;
            attempt(editor.updateTie(tie, { until: year }));
          }}
        >
          {t("edit.ties.end")}
        </button>
        {tie.until !== undefined && (
          <button type="button" onClick={() => attempt(editor.updateTie(tie, { until: null }))}>
            {t("edit.ties.reopen")}
          </button>
        )}
      </span>
      <button type="button" className="danger" data-testid="tie-remove" onClick={() => attempt(editor.removeTie(tie))}>
        {t("edit.ties.remove")}
      </button>
      {problem !== "" && (
        <p id={`${rowId}-problem`} className="field-problem" role="alert">
          {problem}
        </p>
      )}
      {failure !== undefined && problem === "" && <ErrorMessage error={failure} />}
    </li>
  );
}
