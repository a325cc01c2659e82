import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client.js";
import { errorKey } from "../state.js";

/** An API error as a sentence in the user's language, chosen by its stable code. */
export function ErrorMessage({ error }: { readonly error: unknown }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : "unexpected";
  return (
    <p className="error" role="alert">
      {t(errorKey(code))}
    </p>
  );
}
