import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ViewProducer, ViewState } from "../features/view/state.js";
import { queryToView, viewToQuery } from "../features/view/url.js";
import { rememberedLanguage, rememberLanguage } from "../i18n.js";

/** The view, read from the URL at start and written back on every change, so links reopen it. */
export function useViewState(): [ViewState, (producer: ViewProducer) => void] {
  const { i18n } = useTranslation();
  const [view, setView] = useState(() => queryToView(globalThis.location.search, rememberedLanguage()));
  const update = useCallback((producer: ViewProducer) => setView(producer), []);

  useEffect(() => {
    const query = viewToQuery(view);
    const url = `${globalThis.location.pathname}${query === "" ? "" : `?${query}`}`;
    globalThis.history.replaceState(null, "", url);
  }, [view]);

  useEffect(() => {
    rememberLanguage(view.language);
    void i18n.changeLanguage(view.language);
    document.documentElement.lang = view.language;
  }, [view.language, i18n]);

  useEffect(() => {
    const onPopState = () => setView(queryToView(globalThis.location.search, rememberedLanguage()));
    globalThis.addEventListener("popstate", onPopState);
    return () => globalThis.removeEventListener("popstate", onPopState);
  }, []);

  return [view, update];
}
