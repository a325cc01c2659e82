import { useTranslation } from "react-i18next";

/** The words of the report in plain language, for readers who never opened the explorer. */
export const GLOSSARY_TERMS = [
  "actor",
  "tie",
  "cluster",
  "connector",
  "bridging",
  "isolated",
  "peripheral",
  "serviceDependent",
  "thinBridge",
  "professional",
  "institutionShare",
  "cutOff",
] as const;

export function Glossary() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="report-glossary" className="report-glossary" data-testid="report-glossary">
      <h2 id="report-glossary">{t("glossary.title")}</h2>
      <dl>
        {GLOSSARY_TERMS.map((term) => (
          <div key={term} className="glossary-entry">
            <dt>{t(`glossary.${term}.term`)}</dt>
            <dd>{t(`glossary.${term}.explain`)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
