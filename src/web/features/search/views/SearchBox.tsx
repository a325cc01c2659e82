import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { ShowMore, useShownRows } from "../../../app/ShowMore.js";
import { select, setSearch } from "../../view/state.js";
import { searchActors } from "../state.js";
import "../search.css";

/** Finds people, groups and places by name, gift or interest; the graph lights up what it finds. */
export function SearchBox() {
  const { t } = useTranslation();
  const model = useExplorer();
  const listId = useId();
  const { network, view, update } = model;
  const results = useMemo(() => searchActors(network.actors, view.search), [network, view.search]);
  const [shown, showMore] = useShownRows();
  return (
    <search className="search">
      <label>
        <span className="visually-hidden">{t("search.label")}</span>
        <input
          type="search"
          value={view.search}
          placeholder={t("search.placeholder")}
          onChange={(event) => update(setSearch(event.target.value))}
          aria-controls={listId}
          data-testid="search"
        />
      </label>
      {view.search !== "" && (
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
