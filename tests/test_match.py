"""Titles to stories: splitting a story that ran into another."""

from __future__ import annotations

from papercli.match import split_for_headlines
from papercli.model import Article

FIRST = ["驻村干部走进农户家中了解情况，帮助村民发展特色种植，驻村的日子里，驻村干部与村民同吃同住。"]
SECOND = ["春联书写活动在社区举行，书法家现场书写春联，春联送到居民手中。",
          "居民们拿到春联十分高兴，纷纷表示春联写得好，书法家的春联年味浓。"]


def test_a_title_whose_story_came_first_splits_where_the_owners_story_starts():
    """The article holds two stories and carries the second one's title; the first
    one's title is left alone, its words in the body but not after any cut: the cut
    falls where the article's own title's words start."""
    groups = [[{"text": "书法家送春联到社区"}], [{"text": "驻村干部的日子"}]]
    arts = [Article(paragraphs=[*FIRST, *SECOND])]
    assert split_for_headlines(arts, groups, {0: 0})
    assert [a.paragraphs for a in arts] == [FIRST, SECOND]
