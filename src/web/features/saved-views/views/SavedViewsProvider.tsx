import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import type { SavedView } from "../../../../model/index.js";
import { useExplorer } from "../../../app/explorer-model.js";
import { changeSavedView, createSavedView, deleteSavedView, fetchSavedViews } from "../api.js";
import { leaveSavedView, linkOpensSavedView, openSavedView, toSavedState } from "../state.js";

export interface SavedViews {
  /** Oldest first: the order of the slides. Undefined while loading. */
  readonly views: readonly SavedView[] | undefined;
  readonly error: unknown;
  readonly open: (view: SavedView) => void;
  /** Saves what the explorer shows now under `name`. */
  readonly save: (name: string) => Promise<void>;
  readonly rename: (id: string, name: string) => Promise<void>;
  readonly remove: (id: string) => Promise<void>;
}

const SavedViewsContext = createContext<SavedViews | undefined>(undefined);

export function useSavedViews(): SavedViews {
  const saved = useContext(SavedViewsContext);
  if (saved === undefined) throw new Error("useSavedViews is used outside <SavedViewsProvider>");
  return saved;
}

/** The saved views of the installation, and the link `?view=<id>`: opened as soon as they are loaded. */
export function SavedViewsProvider({ children }: { readonly children: ReactNode }) {
  const { view, update } = useExplorer();
  const [views, setViews] = useState<SavedView[]>();
  const [error, setError] = useState<unknown>();
  const opened = useRef<string | undefined>(undefined);
  // The saved view the page was loaded with, when its URL carries a state of its own that wins.
  const [keptFromUrl] = useState(() => (linkOpensSavedView(view) ? undefined : view.savedView));

  useEffect(() => {
    let current = true;
    fetchSavedViews().then(
      (loaded) => current && setViews(loaded),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, []);

  const linked = view.savedView;
  useEffect(() => {
    if (views === undefined || linked === undefined || opened.current === linked) return;
    const found = views.find((candidate) => candidate.id === linked);
    opened.current = linked;
    if (found === undefined) update(leaveSavedView);
    else if (linked !== keptFromUrl) update(openSavedView(found));
  }, [views, linked, update, keptFromUrl]);

  const open = useCallback(
    (chosen: SavedView) => {
      opened.current = chosen.id;
      update(openSavedView(chosen));
    },
    [update],
  );
  const current = useRef(view);
  current.current = view;
  const run = useCallback(async (work: () => Promise<void>) => {
    setError(undefined);
    try {
      await work();
    } catch (failure) {
      setError(failure);
      throw failure;
    }
  }, []);
  const save = useCallback(
    (name: string) =>
      run(async () => {
        // Saving under a name already in use replaces that view, in its place among the slides.
        const same = views?.find((saved) => sameName(saved.name, name));
        const kept =
          same === undefined
            ? await createSavedView(name, toSavedState(current.current))
            : await changeSavedView(same.id, { state: toSavedState(current.current) });
        setViews((before) =>
          same === undefined
            ? [...(before ?? []), kept]
            : (before ?? []).map((saved) => (saved.id === kept.id ? kept : saved)),
        );
        opened.current = kept.id;
        update((state) => ({ ...state, savedView: kept.id }));
      }),
    [run, update, views],
  );
  const rename = useCallback(
    (id: string, name: string) =>
      run(async () => {
        const changed = await changeSavedView(id, { name });
        setViews((before) => before?.map((candidate) => (candidate.id === id ? changed : candidate)));
      }),
    [run],
  );
  const remove = useCallback(
    (id: string) =>
      run(async () => {
        await deleteSavedView(id);
        setViews((before) => before?.filter((candidate) => candidate.id !== id));
        if (current.current.savedView === id) update(leaveSavedView);
      }),
    [run, update],
  );
  const value = useMemo(
    () => ({ views, error, open, save, rename, remove }),
    [views, error, open, save, rename, remove],
  );
  return <SavedViewsContext.Provider value={value}>{children}</SavedViewsContext.Provider>;
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
