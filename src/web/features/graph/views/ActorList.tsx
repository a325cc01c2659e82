import { type KeyboardEvent, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { select } from "../../view/state.js";

interface ActorListProps {
  /** The actors drawn on the map. */
  readonly ids: readonly string[];
  /** The actor the keyboard is on: the map highlights them and their ties, as on hover. */
  readonly onFocusActor: (id: string | undefined) => void;
}

const PAGE = 10;

/**
 * The map by keyboard: one focusable list of who is drawn. The arrow keys move the map's focus from
 * actor to actor, Enter opens the card, as a click on the map does.
 */
export function ActorList({ ids: drawn, onFocusActor }: ActorListProps) {
  const { t } = useTranslation();
  const model = useExplorer();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const { nameOf } = model;
  // In the order of the names as shown: with names hidden, the order of the real names would leak them.
  const ids = useMemo(
    () => (open ? [...drawn].sort((a, b) => nameOf(a).localeCompare(nameOf(b))) : drawn),
    [open, drawn, nameOf],
  );
  const [active, setActive] = useState(0);
  const index = Math.min(active, ids.length - 1);
  const activeId = ids[index];

  useEffect(() => {
    if (!open || activeId === undefined) return;
    document.getElementById(`${listId}-${index}`)?.scrollIntoView({ block: "nearest" });
  }, [open, activeId, index, listId]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
      Home: 0,
      End: ids.length - 1,
    };
    const next = moves[event.key];
    if (next !== undefined) {
      event.preventDefault();
      const clamped = Math.max(0, Math.min(ids.length - 1, next));
      setActive(clamped);
      onFocusActor(ids[clamped]);
    } else if ((event.key === "Enter" || event.key === " ") && activeId !== undefined) {
      event.preventDefault();
      model.update(select(activeId));
    }
  };

  return (
    <details className="actor-list" onToggle={(event) => setOpen(event.currentTarget.open)} data-testid="actor-list">
      <summary>{t("graph.actorList", { count: ids.length })}</summary>
      {open && (
        <>
          <p className="muted actor-list-help" id={`${listId}-help`}>
            {t("graph.actorListHelp")}
          </p>
          <div
            role="listbox"
            className="actor-list-box"
            tabIndex={0}
            aria-label={t("graph.actorList", { count: ids.length })}
            aria-describedby={`${listId}-help`}
            aria-activedescendant={activeId === undefined ? undefined : `${listId}-${index}`}
            onKeyDown={onKeyDown}
            onFocus={() => onFocusActor(activeId)}
            onBlur={() => onFocusActor(undefined)}
          >
            {ids.map((id, position) => (
              // biome-ignore lint/a11y/useKeyWithClickEvents: the list's own keys choose, see onKeyDown.
              <div
                key={id}
                id={`${listId}-${position}`}
                role="option"
                tabIndex={-1}
                aria-selected={position === index}
                className={position === index ? "active" : undefined}
                onClick={() => {
                  setActive(position);
                  model.update(select(id));
                }}
              >
                {model.nameOf(id)}
              </div>
            ))}
          </div>
        </>
      )}
    </details>
  );
}
