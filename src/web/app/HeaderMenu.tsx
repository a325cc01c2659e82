import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

/**
 * "More": the header's rarely used buttons (import, report, who is logged in) behind one
 * disclosure, so the header keeps to one line on a 1280 px projector. A native <details>, so it
 * opens by keyboard; Escape and a click elsewhere close it. It stays open while a dialog opened
 * from it is up: a modal inside a closed <details> would not be drawn.
 */
export function HeaderMenu({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const menu = useRef<HTMLDetailsElement>(null);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const element = menu.current;
      if (element === null || !element.open || element.contains(event.target as Node)) return;
      if (element.querySelector("dialog[open]") !== null) return;
      element.open = false;
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    const element = menu.current;
    if (event.key !== "Escape" || element === null || !element.open) return;
    if (element.querySelector("dialog[open]") !== null) return;
    element.open = false;
    element.querySelector("summary")?.focus();
  };

  return (
    <details className="header-menu" data-testid="header-menu" ref={menu} onKeyDown={onKeyDown}>
      <summary>{t("header.more")}</summary>
      <div className="header-menu-panel">{children}</div>
    </details>
  );
}
