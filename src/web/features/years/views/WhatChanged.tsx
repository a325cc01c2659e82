import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { whatChanged } from "../state.js";

export function WhatChanged({ year }: { readonly year: number }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const changes = whatChanged(model.network, year);
  const pair = (source: string, target: string) => `${model.nameOf(source)} – ${model.nameOf(target)}`;
  return (
    <section aria-labelledby="changes-title" data-testid="what-changed">
      <h3 id="changes-title">{t("years.changedTitle", { year })}</h3>
      <ul className="change-list">
        <li>{t("years.tiesAdded", { count: changes.tiesAdded.length })}</li>
        <li>{t("years.tiesEnded", { count: changes.tiesEnded.length })}</li>
        <li>{t("years.joined", { count: changes.joined.length })}</li>
        <li>{t("years.left", { count: changes.left.length })}</li>
      </ul>
      {changes.newGroupLinks.length > 0 && (
        <>
          <h4>{t("years.newGroupLinks")}</h4>
          <ul className="change-list">
            {changes.newGroupLinks.map((link) => (
              <li key={`${link.source}|${link.target}`}>{pair(link.source, link.target)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
