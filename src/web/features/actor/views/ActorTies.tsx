import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { select } from "../../view/state.js";
import { type TieReading, tieReadingKey, tieReadings } from "../state.js";

/** Names per line before "show all": a group's card can list dozens of members. */
const NAMES_SHOWN = 12;

/**
 * The ties of the actor active in the chosen year, each line read from this actor's side in the tie's
 * true direction ("leads Weverskoor", "led by Femke Mulder"), every name a link to the other end.
 */
export function ActorTies({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const readings = tieReadings(id, model.network.ties, model.year)
    .map((reading) => ({
      ...reading,
      others: reading.others
        .filter((other) => model.actor(other) !== undefined)
        .sort((a, b) => model.nameOf(a).localeCompare(model.nameOf(b))),
    }))
    .filter((reading) => reading.others.length > 0);
  const count = new Set(readings.flatMap((reading) => reading.others)).size;
  return (
    <section aria-labelledby="actor-ties-title">
      <h3 id="actor-ties-title">{t("card.ties", { count })}</h3>
      {readings.length === 0 ? (
        <p>{t("card.noTies")}</p>
      ) : (
        <ul className="tie-list" data-testid="actor-ties">
          {readings.map((reading) => (
            <TieLine key={tieReadingKey(reading)} reading={reading} />
          ))}
        </ul>
      )}
    </section>
  );
}

function TieLine({ reading }: { readonly reading: TieReading }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const [all, setAll] = useState(false);
  const shown = all ? reading.others : reading.others.slice(0, NAMES_SHOWN);
  return (
    <li data-tie={tieReadingKey(reading)}>
      <span className="muted">{t(tieReadingKey(reading))}</span>{" "}
      {shown.map((other, i) => (
        <span key={other}>
          <button type="button" className="link" onClick={() => model.update(select(other))}>
            {model.nameOf(other)}
          </button>
          {i < shown.length - 1 && ", "}
        </span>
      ))}
      {shown.length < reading.others.length && (
        <>
          {" "}
          <button type="button" className="show-more" onClick={() => setAll(true)}>
            {t("list.showMore", { count: reading.others.length - shown.length, total: reading.others.length })}
          </button>
        </>
      )}
    </li>
  );
}
