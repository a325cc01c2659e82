import { type KeyboardEvent, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { ShowMore, useShownRows } from "../../../app/ShowMore.js";
import { select, setSearch } from "../../view/state.js";
import { searchActors } from "../state.js";
import "../search.css";

/**
 * Finds people, groups and places by name, gift or interest; the graph lights up what it finds.
 * Enter opens the best match; Escape, or a card opening, closes the list (the map stays lit).
 */
export function SearchBox() {
  const { t } = useTranslation();
  const model = useExplorer();
  const listId = useId();
  const { network, view, update } = model;
  const results = useMemo(() => searchActors(network.actors, view.search), [network, view.search]);
  const [shown, showMore] = useShownRows();
  const [closed, setClosed] = useState(false);
  // A card opening, from here or anywhere else, puts the list away.
  useEffect(() => {
    if (view.selected !== undefined) setClosed(true);
  }, [view.selected]);
  const open = view.search !== "" && !closed;
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" && results[0] !== undefined) {
      setClosed(true);
      update(select(results[0].id));
    } else if (event.key === "Escape" && open) {
      // Only the list: the card behind it stays open for the next Escape.
      event.preventDefault();
      event.stopPropagation();
      setClosed(true);
    }
  };
  return (
    <search className="search">
      <label>
        <span className="visually-hidden">{t("search.label")}</span>
        <input
          type="search"
          value={view.search}
          placeholder={t("search.placeholder")}
          onChange={(event) => {
            setClosed(false);
            update(setSearch(event.target.value));
          }}
          onKeyDown={onKeyDown}
          onFocus={() => setClosed(false)}
          aria-controls={open ? listId : undefined}
          data-testid="search"
        />
      </label>
      {open && (
        <ul id={listId} className="search-results" aria-label={t("search.results", { count: results.length })}>
          {results.length === 0 && <li className="muted">{t("search.nothing")}</li>}
          {results.slice(0, shown).map((actor) => (
            <li key={actor.id}>
              <button type="button" className="link" onClick={() => update(select(actor.id))}>
                {model.nameOf(actor.id)}
              </button>{" "}
              <span className="muted">
                {t(`kind.one.${model.analysed(actor.id)?.professional ? "professional" : actor.kind}`)}
              </span>
            </li>
          ))}
          {results.length > shown && (
            <li>
              <ShowMore shown={shown} total={results.length} onMore={showMore} />
            </li>
          )}
        </ul>
      )}
    </search>
  );
}
