// The global sheet first: the feature sheets the views import come after it and may refine it.
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import { ErrorBoundary } from "./app/ErrorBoundary.js";
import { queryToView } from "./features/view/url.js";
import { initI18n, rememberedLanguage } from "./i18n.js";

initI18n(queryToView(globalThis.location.search, rememberedLanguage()).language);

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary scope="page">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
