import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ACTOR_KINDS, type Actor, isActorKind } from "../../../../model/index.js";
import { ApiError } from "../../../api/client.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { select } from "../../view/state.js";
import {
  type ActorDraft,
  actorPatch,
  type ConsentChoice,
  draftOf,
  EMPTY_ACTOR_DRAFT,
  newActorBody,
  problemsByField,
} from "../actor-form.js";
import { useEditor } from "../editor.js";
import { CustomRows } from "./CustomRows.js";
import { EraseActor } from "./EraseActor.js";
import { Field, problemProps } from "./Field.js";
import { FormDialog } from "./FormDialog.js";

const FIELDS = ["name", "kind", "area", "gifts", "interests", "since", "until", "consent", "notes", "custom"];

/** Adds an actor, or changes every field of one; the server's refusals show beside their fields. */
export function ActorForm({ actor }: { readonly actor: Actor | undefined }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const editor = useEditor();
  const [draft, setDraft] = useState<ActorDraft>(actor === undefined ? EMPTY_ACTOR_DRAFT : draftOf(actor));
  const [failure, setFailure] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const problems = failure instanceof ApiError ? problemsByField(failure.issues, FIELDS) : new Map();
  const change = (fields: Partial<ActorDraft>) => setDraft((current) => ({ ...current, ...fields }));
  const close = () => editor.openForm(undefined);

  const save = async () => {
    setSaving(true);
    try {
      if (actor === undefined) {
        const created = await editor.addActor(newActorBody(draft));
        model.update(select(created.id));
      } else {
        await editor.updateActor(actor, actorPatch(actor, draft));
      }
      close();
    } catch (caught) {
      setFailure(caught);
    } finally {
      setSaving(false);
    }
  };

  const text = (field: "name" | "area" | "gifts" | "interests" | "since" | "until", hint?: string) => (
    <Field id={`actor-${field}`} label={t(`edit.actor.${field}`)} problems={problems.get(field)} hint={hint}>
      <input
        {...problemProps(`actor-${field}`, problems.get(field))}
        data-autofocus={field === "name" ? true : undefined}
        value={draft[field]}
        inputMode={field === "since" || field === "until" ? "numeric" : undefined}
        onChange={(event) => change({ [field]: event.target.value })}
      />
    </Field>
  );

  return (
    <FormDialog
      title={actor === undefined ? t("edit.actor.addTitle") : t("edit.actor.editTitle", { name: actor.name })}
      testId="actor-form"
      onClose={close}
      onSubmit={save}
    >
      <div className="edit-grid">
        {text("name")}
        <Field id="actor-kind" label={t("edit.actor.kind")} problems={problems.get("kind")}>
          <select
            {...problemProps("actor-kind", problems.get("kind"))}
            value={draft.kind}
            onChange={(event) => isActorKind(event.target.value) && change({ kind: event.target.value })}
          >
            {ACTOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.one.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        {text("area")}
        <div className="edit-years">
          {text("since")}
          {text("until")}
        </div>
        {text("gifts", t("edit.actor.tagsHint"))}
        {text("interests", t("edit.actor.tagsHint"))}
        {draft.kind === "resident" && (
          <fieldset
            className="edit-consent"
            aria-describedby={problems.has("consent") ? "actor-consent-problem" : undefined}
          >
            <legend>{t("edit.actor.consent")}</legend>
            {(["unknown", "yes", "no"] as const satisfies readonly ConsentChoice[]).map((choice) => (
              <label key={choice} className="inline">
                <input
                  type="radio"
                  name="consent"
                  value={choice}
                  checked={draft.consent === choice}
                  onChange={() => change({ consent: choice })}
                />
                {t(`edit.actor.consent_${choice}`)}
              </label>
            ))}
            {draft.consent !== "unknown" && (
              <Field id="actor-consent" label={t("edit.actor.consentDate")} problems={problems.get("consent")}>
                <input
                  {...problemProps("actor-consent", problems.get("consent"))}
                  type="date"
                  value={draft.consentDate}
                  onChange={(event) => change({ consentDate: event.target.value })}
                />
              </Field>
            )}
          </fieldset>
        )}
        <Field id="actor-notes" label={t("edit.actor.notes")} problems={problems.get("notes")}>
          <textarea
            {...problemProps("actor-notes", problems.get("notes"))}
            rows={2}
            value={draft.notes}
            onChange={(event) => change({ notes: event.target.value })}
          />
        </Field>
        <CustomRows rows={draft.custom} problems={problems.get("custom")} onChange={(custom) => change({ custom })} />
      </div>
      {/* A refusal with every problem beside its field needs no sentence of its own. */}
      {failure !== undefined && (problems.size === 0 || problems.has("")) && <ErrorMessage error={failure} />}
      {problems.has("") && <p className="field-problem">{problems.get("")?.join(" ")}</p>}
      <footer className="edit-actions">
        <button type="submit" className="primary" disabled={saving} data-testid="actor-save">
          {actor === undefined ? t("edit.actor.add") : t("edit.save")}
        </button>
        <button type="button" onClick={close}>
          {t("edit.cancel")}
        </button>
        {actor !== undefined && editor.canErase && <EraseActor actor={actor} onErased={close} />}
      </footer>
    </FormDialog>
  );
}
