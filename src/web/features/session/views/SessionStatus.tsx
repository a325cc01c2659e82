import { useState } from "react";
import { useTranslation } from "react-i18next";
import { logout, type SessionAnswer } from "../state.js";
import { ErrorMessage } from "./ErrorMessage.js";
import "../session.css";

interface SessionStatusProps {
  readonly session: SessionAnswer | undefined;
  readonly onLoggedOut: () => void;
}

/** Who is logged in, and the way out; nothing on an open server, where nobody logs in. */
export function SessionStatus({ session, onLoggedOut }: SessionStatusProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<unknown>();
  const user = session?.user;
  if (session === undefined || session.open === true || user === undefined || user === null) return null;
  return (
    <div className="session" data-testid="session">
      <span data-testid="session-user">{t("session.loggedInAs", { name: user.name })}</span>{" "}
      <button
        type="button"
        data-testid="logout"
        onClick={() =>
          logout()
            .then(onLoggedOut)
            .catch((caught: unknown) => setError(caught))
        }
      >
        {t("session.logout")}
      </button>
      {error !== undefined && <ErrorMessage error={error} />}
    </div>
  );
}
