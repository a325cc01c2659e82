import { useExplorer } from "../../../app/explorer-model.js";
import { setAnonymous } from "../state.js";

/** The switch that hides residents' names (pseudonyms), shared by the appearance options, the report and the projector. */
export function AnonymousToggle({ label }: { label: string }) {
  const { view, update } = useExplorer();
  return (
    <label className="check">
      <input
        type="checkbox"
        checked={view.anonymous}
        onChange={(event) => update(setAnonymous(event.target.checked))}
      />
      {label}
    </label>
  );
}
