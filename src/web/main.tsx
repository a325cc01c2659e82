import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.js";
import { queryToView } from "./features/view/url.js";
import { initI18n, rememberedLanguage } from "./i18n.js";
import "./styles.css";

initI18n(queryToView(globalThis.location.search, rememberedLanguage()).language);

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
