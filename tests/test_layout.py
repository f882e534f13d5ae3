"""Column widths measured from line widths."""

from __future__ import annotations

from papercli.layout import MIN_COLUMN, column_widths


def test_short_pieces_among_full_lines_make_no_column():
    """Full lines of uneven measured width (punctuation, digits) and three short pieces
    within a few lines (``——编`` / ``者`` … ``动力``): the pieces agree in width, but a
    column of two characters does not exist; each piece belongs to the full lines'."""
    ws = [56, 51, 58, 5, 2, 54.5, 59, 4, 52.5, 57.5, 55]
    cols = column_widths(ws, 3.0)
    for i in (3, 4, 7):
        assert cols[i] is not None and cols[i] >= 50, (i, cols[i])
    assert all(c is None or c >= MIN_COLUMN for c in cols)
