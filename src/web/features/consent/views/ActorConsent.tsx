import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useExplorer } from "../../../app/explorer-model.js";
import { useSession } from "../../session/use-session.js";
import { ErrorMessage } from "../../session/views/ErrorMessage.js";
import { consentStatus, recordConsent, today } from "../state.js";

/**
 * A resident's consent on their card, for admins only: what is recorded, and the two buttons that
 * record a new answer. The server shows other roles a pseudonym for anyone without a yes, and no
 * consent records at all; the live update after the write reloads the map.
 */
export function ActorConsent({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const model = useExplorer();
  const session = useSession(0);
  const [date, setDate] = useState(today);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const actor = model.actor(id);
  if (actor?.kind !== "resident" || session?.user?.role !== "admin") return null;
  const status = consentStatus(actor.consent);
  const record = (given: boolean) => {
    setSaving(true);
    setError(undefined);
    recordConsent(id, given, date).then(
      () => setSaving(false),
      (failure: unknown) => {
        setSaving(false);
        setError(failure);
      },
    );
  };
  return (
    <section aria-labelledby="actor-consent-title" data-testid="actor-consent">
      <h3 id="actor-consent-title">{t("consent.title")}</h3>
      <p data-testid="consent-status">{t(`consent.status.${status.key}`, { date: status.date })}</p>
      <p className="muted">{t("consent.hint")}</p>
      <div className="consent-record">
        <label>
          {t("consent.date")} <input type="date" value={date} onChange={(event) => setDate(event.target.value)} />
        </label>
        <button type="button" disabled={saving || date === ""} onClick={() => record(true)} data-testid="consent-yes">
          {t("consent.recordYes")}
        </button>
        <button type="button" disabled={saving || date === ""} onClick={() => record(false)} data-testid="consent-no">
          {t("consent.recordNo")}
        </button>
      </div>
      {error !== undefined && <ErrorMessage error={error} />}
    </section>
  );
}
