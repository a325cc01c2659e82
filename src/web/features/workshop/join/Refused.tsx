import { useTranslation } from "react-i18next";
import type { Refusal } from "../state.js";

/** A code that does not (or no longer) work, said plainly, with what to do next. */
export function Refused({ refusal }: { readonly refusal: Refusal }) {
  const { t } = useTranslation();
  return (
    <section className="join-refused" role="alert" data-testid="join-refused" data-refusal={refusal}>
      <h1>{t(`join.refused.${refusal}.title`)}</h1>
      <p>{t(`join.refused.${refusal}.explain`)}</p>
    </section>
  );
}
