"""igraph's side of test/bench/versus-igraph.ts: the metric set Weave computes, on a Weave CSV pair.

Run: /tmp/igraph-venv/bin/python test/bench/igraph-metrics.py DIR [--leiden-only]
(the venv: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph)

Reads DIR/nodes.csv and DIR/ties.csv as Weave's buildGraph does (see leiden-compare.py) and prints
one JSON line: CPU seconds per metric (betweenness, closeness, harmonic, PageRank, eigenvector,
average clustering, Leiden to convergence), Leiden's modularity, and the peak resident memory.
With --leiden-only, only Leiden (at 100k the exact path figures would take igraph half an hour).
"""

import json
import random
import resource
import sys
import time
from pathlib import Path

import igraph as ig



def read_graph(directory: str) -> ig.Graph:
    source = Path(__file__).with_name("leiden-compare.py").read_text(encoding="utf-8")
    namespace: dict = {"__name__": "leiden_compare"}
    exec(compile(source.replace("\nmain()\n", "\n"), "leiden-compare.py", "exec"), namespace)
    return namespace["read_graph"](directory)


def main() -> None:
    graph = read_graph(sys.argv[1])
    random.seed(1)
    ig.set_random_number_generator(random)
    seconds: dict = {}
    result: dict = {}

    def timed(name, work):
        start = time.process_time()
        result[name] = work()
        seconds[name] = time.process_time() - start

    if "--leiden-only" not in sys.argv:
        timed("betweenness", lambda: graph.betweenness(directed=False))
        timed("closeness", lambda: graph.closeness())
        timed("harmonic", lambda: graph.harmonic_centrality())
        timed("pagerank", lambda: graph.pagerank())
        timed("eigenvector", lambda: graph.eigenvector_centrality())
        timed("clustering", lambda: graph.transitivity_avglocal_undirected(mode="zero"))
    timed("leiden", lambda: graph.community_leiden(objective_function="modularity", n_iterations=-1))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    modularity = graph.modularity(result["leiden"].membership)
    print(json.dumps({"seconds": seconds, "modularity": modularity, "peakBytes": peak}))


main()
