import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { whatChanged } from "../state.js";

export function WhatChanged({ year }: { readonly year: number }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const changes = useMemo(() => whatChanged(model.network, year), [model.network, year]);
  if (changes === undefined) return null;
  const pair = ([source, target]: [string, string]) => `${model.nameOf(source)} – ${model.nameOf(target)}`;
  return (
    <section aria-labelledby="changes-title" data-testid="what-changed">
      <h3 id="changes-title">{t("years.changedTitle", { year })}</h3>
      {changes.previous === null ? (
        <p data-testid="baseline-year">{t("years.baseline", { year })}</p>
      ) : (
        <ul className="change-list">
          <li>{t("years.tiesAdded", { count: changes.tiesMade.length })}</li>
          <li>{t("years.tiesEnded", { count: changes.tiesLost.length })}</li>
          <li>{t("years.joined", { count: changes.joined.length })}</li>
          <li>{t("years.left", { count: changes.left.length })}</li>
        </ul>
      )}
      {changes.groupsLinked.length > 0 && (
        <>
          <h4>{t("years.newGroupLinks")}</h4>
          <ul className="change-list">
            {changes.groupsLinked.map((link) => (
              <li key={link.join("|")}>{pair(link)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
