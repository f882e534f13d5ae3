"""Optimal one-to-one assignment (Hungarian algorithm), no numpy/scipy needed."""

from __future__ import annotations


def assign(score: list[list[float]], minimum: float) -> dict[int, int]:
    """Rows to columns maximising the total score; pairs below ``minimum`` are dropped.

    Only pairs of at least ``minimum`` count, so rows and columns that no such pair
    links are separate problems (a page's titles each fit a few of its stories): each
    linked group is solved on its own, which keeps a page of 60 titles cheap.

    >>> assign([[90, 80], [85, 10]], 50)
    {0: 1, 1: 0}
    >>> assign([[10]], 50)
    {}
    >>> assign([[90, 0, 0], [0, 0, 70], [0, 60, 0]], 50)
    {0: 0, 1: 2, 2: 1}
    """
    out: dict[int, int] = {}
    for rows, cols in _linked(score, minimum):
        sub = [[score[i][j] for j in cols] for i in rows]
        out.update({rows[i]: cols[j] for i, j in _hungarian(sub, minimum).items()})
    return dict(sorted(out.items()))


def _linked(score: list[list[float]], minimum: float) -> list[tuple[list[int], list[int]]]:
    """The groups of rows and columns that pairs of at least ``minimum`` link, each as
    (rows, columns) in order.

    >>> _linked([[90, 0, 0], [0, 0, 70], [0, 60, 60]], 50)
    [([0], [0]), ([1, 2], [1, 2])]
    """
    cols = len(score[0]) if score else 0
    parent = list(range(len(score) + cols))  # rows first, then columns

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    linked: set[int] = set()
    for i, row in enumerate(score):
        for j, sc in enumerate(row):
            if sc >= minimum:
                parent[find(i)] = find(len(score) + j)
                linked.update((i, len(score) + j))
    groups: dict[int, tuple[list[int], list[int]]] = {}
    for x in sorted(linked):
        rows, cs = groups.setdefault(find(x), ([], []))
        (rows if x < len(score) else cs).append(x if x < len(score) else x - len(score))
    return sorted(groups.values())


def _hungarian(score: list[list[float]], minimum: float) -> dict[int, int]:
    """:func:`assign` on one problem, by the Hungarian algorithm."""
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
