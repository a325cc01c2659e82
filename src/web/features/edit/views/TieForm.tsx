import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { problemsByField } from "../actor-form.js";
import { useEditor } from "../editor.js";
import { newTieBody, tieChoices, WEIGHTS } from "../tie-form.js";
import { ActorPicker } from "./ActorPicker.js";
import { Field, problemProps } from "./Field.js";
import { FormDialog } from "./FormDialog.js";

const FIELDS = ["source", "target", "type", "since", "weight", "note"];

/** A new tie between two picked actors, offering only the types their kinds allow. */
export function TieForm({
  first: firstAtStart,
  second: secondAtStart,
}: {
  readonly first?: string;
  readonly second?: string;
}) {
  const { t } = useTranslation();
  const model = useExplorer();
  const editor = useEditor();
  const [first, setFirst] = useState(firstAtStart);
  const [second, setSecond] = useState(secondAtStart);
  const [typeIndex, setTypeIndex] = useState(0);
  const [since, setSince] = useState(String(model.year ?? new Date().getFullYear()));
  const [weight, setWeight] = useState(2);
  const [note, setNote] = useState("");
  const [failure, setFailure] = useState<unknown>();
  const close = () => editor.openForm(undefined);
  const firstKind = first === undefined ? undefined : model.actor(first)?.kind;
  const secondKind = second === undefined ? undefined : model.actor(second)?.kind;
  const choices = firstKind === undefined || secondKind === undefined ? [] : tieChoices(firstKind, secondKind);
  const choice = choices[Math.min(typeIndex, choices.length - 1)];
  const problems = failure instanceof ApiError ? problemsByField(failure.issues, FIELDS) : new Map();
  // The pair is shown as picked, so the ends' problems belong to the pickers.
  const endProblems = (index: 0 | 1) => {
    const field = choice?.reversed === (index === 0) ? "target" : "source";
    return problems.get(field);
  };

  const save = async () => {
    if (first === undefined || second === undefined || choice === undefined) return;
    try {
      await editor.addTie(newTieBody({ first, second, choice, since, weight, note }));
      close();
    } catch (caught) {
      setFailure(caught);
    }
  };

  return (
    <FormDialog title={t("edit.tie.addTitle")} testId="tie-form" onClose={close} onSubmit={save}>
      <div className="edit-grid">
        <ActorPicker
          label={t("edit.tie.first")}
          testId="tie-first"
          chosen={first}
          onChoose={setFirst}
          problems={endProblems(0)}
        />
        <ActorPicker
          label={t("edit.tie.second")}
          testId="tie-second"
          chosen={second}
          onChoose={setSecond}
          problems={endProblems(1)}
        />
        {first !== undefined && second !== undefined && choices.length === 0 && (
          <p className="field-problem" data-testid="tie-no-types">
            {t("edit.tie.noTypes", {
              first: t(`kind.one.${firstKind ?? "resident"}`),
              second: t(`kind.one.${secondKind ?? "resident"}`),
            })}
          </p>
        )}
        {choices.length > 0 && (
          <Field id="tie-type" label={t("edit.tie.type")} problems={problems.get("type")}>
            <select
              {...problemProps("tie-type", problems.get("type"))}
              value={Math.min(typeIndex, choices.length - 1)}
              onChange={(event) => setTypeIndex(Number(event.target.value))}
            >
              {choices.map((option, index) => {
                const [from, to] = option.reversed ? [second, first] : [first, second];
                return (
                  <option key={option.type} value={index}>
                    {`${model.nameOf(from ?? "")} ${t(`tie.${option.type}`)} ${model.nameOf(to ?? "")}`}
                  </option>
                );
              })}
            </select>
          </Field>
        )}
        <Field id="tie-since" label={t("edit.tie.since")} problems={problems.get("since")}>
          <input
            {...problemProps("tie-since", problems.get("since"))}
            inputMode="numeric"
            value={since}
            onChange={(event) => setSince(event.target.value)}
          />
        </Field>
        <fieldset className="edit-weight">
          <legend>{t("edit.tie.weight")}</legend>
          {WEIGHTS.map((option) => (
            <label key={option.weight} className="inline">
              <input
                type="radio"
                name="weight"
                value={option.weight}
                checked={weight === option.weight}
                onChange={() => setWeight(option.weight)}
              />
              {t(`edit.weight.${option.name}`)}
            </label>
          ))}
        </fieldset>
        <Field id="tie-note" label={t("edit.tie.note")} problems={problems.get("note")}>
          <input
            {...problemProps("tie-note", problems.get("note"))}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Field>
      </div>
      {failure !== undefined && <ErrorMessage error={failure} />}
      <footer className="edit-actions">
        <button type="submit" className="primary" disabled={choice === undefined} data-testid="tie-save">
          {t("edit.tie.add")}
        </button>
        <button type="button" onClick={close}>
          {t("edit.cancel")}
        </button>
      </footer>
    </FormDialog>
  );
}
