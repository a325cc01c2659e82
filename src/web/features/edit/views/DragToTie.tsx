import { useEffect } from "react";
import { useSigma } from "../../graph/views/sigma-context.js";
import { useEditor } from "../editor.js";

/**
 * For editors: pressing on an actor and letting go on another opens the tie form for that pair.
 * While the pointer is held on an actor the map does not pan, so the gesture reads as a tie.
 */
export function DragToTie() {
  const sigma = useSigma();
  const { canEdit, openForm } = useEditor();
  useEffect(() => {
    if (sigma === undefined || !canEdit) return;
    let from: string | undefined;
    const container = sigma.getContainer();
    const onDown = ({ node }: { node: string }) => {
      from = node;
    };
    const onMove = ({ event }: { event: { preventSigmaDefault: () => void } }) => {
      if (from === undefined) return;
      container.style.cursor = "crosshair";
      event.preventSigmaDefault();
    };
    const onUpNode = ({ node }: { node: string }) => {
      const first = from;
      from = undefined;
      container.style.cursor = "";
      if (first !== undefined && first !== node) openForm({ form: "tie", first, second: node });
    };
    const onUpStage = () => {
      from = undefined;
      container.style.cursor = "";
    };
    sigma.on("downNode", onDown);
    sigma.on("moveBody", onMove);
    sigma.on("upNode", onUpNode);
    sigma.on("upStage", onUpStage);
    return () => {
      sigma.off("downNode", onDown);
      sigma.off("moveBody", onMove);
      sigma.off("upNode", onUpNode);
      sigma.off("upStage", onUpStage);
    };
  }, [sigma, canEdit, openForm]);
  return null;
}
