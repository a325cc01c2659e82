import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { ImportProblem } from "../state.js";

/** Every problem the server found, each with its file or sheet, line and column. */
export function ProblemList({ problems }: { readonly problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  // The list appears below the preview: bring it into view, or a long preview hides the answer.
  useEffect(() => {
    list.current?.scrollIntoView({ block: "nearest" });
  }, []);
  const place = ({ file, line, column }: ImportProblem) => {
    if (file === undefined) return undefined;
    if (line === undefined) return t("import.placeFile", { file });
    if (column === undefined) return t("import.placeLine", { file, line });
    return t("import.place", { file, line, column });
  };
  return (
    <div ref={list} className="import-problems" role="alert" data-testid="import-problems">
      <p>{t("import.refused", { count: problems.length })}</p>
      <ul>
        {problems.map((problem, index) => {
          const where = place(problem);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is shown once and never reordered
            <li key={index}>
              {where !== undefined && <strong>{where}: </strong>}
              {problem.message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
