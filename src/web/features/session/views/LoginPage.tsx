import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { login } from "../state.js";
import { ErrorMessage } from "./ErrorMessage.js";
import "../session.css";

/** Shown when the server answers 401: the API needs a login before it shows anyone's data. */
export function LoginPage({ onLoggedIn }: { readonly onLoggedIn: () => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    login(username, password)
      .then(onLoggedIn)
      .catch((caught: unknown) => setError(caught))
      .finally(() => setBusy(false));
  };

  return (
    <main className="login">
      <form onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t("login.title")}</h1>
        <p>{t("login.intro")}</p>
        <label className="field">
          {t("login.username")}
          <input
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            autoComplete="username"
            required
          />
        </label>
        <label className="field">
          {t("login.password")}
          <input
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            autoComplete="current-password"
            required
          />
        </label>
        {error !== undefined && <ErrorMessage error={error} />}
        <button type="submit" disabled={busy}>
          {t("login.submit")}
        </button>
      </form>
    </main>
  );
}
