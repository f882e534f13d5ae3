"""Optimal one-to-one assignment (Hungarian algorithm), no numpy/scipy needed."""

from __future__ import annotations


def assign(score: list[list[float]], minimum: float) -> dict[int, int]:
    """Rows to columns maximising the total score; pairs below ``minimum`` are dropped.

    >>> assign([[90, 80], [85, 10]], 50)
    {0: 1, 1: 0}
    >>> assign([[10]], 50)
    {}
    """
    rows = len(score)
    cols = len(score[0]) if rows else 0
    if not rows or not cols:
        return {}
    n = max(rows, cols)
    big = max(max(r) for r in score) + 1
    # cost matrix for minimisation; pairs under the minimum cost as much as no pair
    cost = [[big - (score[i][j] if i < rows and j < cols and score[i][j] >= minimum else 0)
             for j in range(n)] for i in range(n)]
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    p = [0] * (n + 1)
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0 = p[j0]
            delta = inf
            j1 = 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j] = cur
                        way[j] = j0
                    if minv[j] < delta:
                        delta = minv[j]
                        j1 = j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while True:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
            if not j0:
                break
    out = {}
    for j in range(1, n + 1):
        i = p[j] - 1
        if i < rows and j - 1 < cols and score[i][j - 1] >= minimum:
            out[i] = j - 1
    return dict(sorted(out.items()))
