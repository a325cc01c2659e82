import { useExplorer } from "../../../app/explorer-model.js";
import { useEditor } from "../editor.js";
import { ActorForm } from "./ActorForm.js";
import { TieForm } from "./TieForm.js";
import { TiesForm } from "./TiesForm.js";

/** The one open form, if any. */
export function EditForms() {
  const { form } = useEditor();
  const model = useExplorer();
  if (form === undefined) return null;
  switch (form.form) {
    case "actor":
      return <ActorForm key={form.id ?? "new"} actor={form.id === undefined ? undefined : model.actor(form.id)} />;
    case "tie":
      return <TieForm key={`${form.first}-${form.second}`} first={form.first} second={form.second} />;
    case "ties":
      return <TiesForm id={form.id} />;
  }
}
