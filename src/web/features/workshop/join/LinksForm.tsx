import { type FormEvent, useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { type Choices, fetchChoices, type Links, type Me, saveLinks } from "../join-api.js";
import { type LINK_LISTS, participantLabel, toggled } from "../state.js";
import { SaveNote, useSaveState } from "./SaveNote.js";

interface LinksFormProps {
  readonly code: string;
  readonly me: Me;
  readonly onSaved: (me: Me) => void;
  readonly onRefused: (caught: unknown) => void;
}

interface Checklist {
  readonly list: (typeof LINK_LISTS)[number];
  readonly items: readonly { readonly id: string; readonly label: string }[];
}

/** Alphabetical, so a name is found on a long list; "Participant 2" before "Participant 10". */
function sortedList(list: Checklist["list"], items: Checklist["items"]): Checklist {
  return { list, items: [...items].sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true })) };
}

/** Which groups and places they take part in, and which fellow participants they know. */
export function LinksForm({ code, me, onSaved, onRefused }: LinksFormProps) {
  const { t } = useTranslation();
  const [choices, setChoices] = useState<Choices>();
  const [links, setLinks] = useState<Links>({ groups: me.groups, places: me.places, knows: me.knows });
  const { saving, save, failed } = useSaveState(onRefused);
  const added = me.actor !== undefined;

  const reload = useCallback(() => {
    fetchChoices(code).then(setChoices, failed);
  }, [code, failed]);
  // Fellow participants keep arriving: the list is asked again once they are in, and on coming back to the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `added` is the moment the list becomes theirs to use.
  useEffect(() => {
    reload();
    window.addEventListener("focus", reload);
    return () => window.removeEventListener("focus", reload);
  }, [reload, added]);

  if (!added) {
    return (
      <section className="join-form" aria-labelledby="links-title">
        <h2 id="links-title">{t("join.links.title")}</h2>
        <p className="muted">{t("join.links.addYourselfFirst")}</p>
      </section>
    );
  }

  const checklists: Checklist[] =
    choices === undefined
      ? []
      : [
          sortedList(
            "groups",
            choices.groups.map(({ id, name }) => ({ id, label: name })),
          ),
          sortedList(
            "places",
            choices.places.map(({ id, name }) => ({ id, label: name })),
          ),
          sortedList(
            "knows",
            choices.participants
              .filter((fellow) => fellow.participantId !== me.participantId)
              .map((fellow) => ({
                id: fellow.participantId,
                label: participantLabel(fellow, (number) => t("join.participantN", { number })),
              })),
          ),
        ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await save(async () => {
      const saved = await saveLinks(code, links);
      onSaved(saved);
      setLinks({ groups: saved.groups, places: saved.places, knows: saved.knows });
    });
  };

  return (
    <form className="join-form" onSubmit={submit} noValidate aria-labelledby="links-title" data-testid="links-form">
      <h2 id="links-title">{t("join.links.title")}</h2>
      {choices === undefined && <p>{t("app.loading")}</p>}
      {checklists.map(({ list, items }) => (
        <fieldset key={list} className="join-checklist" data-testid={`checklist-${list}`}>
          <legend>{t(`join.links.${list}`)}</legend>
          {items.length === 0 && <p className="muted">{t(`join.links.none.${list}`)}</p>}
          {items.map((item) => (
            <label key={item.id} className="join-choice">
              <input
                type="checkbox"
                checked={links[list].includes(item.id)}
                onChange={(event) =>
                  setLinks({ ...links, [list]: toggled(links[list], item.id, event.target.checked) })
                }
              />
              <span>{item.label}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="link join-refresh" onClick={reload} data-testid="choices-refresh">
        {t("join.links.refresh")}
      </button>
      <button type="submit" className="join-primary" disabled={saving.status === "saving"} data-testid="links-save">
        {t("join.save")}
      </button>
      {saving.status === "refused" && (
        <p className="field-problem" role="alert">
          {saving.issues.map((issue) => issue.message).join(" ")}
        </p>
      )}
      <SaveNote state={saving} />
    </form>
  );
}
