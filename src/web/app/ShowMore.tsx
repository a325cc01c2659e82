import { useState } from "react";
import { useTranslation } from "react-i18next";

/** Long lists draw this many rows at first: a big neighbourhood has hundreds of isolated residents. */
export const LIST_PAGE = 50;

/** How many rows of a list to draw, growing a page at a time. */
export function useShownRows(): [number, () => void] {
  const [shown, setShown] = useState(LIST_PAGE);
  return [shown, () => setShown((current) => current + LIST_PAGE)];
}

interface ShowMoreProps {
  readonly shown: number;
  readonly total: number;
  readonly onMore: () => void;
  readonly testId?: string;
}

export function ShowMore({ shown, total, onMore, testId }: ShowMoreProps) {
  const { t } = useTranslation();
  if (shown >= total) return null;
  return (
    <button type="button" className="show-more" onClick={onMore} data-testid={testId}>
      {t("list.showMore", { count: Math.min(LIST_PAGE, total - shown), total })}
    </button>
  );
}
