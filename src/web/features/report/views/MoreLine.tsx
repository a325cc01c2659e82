import { useTranslation } from "react-i18next";

/** "… and 187 more, all in the appendix": what a cut list says where it is cut. */
export function MoreLine({ count, as: Tag = "p" }: { readonly count: number; readonly as?: "p" | "li" }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <Tag className="more" data-testid="report-more">
      {t("report.more", { count })}
    </Tag>
  );
}
