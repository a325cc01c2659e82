"""igraph's Leiden on a Weave CSV pair, at its default and run to convergence, for test/bench/leiden-bench.ts.

Run: /tmp/igraph-venv/bin/python test/bench/leiden-compare.py DIR [SEEDS] [CONVERGED_SEEDS]
(the venv: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph)

Reads DIR/nodes.csv and DIR/ties.csv, builds the graph as Weave's buildGraph does (undirected,
parallel ties merged into one edge, no self-loops) and prints one JSON line: for igraph's Leiden at
its default two iterations (n_iterations=2) over seeds 0…SEEDS−1, and run until an iteration changes
nothing (n_iterations=-1) over seeds 0…CONVERGED_SEEDS−1 (default SEEDS; 0 skips it: at 100,000
actors one converged run takes minutes), the best modularity (unweighted, resolution 1, igraph's
default beta 0.01) and the median wall and CPU time of one run.
"""

import csv
import json
import random
import statistics
import sys
import time

import igraph as ig


def read_graph(directory: str) -> ig.Graph:
    with open(f"{directory}/nodes.csv", newline="", encoding="utf-8") as handle:
        ids = [row["id"] for row in csv.DictReader(handle)]
    position = {actor: i for i, actor in enumerate(ids)}
    pairs = set()
    with open(f"{directory}/ties.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            source, target = position.get(row["source"]), position.get(row["target"])
            if source is None or target is None or source == target:
                continue
            pairs.add((min(source, target), max(source, target)))
    return ig.Graph(n=len(ids), edges=sorted(pairs))


def best_of(graph: ig.Graph, seeds: int, iterations: int) -> dict | None:
    if seeds == 0:
        return None
    best, times, cpu = float("-inf"), [], []
    for seed in range(seeds):
        random.seed(seed)
        ig.set_random_number_generator(random)
        start, start_cpu = time.perf_counter(), time.process_time()
        clusters = graph.community_leiden(objective_function="modularity", n_iterations=iterations)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        best = max(best, graph.modularity(clusters.membership))
    return {"modularity": best, "seconds": statistics.median(times), "cpu": statistics.median(cpu), "seeds": seeds}


def main() -> None:
    directory = sys.argv[1]
    seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    converged_seeds = int(sys.argv[3]) if len(sys.argv) > 3 else seeds
    graph = read_graph(directory)
    print(
        json.dumps(
            {
                "nodes": graph.vcount(),
                "edges": graph.ecount(),
                "default": best_of(graph, seeds, 2),
                "converged": best_of(graph, converged_seeds, -1),
            }
        )
    )


main()
