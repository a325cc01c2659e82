import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemsByField } from "../../edit/actor-form.js";
import { Field, problemProps } from "../../edit/views/Field.js";
import { fetchMe, type Me, saveProfile } from "../join-api.js";
import { PROFILE_FIELDS, profileDraftOf, profileOf } from "./profile.js";
import { SaveNote, useSaveState } from "./SaveNote.js";

interface ProfileFormProps {
  readonly code: string;
  readonly me: Me;
  readonly onSaved: (me: Me) => void;
  readonly onRefused: (caught: unknown) => void;
}

/** "Add yourself": a name or nickname, area, gifts, interests, and whether the map may show the name. */
export function ProfileForm({ code, me, onSaved, onRefused }: ProfileFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => profileDraftOf(me.actor));
  const { saving, save } = useSaveState(onRefused);
  const problems = saving.status === "refused" ? problemsByField(saving.issues, PROFILE_FIELDS) : new Map();
  const edit = (field: keyof typeof draft) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [field]: event.target.value });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save(async () => {
      await saveProfile(code, profileOf(draft));
      onSaved(await fetchMe(code));
    });
  };

  return (
    <form className="join-form" onSubmit={submit} noValidate aria-labelledby="profile-title" data-testid="profile-form">
      <h2 id="profile-title">{me.actor === undefined ? t("join.profile.addTitle") : t("join.profile.editTitle")}</h2>
      <Field
        id="join-name"
        label={t("join.profile.name")}
        problems={problems.get("name")}
        hint={t("join.profile.nameHint")}
      >
        <input
          {...problemProps("join-name", problems.get("name"))}
          value={draft.name}
          onChange={edit("name")}
          autoComplete="nickname"
          maxLength={200}
          required
        />
      </Field>
      <Field
        id="join-area"
        label={t("join.profile.area")}
        problems={problems.get("area")}
        hint={t("join.profile.areaHint")}
      >
        <input
          {...problemProps("join-area", problems.get("area"))}
          value={draft.area}
          onChange={edit("area")}
          maxLength={200}
        />
      </Field>
      <Field
        id="join-gifts"
        label={t("join.profile.gifts")}
        problems={problems.get("gifts")}
        hint={t("join.profile.tagsHint")}
      >
        <input {...problemProps("join-gifts", problems.get("gifts"))} value={draft.gifts} onChange={edit("gifts")} />
      </Field>
      <Field
        id="join-interests"
        label={t("join.profile.interests")}
        problems={problems.get("interests")}
        hint={t("join.profile.tagsHint")}
      >
        <input
          {...problemProps("join-interests", problems.get("interests"))}
          value={draft.interests}
          onChange={edit("interests")}
        />
      </Field>
      <fieldset className="join-consent" aria-describedby="join-consent-explain">
        <legend>{t("join.profile.consent")}</legend>
        <p id="join-consent-explain" className="join-explain">
          {t("join.profile.consentExplain")}
        </p>
        {(["yes", "no"] as const).map((choice) => (
          <label key={choice} className="join-choice">
            <input
              type="radio"
              name="join-consent"
              value={choice}
              checked={draft.consent === choice}
              onChange={() => setDraft({ ...draft, consent: choice })}
            />
            <span>{t(`join.profile.consent_${choice}`)}</span>
          </label>
        ))}
        {problems.get("consent") !== undefined && (
          <p className="field-problem" role="alert">
            {problems.get("consent")?.join(" ")}
          </p>
        )}
      </fieldset>
      {problems.get("") !== undefined && (
        <p className="field-problem" role="alert">
          {problems.get("")?.join(" ")}
        </p>
      )}
      <button type="submit" className="join-primary" disabled={saving.status === "saving"} data-testid="profile-save">
        {me.actor === undefined ? t("join.profile.add") : t("join.save")}
      </button>
      <SaveNote state={saving} />
    </form>
  );
}
