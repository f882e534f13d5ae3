"""Cohesion across paragraph boundaries: the running windows count what a fresh count would."""

from __future__ import annotations

from papercli.cohesion import SPAN, bigram_counts, cosine, gap_cohesion

from .test_match import FEATURE, REPORT


def _naive(paragraphs: list[str]) -> list[float]:
    out = []
    for k in range(1, len(paragraphs)):
        before = "".join(paragraphs[max(0, k - 40):k])[-SPAN:]
        after = "".join(paragraphs[k:k + 40])[:SPAN]
        out.append(cosine(bigram_counts(before), bigram_counts(after)))
    return out


def test_running_windows_equal_a_fresh_count():
    long_story = [p + "（" + str(i) + "）" for i, p in enumerate(FEATURE * 12)]  # windows that slide and jump
    for paragraphs in (REPORT + FEATURE, long_story, ["短。", "文。", *REPORT], [REPORT[0]] * 3):
        assert gap_cohesion(paragraphs) == _naive(paragraphs)


def test_the_seam_between_two_stories_coheres_least():
    gaps = gap_cohesion(REPORT + FEATURE)
    assert min(range(len(gaps)), key=gaps.__getitem__) == len(REPORT) - 1
