"""Make hard-wrapped column text the way a justified CJK page comes out of a PDF."""

from __future__ import annotations


def wrap(paragraphs: list[str], width: int, indent: int = 2) -> list[str]:
    """Each paragraph cut into lines of ``width`` characters, the first ``indent`` shorter."""
    lines: list[str] = []
    for p in paragraphs:
        first = width - indent
        lines.append(p[:first])
        rest = p[first:]
        while rest:
            lines.append(rest[:width])
            rest = rest[width:]
    return lines


def column_lines(paragraphs: list[str], width: int = 18) -> list[str]:
    """The lines of ``paragraphs`` wrapped one by one in a column ``width`` wide."""
    return [ln for p in paragraphs for ln in wrap([p], width)]


PARAS = [
    "本报讯 市图书馆近日举办了一场面向青少年的阅读分享活动，吸引了来自全市各中小学的近百名学生参加。",
    "活动中，几位本地作家分享了自己的阅读经验，同学们认真聆听并积极提问，现场气氛十分热烈，大家纷纷表示收获很大。",
    "据介绍，图书馆今年还将推出更多面向青少年的阅读推广项目，让书香浸润校园。",
]
