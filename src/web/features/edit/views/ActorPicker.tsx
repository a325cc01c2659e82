import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { searchActors } from "../../search/state.js";

interface ActorPickerProps {
  readonly label: string;
  readonly testId: string;
  readonly chosen: string | undefined;
  readonly onChoose: (id: string | undefined) => void;
  readonly problems: readonly string[] | undefined;
}

/** Picks an actor by typing part of the name: arrow keys or Tab to a result, Enter to take it. */
export function ActorPicker({ label, testId, chosen, onChoose, problems }: ActorPickerProps) {
  const { t } = useTranslation();
  const model = useExplorer();
  const [query, setQuery] = useState("");
  const id = useId();
  if (chosen !== undefined) {
    return (
      <div className="edit-field" data-testid={testId}>
        <span>{label}</span>
        <span className="edit-chosen">
          <strong data-testid={`${testId}-chosen`}>{model.nameOf(chosen)}</strong>{" "}
          <span className="muted">{t(`kind.one.${model.actor(chosen)?.kind ?? "resident"}`)}</span>{" "}
          <button type="button" className="link" onClick={() => onChoose(undefined)}>
            {t("edit.tie.change")}
          </button>
        </span>
        {problems !== undefined && <p className="field-problem">{problems.join(" ")}</p>}
      </div>
    );
  }
  const found = searchActors(model.network.actors, query, 8);
  return (
    <div className="edit-field" data-testid={testId}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        data-autofocus
        value={query}
        placeholder={t("edit.tie.searchPlaceholder")}
        autoComplete="off"
        onChange={(event) => setQuery(event.target.value)}
        onKeyDown={(event) => {
          const first = found[0];
          if (event.key === "Enter" && first !== undefined) {
            event.preventDefault();
            onChoose(first.id);
          }
        }}
      />
      {found.length > 0 && (
        <ul className="edit-results" aria-label={t("edit.tie.results")}>
          {found.map((actor) => (
            <li key={actor.id}>
              <button type="button" className="link" onClick={() => onChoose(actor.id)}>
                {model.nameOf(actor.id)}
              </button>{" "}
              <span className="muted">{t(`kind.one.${actor.kind}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {problems !== undefined && <p className="field-problem">{problems.join(" ")}</p>}
    </div>
  );
}
