import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { GiftEntry } from "../../../../analysis/index.js";
import { useAnalysis } from "../../../app/explorer-model.js";
import { ShowMore, useShownRows } from "../../../app/ShowMore.js";
import { findGifts, giftsSummary } from "../state.js";
import "../gifts.css";
import { ActorChips } from "../../../app/ActorChips.js";

/** The gifts map: each gift, who can give it, who nearby wants it, and where it could be used. */
export function GiftsPanel() {
  const { t } = useTranslation();
  const analysis = useAnalysis();
  const [query, setQuery] = useState("");
  const gifts = useMemo(() => findGifts(analysis.gifts, query), [analysis, query]);
  const [shown, showMore] = useShownRows();
  return (
    <section aria-labelledby="gifts-title" data-testid="gifts-panel">
      <h2 id="gifts-title">{t("gifts.title")}</h2>
      <p className="panel-intro">{t("gifts.intro")}</p>
      <p className="muted">{t("gifts.summary", giftsSummary(analysis.gifts))}</p>
      <label className="field">
        {t("gifts.filter")}
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {analysis.gifts.length === 0 ? (
        <p>{t("gifts.none")}</p>
      ) : gifts.length === 0 ? (
        <p>{t("gifts.noMatch")}</p>
      ) : (
        <ul className="gift-list" data-testid="gift-list">
          {gifts.slice(0, shown).map((entry) => (
            <Gift key={entry.gift} entry={entry} />
          ))}
        </ul>
      )}
      <ShowMore shown={shown} total={gifts.length} onMore={showMore} />
    </section>
  );
}

function Gift({ entry }: { readonly entry: GiftEntry }) {
  const { t } = useTranslation();
  return (
    <li data-gift={entry.gift}>
      <details>
        <summary>
          <strong>{entry.gift}</strong>{" "}
          <span className="muted">
            {t("gifts.counts", {
              holders: entry.holders.length,
              nearby: entry.nearby.length,
              unmet: entry.unmet.length,
            })}
          </span>
        </summary>
        <People title={t("gifts.holders")} ids={entry.holders} />
        <People title={t("gifts.nearby")} ids={entry.nearby} />
        <People title={t("gifts.unmet")} ids={entry.unmet} />
        <People title={t("gifts.groups")} ids={entry.groups} />
      </details>
    </li>
  );
}

function People({ title, ids }: { readonly title: string; readonly ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return (
    <>
      <h4>
        {title} <span className="count">({ids.length})</span>
      </h4>
      <ActorChips ids={ids} />
    </>
  );
}
