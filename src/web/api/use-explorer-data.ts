import { useCallback, useEffect, useRef, useState } from "react";
import type { Network } from "../../model/index.js";
import { ApiError, fetchAnalysis, fetchGraph } from "./client.js";
import type { AnalysisResponse } from "./types.js";

export interface ExplorerData {
  /** Every actor and tie of every year: years are shown by hiding, not by reloading. */
  readonly network: Network | undefined;
  /** The analysis of the whole data (its `years` feed the years view). */
  readonly overview: AnalysisResponse | undefined;
  /** The analysis as of the chosen year (the overview when no year is chosen). */
  readonly analysis: AnalysisResponse | undefined;
  readonly error: ApiError | undefined;
  /** Grows with every reload, so views can tell fresh data from old. */
  readonly revision: number;
  readonly reload: () => void;
}

function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, "unexpected", String(error));
}

export function useExplorerData(year: number | undefined): ExplorerData {
  const [network, setNetwork] = useState<Network>();
  const [overview, setOverview] = useState<AnalysisResponse>();
  const [analysis, setAnalysis] = useState<AnalysisResponse>();
  const [error, setError] = useState<ApiError>();
  const [revision, setRevision] = useState(0);
  const byYear = useRef(new Map<number, AnalysisResponse>());

  const reload = useCallback(() => {
    byYear.current.clear();
    setRevision((current) => current + 1);
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `revision` is the reload signal itself.
  useEffect(() => {
    let cancelled = false;
    Promise.all([fetchGraph(), fetchAnalysis()])
      .then(([graph, whole]) => {
        if (cancelled) return;
        setNetwork(graph);
        setOverview(whole);
        setError(undefined);
      })
      .catch((caught: unknown) => {
        if (!cancelled) setError(asApiError(caught));
      });
    return () => {
      cancelled = true;
    };
  }, [revision]);

  useEffect(() => {
    if (overview === undefined) return;
    if (year === undefined) {
      setAnalysis(overview);
      return;
    }
    const cached = byYear.current.get(year);
    if (cached !== undefined) {
      setAnalysis(cached);
      return;
    }
    let cancelled = false;
    fetchAnalysis(year)
      .then((result) => {
        byYear.current.set(year, result);
        if (!cancelled) setAnalysis(result);
      })
      .catch((caught: unknown) => {
        if (!cancelled) setError(asApiError(caught));
      });
    return () => {
      cancelled = true;
    };
  }, [year, overview]);

  return { network, overview, analysis, error, revision, reload };
}
