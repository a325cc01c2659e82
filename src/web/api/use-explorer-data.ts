import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Network } from "../../model/index.js";
import { yearsInData } from "../../model/years.js";
import type { ClusterColours } from "../features/graph/palette.js";
import { keepClusterNumbers, type SteadyClusters } from "../features/graph/steady-clusters.js";
import { shownYear, type YearChoice } from "../features/view/state.js";
import { type ApiError, fetchAnalysis, fetchGraph } from "./client.js";
import { applyChange, type LiveChange } from "./live-changes.js";
import type { AnalysisResponse, GraphResponse } from "./types.js";
import { untilCleanedUp } from "./until-cleaned-up.js";

export interface ExplorerData {
  /** Every actor and tie of every year: years are shown by hiding, not by reloading. */
  readonly network: Network | undefined;
  /** The years the data mentions, ascending; known from the network, before any analysis. */
  readonly years: readonly number[];
  /** The year on screen; undefined for every year at once. */
  readonly year: number | undefined;
  /**
   * The analysis of the year on screen (every analysis also carries the figures of every year).
   * Undefined until the first one arrives; after a change of year the previous one stays meanwhile.
   */
  readonly analysis: AnalysisResponse | undefined;
  /** The colour of each cluster of `analysis`, kept through edits like its number. */
  readonly clusterColours: ClusterColours;
  /** True while the analysis of the year on screen is still being computed. */
  readonly analysing: boolean;
  /** True while the figures on screen are older than the graph: newer ones are on their way. */
  readonly updating: boolean;
  readonly error: ApiError | undefined;
  /** Grows with every reload, so views can tell fresh data from old. */
  readonly revision: number;
  readonly reload: () => void;
  /** A live change patched in (the analysis is asked again); a reload when it cannot be. */
  readonly patch: (change: LiveChange) => void;
  /** On connecting to the live stream: reloads when the store moved on meanwhile. */
  readonly checkVersion: (version: number) => void;
}

const cacheKey = (year: number | undefined) => year ?? "all";

/**
 * The graph first, then one analysis: the map is drawn as soon as the graph arrives, and the panels
 * fill in when the analysis of the year on screen does.
 */
export function useExplorerData(choice: YearChoice): ExplorerData {
  const [network, setNetwork] = useState<GraphResponse>();
  const [analysis, setAnalysis] = useState<AnalysisResponse>();
  const [clusterColours, setClusterColours] = useState<ClusterColours>(() => new Map());
  const [analysedKey, setAnalysedKey] = useState<number | "all">();
  const [error, setError] = useState<ApiError>();
  const [revision, setRevision] = useState(0);
  // Only figures of the graph as the page holds it: older ones are shown meanwhile, never kept.
  const analyses = useRef(new Map<number | "all", AnalysisResponse>());
  // The figures on screen as numbered on this page: new ones keep their clusters' numbers and colours.
  const steady = useRef<SteadyClusters | undefined>(undefined);

  const reload = useCallback(() => setRevision((current) => current + 1), []);
  // The newest version the page holds: the loaded graph's, or a later change's.
  const heldVersion = useRef<number | undefined>(undefined);
  // The version of the graph as fetched: a change it already held is skipped. Not the version shown
  // (that one grows with each patch), or the second tie of one write, sent under the same version, is lost.
  const loadedVersion = useRef<number | undefined>(undefined);
  const patch = useCallback(
    (change: LiveChange) => {
      setNetwork((current) => {
        if (current === undefined) return current;
        const next = applyChange({ ...current, version: loadedVersion.current }, change);
        // Only an import gives no patch: it is reloaded below, outside this (pure) update.
        if (next === undefined || (next.actors === current.actors && next.ties === current.ties)) return current;
        heldVersion.current = Math.max(heldVersion.current ?? 0, change.version);
        analyses.current.clear();
        // The version of the graph on screen: figures older than it are shown as updating.
        return { ...next, version: Math.max(current.version ?? 0, change.version) };
      });
      if (change.type === "import.finished") reload();
    },
    [reload],
  );
  const checkVersion = useCallback(
    (version: number) => {
      if (heldVersion.current !== undefined && heldVersion.current !== version) reload();
    },
    [reload],
  );

  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the reload signal itself.
  useEffect(
    () =>
      untilCleanedUp(
        fetchGraph(),
        (graph) => {
          analyses.current.clear();
          heldVersion.current = graph.version;
          loadedVersion.current = graph.version;
          setNetwork(graph);
          setError(undefined);
        },
        setError,
      ),
    [revision],
  );

  const years = useMemo(() => (network === undefined ? [] : yearsInData(network)), [network]);
  const year = shownYear(choice, years);

  useEffect(() => {
    if (network === undefined) return;
    const key = cacheKey(year);
    const show = (result: AnalysisResponse) => {
      steady.current = keepClusterNumbers(steady.current, result);
      setAnalysis(steady.current.analysis);
      setClusterColours(steady.current.colours);
      setAnalysedKey(key);
    };
    const cached = analyses.current.get(key);
    if (cached !== undefined) {
      show(cached);
      return;
    }
    // Kept even when the year changed meanwhile: coming back to it then needs no new request.
    const keep = (result: AnalysisResponse) => {
      if (result.freshness.state === "fresh") analyses.current.set(key, result);
      return result;
    };
    const first = fetchAnalysis(year).then(keep);
    // After a write the server answers the last figures at once, marked updating: they show while the
    // page waits for the new ones (a later write cancels this wait and starts its own).
    let stopWaiting = () => {};
    const stopFirst = untilCleanedUp(
      first,
      (result) => {
        show(result);
        if (result.freshness.state === "updating")
          stopWaiting = untilCleanedUp(fetchAnalysis(year, { fresh: true }).then(keep), show, setError);
      },
      setError,
    );
    return () => {
      stopFirst();
      stopWaiting();
    };
  }, [network, year]);

  const shownKey = cacheKey(year);
  const analysing = network !== undefined && (analysedKey !== shownKey || analysis === undefined);
  const graphVersion = network?.version;
  const updating =
    !analysing && analysis !== undefined && graphVersion !== undefined && analysis.freshness.version < graphVersion;
  return {
    network,
    years,
    year,
    analysis,
    clusterColours,
    analysing,
    updating,
    error,
    revision,
    reload,
    patch,
    checkVersion,
  };
}
