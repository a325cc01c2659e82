// The global sheet first: the feature sheets the views import come after it and may refine it.
import "./styles.css";
import { lazy, StrictMode, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { ErrorBoundary } from "./app/ErrorBoundary.js";
import { queryToView } from "./features/view/url.js";
import { joinCodeOf } from "./features/workshop/state.js";
import { initI18n, rememberedLanguage } from "./i18n.js";

// Two pages in separate chunks: a participant's phone opening /join/<code> never downloads the map.
const App = lazy(() => import("./app/App.js").then((module) => ({ default: module.App })));
const JoinApp = lazy(() =>
  import("./features/workshop/join/JoinApp.js").then((module) => ({ default: module.JoinApp })),
);

initI18n(queryToView(globalThis.location.search, rememberedLanguage()).language);

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
const joinCode = joinCodeOf(globalThis.location.pathname);
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary scope="page">
      <Suspense fallback={null}>{joinCode === undefined ? <App /> : <JoinApp typedCode={joinCode} />}</Suspense>
    </ErrorBoundary>
  </StrictMode>,
);
