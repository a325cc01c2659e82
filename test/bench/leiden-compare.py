"""igraph's Leiden and multilevel (Louvain) on a Weave CSV pair, for test/bench/leiden-bench.ts.

Run: /tmp/igraph-venv/bin/python test/bench/leiden-compare.py DIR [SEEDS]
(the venv: python3 -m venv /tmp/igraph-venv && /tmp/igraph-venv/bin/pip install igraph)

Reads DIR/nodes.csv and DIR/ties.csv, builds the graph as Weave's buildGraph does (undirected,
parallel ties merged into one edge, no self-loops) and prints one JSON line: for each method the best
modularity over seeds 0…SEEDS−1 (unweighted, resolution 1) and the median wall time of one run.
Leiden runs until an iteration changes nothing (n_iterations=-1), with igraph's default beta 0.01.
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


def best_of(graph: ig.Graph, seeds: int, run) -> dict:
    best, times, cpu = float("-inf"), [], []
    for seed in range(seeds):
        random.seed(seed)
        ig.set_random_number_generator(random)
        start, start_cpu = time.perf_counter(), time.process_time()
        clusters = run(graph)
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
        best = max(best, graph.modularity(clusters.membership))
    return {"modularity": best, "seconds": statistics.median(times), "cpu": statistics.median(cpu), "seeds": seeds}


def main() -> None:
    directory = sys.argv[1]
    seeds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    graph = read_graph(directory)
    leiden = best_of(
        graph, seeds, lambda g: g.community_leiden(objective_function="modularity", n_iterations=-1)
    )
    multilevel = best_of(graph, seeds, lambda g: g.community_multilevel())
    print(json.dumps({"nodes": graph.vcount(), "edges": graph.ecount(), "leiden": leiden, "multilevel": multilevel}))


main()
