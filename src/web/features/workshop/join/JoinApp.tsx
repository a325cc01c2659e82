import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { rememberLanguage } from "../../../i18n.js";
import type { Language } from "../../view/state.js";
import "./join.css";
import { LinksForm } from "./LinksForm.js";
import { ProfileForm } from "./ProfileForm.js";
import { Refused } from "./Refused.js";
import { useJoin } from "./use-join.js";

/** The language switch of the phone page: the explorer's two languages, remembered on this phone. */
function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = i18n.language === "nl" ? "nl" : "en";
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <label className="join-language">
      <span className="visually-hidden">{t("header.language")}</span>
      <select
        value={language}
        data-testid="language"
        onChange={(event) => {
          const next = event.target.value as Language;
          rememberLanguage(next);
          void i18n.changeLanguage(next);
        }}
      >
        <option value="en">English</option>
        <option value="nl">Nederlands</option>
      </select>
    </label>
  );
}

/** The page a participant's phone opens from the workshop's code: no account, only their own entries. */
export function JoinApp({ typedCode }: { readonly typedCode: string }) {
  const { t } = useTranslation();
  const { state, code, joinNow, refuse, setMe } = useJoin(typedCode);
  const title = state.step === "welcome" || state.step === "in" ? state.workshop.title : undefined;
  useEffect(() => {
    document.title = title === undefined ? "Weave" : `${title} · Weave`;
  }, [title]);
  return (
    <div className="join-page">
      <header className="join-header">
        <span className="join-brand">Weave</span>
        <LanguageSwitch />
      </header>
      <main className="join-main" aria-busy={state.step === "checking"}>
        {state.step === "checking" && <p>{t("app.loading")}</p>}
        {state.step === "refused" && <Refused refusal={state.refusal} />}
        {state.step === "welcome" && (
          <section aria-labelledby="join-title">
            <h1 id="join-title">{state.workshop.title}</h1>
            <p className="join-lead">{t("join.welcome")}</p>
            <button
              type="button"
              className="join-primary"
              onClick={joinNow}
              disabled={state.joining}
              data-testid="join-now"
            >
              {t("join.joinButton")}
            </button>
            <p className="muted">{t("join.noAccount")}</p>
          </section>
        )}
        {state.step === "in" && code !== undefined && (
          <>
            <h1>{state.workshop.title}</h1>
            <ProfileForm code={code} me={state.me} onSaved={setMe} onRefused={refuse} />
            <LinksForm code={code} me={state.me} onSaved={setMe} onRefused={refuse} />
          </>
        )}
      </main>
    </div>
  );
}
