"""Word frequencies as evidence that a line continues another (papercli.lexicon)."""

from __future__ import annotations

import pytest

import papercli.interleave as interleave
from papercli import lexicon
from papercli.lexicon import MAX_WORD, WORDS, join_gain, segment_logprob, word_logprobs

# two columns of one width, read row by row; no join of a column shares a character
# pair with the rest of the page, but each one cuts a word (学校, 植树, 十足, 意外, 年轻)
LEFT = ["今天上午同学们来到学", "校后面的山坡参加植", "树活动，大家干劲十", "足，一直忙到中午才"]
RIGHT = ["这次全市中学生运动", "会的比赛结果令人意", "外，冠军属于一位年", "轻的初中二年级学生"]
ROWS = [x for pair in zip(LEFT, RIGHT, strict=True) for x in pair]


def test_word_list_is_the_most_frequent_short_entries():
    words, unknown = word_logprobs()
    assert len(words) == WORDS
    assert all(len(w) <= MAX_WORD for w in words)
    assert unknown < min(words.values())
    assert words["的"] > words["修复"]


def test_a_word_across_the_join_is_evidence_and_a_word_boundary_is_none():
    assert join_gain("来到学", "校后面") > 2.0
    assert join_gain("对于重建和", "修复城乡") == pytest.approx(0.0)
    assert join_gain("来到學", "校後面") == pytest.approx(join_gain("来到学", "校后面"))


def test_gain_is_never_negative():
    for a in LEFT + RIGHT:
        for b in LEFT + RIGHT:
            assert join_gain(a, b) >= -1e-9


def test_segmentation_prefers_known_words():
    words = {"重建": -5.0, "和": -3.0, "重": -8.0, "建": -8.0}
    assert segment_logprob("重建", words, -20.0) == -5.0
    assert segment_logprob("建重", words, -20.0) == -16.0
    assert segment_logprob("", words, -20.0) == 0.0


def test_words_tell_columns_apart_where_the_rhythm_does_not(monkeypatch):
    st = interleave.Stats.of(ROWS)
    assert interleave.track_columns(ROWS, st, [1] * len(ROWS)) == [0, 1] * 4
    monkeypatch.setattr(interleave, "LEX_WEIGHT", 0.0)
    assert interleave.track_columns(ROWS, st, [1] * len(ROWS)) == [0] * len(ROWS)


def test_missing_dictionary_gives_no_evidence(monkeypatch):
    monkeypatch.setattr(lexicon, "dictionary_path", lambda: None)
    lexicon.word_logprobs.cache_clear()
    lexicon._piece.cache_clear()
    try:
        assert word_logprobs() == ({}, 0.0)
        assert join_gain("来到学", "校后面") == 0.0
    finally:
        lexicon.word_logprobs.cache_clear()
        lexicon._piece.cache_clear()
