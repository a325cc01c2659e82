import { useTranslation } from "react-i18next";
import { isActiveIn } from "../../../../model/years.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { ShowMore, useShownRows } from "../../../app/ShowMore.js";
import { select } from "../../view/state.js";

/** The ties of the actor active in the chosen year, each a link to the other end. */
export function ActorTies({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const { year } = model;
  const rows = [...model.neighbours(id)].map((other) => {
    const edge = model.graph.edge(id, other);
    const ties = edge === undefined ? [] : model.graph.getEdgeAttributes(edge).ties;
    const types = [
      ...new Set(ties.filter((tie) => year === undefined || isActiveIn(tie, year)).map((tie) => tie.type)),
    ];
    return { other, types };
  });
  rows.sort((a, b) => model.nameOf(a.other).localeCompare(model.nameOf(b.other)));
  const [shown, showMore] = useShownRows();
  return (
    <section aria-labelledby="actor-ties-title">
      <h3 id="actor-ties-title">{t("card.ties", { count: rows.length })}</h3>
      {rows.length === 0 ? (
        <p>{t("card.noTies")}</p>
      ) : (
        <ul className="tie-list">
          {rows.slice(0, shown).map(({ other, types }) => (
            <li key={other}>
              <button type="button" className="link" onClick={() => model.update(select(other))}>
                {model.nameOf(other)}
              </button>{" "}
              <span className="muted">{types.map((type) => t(`tie.${type}`)).join(", ")}</span>
            </li>
          ))}
        </ul>
      )}
      <ShowMore shown={shown} total={rows.length} onMore={showMore} />
    </section>
  );
}
