import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, type FieldProblem } from "../../../api/client.js";

/** Where a save on the phone is: its field problems stay beside the fields until the next try. */
export type SaveState =
  | { readonly status: "idle" | "saving" | "saved" | "busy" | "offline" }
  | { readonly status: "refused"; readonly issues: readonly FieldProblem[] };

/**
 * A failed save as the form shows it; undefined when the code itself no longer works (closed,
 * expired, unknown, or this phone is not in the workshop), which the whole page says instead.
 */
export function saveStateOf(caught: unknown): SaveState | undefined {
  if (!(caught instanceof ApiError)) return { status: "refused", issues: [] };
  if (caught.status === 429) return { status: "busy" };
  if (caught.status === 0) return { status: "offline" };
  if (caught.status === 400)
    return { status: "refused", issues: caught.issues.length > 0 ? caught.issues : [{ message: caught.message }] };
  if ([401, 403, 404, 410].includes(caught.status)) return undefined;
  return { status: "refused", issues: [{ message: caught.message }] };
}

/**
 * A form's save state; `save(work)` runs one save through it, and `failed(caught)` takes any other
 * failed request of the form: a code that no longer works goes to `onRefused`, the rest stays here.
 */
export function useSaveState(onRefused: (caught: unknown) => void) {
  const [saving, setSaving] = useState<SaveState>({ status: "idle" });
  const failed = useCallback(
    (caught: unknown) => {
      const next = saveStateOf(caught);
      if (next === undefined) onRefused(caught);
      else setSaving(next);
    },
    [onRefused],
  );
  const save = async (work: () => Promise<void>) => {
    setSaving({ status: "saving" });
    try {
      await work();
      setSaving({ status: "saved" });
    } catch (caught) {
      failed(caught);
    }
  };
  return { saving, save, failed };
}

export function SaveNote({ state }: { readonly state: SaveState }) {
  const { t } = useTranslation();
  if (state.status === "saved") {
    return (
      <p className="join-saved" role="status" data-testid="save-note">
        {t("join.saved")}
      </p>
    );
  }
  if (state.status === "busy" || state.status === "offline") {
    return (
      <p className="error" role="alert" data-testid="save-note">
        {t(`join.${state.status}`)}
      </p>
    );
  }
  return null;
}
