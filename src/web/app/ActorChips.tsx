import { select } from "../features/view/state.js";
import { useExplorer } from "./explorer-model.js";

/** Actors as chips that open their card, named as the view shows names. */
export function ActorChips({ ids }: { readonly ids: readonly string[] }) {
  const model = useExplorer();
  return (
    <p className="involved">
      {ids.map((id) => (
        <button key={id} type="button" className="chip" onClick={() => model.update(select(id))}>
          {model.nameOf(id)}
        </button>
      ))}
    </p>
  );
}
