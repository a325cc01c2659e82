import { Component, type ErrorInfo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import "./app.css";

interface ErrorBoundaryProps {
  /** The whole page, or one part of it (a panel, the card, the map) that may fail alone. */
  readonly scope: "page" | "part";
  readonly children: ReactNode;
}

/**
 * Catches a render error below it and shows a sentence with a reload button in its place, so one
 * broken panel leaves the rest of the page working instead of blanking it.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <Failed scope={this.props.scope} /> : this.props.children;
  }
}

function Failed({ scope }: { readonly scope: ErrorBoundaryProps["scope"] }) {
  const { t } = useTranslation();
  return (
    <div className={`failed failed-${scope}`} role="alert" data-testid={`failed-${scope}`}>
      <p>{scope === "page" ? t("failure.page") : t("failure.part")}</p>
      <button type="button" onClick={() => globalThis.location.reload()}>
        {t("failure.reload")}
      </button>
    </div>
  );
}
