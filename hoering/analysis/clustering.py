"""Average-linkage clustering and row normalisation for topic discovery, on scipy alone.

scikit-learn's `AgglomerativeClustering(metric="precomputed", linkage="average",
distance_threshold=...)` and `preprocessing.normalize` did this before; importing scikit-learn
costs more than a second of the `themes --suggest` command (it loads scipy.stats and more), for
what is scipy's `linkage` and a division. Both are reproduced here exactly, label numbers and
floating-point results included, so the clusters (and the order in which they are visited) are
the same as scikit-learn's.

scipy is imported with the module, before a command decodes millions of tokens: importing
it after them lets the cyclic garbage collector walk them all many times over.
"""

from __future__ import annotations

from heapq import heappush, heappushpop

import numpy as np
from scipy.cluster.hierarchy import linkage
from scipy.sparse import csr_matrix


def average_linkage_labels(distance: np.ndarray, threshold: float) -> list[int]:
    """Cluster labels of the points of a square distance matrix: average linkage, merging
    stopped at `threshold`, numbered as scikit-learn's tree cut (`_hc_cut`) numbers them."""
    n = distance.shape[0]
    i, j = np.triu_indices(n, k=1)
    tree = linkage(distance[i, j], method="average")
    children = tree[:, :2].astype(int)
    n_clusters = int(np.count_nonzero(tree[:, 2] >= threshold)) + 1
    # The largest node ids split first; the heap holds the negated ids of the clusters.
    nodes = [-(int(max(children[-1])) + 1)]
    for _ in range(n_clusters - 1):
        left, right = children[-nodes[0] - n]
        heappush(nodes, -int(left))
        heappushpop(nodes, -int(right))
    labels = [0] * n
    for label, node in enumerate(nodes):
        stack = [-node]
        while stack:
            k = stack.pop()
            if k < n:
                labels[k] = label
            else:
                stack.extend(int(c) for c in children[k - n])
    return labels


def normalize_rows(matrix):
    """Each row of a sparse matrix divided by its Euclidean length (all-zero rows kept), as a
    new CSR matrix. The squares are summed in each row's stored order, one after the other,
    as scikit-learn's `normalize` sums them (numpy's pairwise sum rounds differently)."""
    out = csr_matrix(matrix, dtype=np.float64, copy=True)
    lengths = np.diff(out.indptr)
    squares = out.data * out.data
    norms = np.zeros(out.shape[0])
    for k in range(int(lengths.max()) if len(lengths) else 0):
        rows = np.flatnonzero(lengths > k)
        norms[rows] += squares[out.indptr[rows] + k]
    norms = np.sqrt(norms)
    norms[norms == 0.0] = 1.0
    out.data /= np.repeat(norms, lengths)
    return out
