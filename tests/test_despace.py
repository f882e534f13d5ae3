import pytest

from papercli.despace import (
    despace_page,
    fullwidth_punctuation,
    join_letter_spaced,
    pangu_spacing,
    remove_cjk_alnum_spaces,
    remove_fullwidth_punct_spaces,
)


@pytest.mark.parametrize(("raw", "fixed"), [
    ("率 先 垂 范 ，捐 献 热 血 奉 献 爱", "率先垂范，捐献热血奉献爱"),
    ("院“ 全 心 全 意 为 人 民 健 康 服", "院“全心全意为人民健康服"),
    ("望 ，不 断 赋 予 无 偿 献 血 新 内", "望，不断赋予无偿献血新内"),
    ("新 动 能 ；六 是 聚 焦“ 双 碳 ”“ 双 控 ”，推", "新动能；六是聚焦“双碳”“双控”，推"),
])
def test_letter_spaced_runs_are_joined(raw, fixed):
    assert join_letter_spaced(raw) == fixed


@pytest.mark.parametrize("keep", [
    "以“勤俭节约 从我做起”为主题",
    "爱心献血 医护先行",
    "迎奥运 猜灯谜 庆元宵",
    "人 白衣天使在行动”无偿献",
    "记者 张贺",
    "The quick brown fox",
])
def test_real_phrase_spaces_stay(keep):
    assert join_letter_spaced(keep) == keep


@pytest.mark.parametrize(("raw", "fixed"), [
    ("2 月 15 日，离石", "2月15日，离石"),
    ("在金域蓝湾 B 区小区", "在金域蓝湾B区小区"),
    ("发展成 3A 级旅游", "发展成3A级旅游"),
    ("本报讯 2 月 15 日，离石", "本报讯 2月15日，离石"),
    ("举办 2022 年“春风行动”", "举办2022年“春风行动”"),
    ("探索“乡村+ 电商”模式", "探索“乡村+电商”模式"),
])
def test_spaces_between_cjk_and_alnum_go(raw, fixed):
    assert remove_cjk_alnum_spaces(raw) == fixed


def test_latin_words_keep_their_spaces():
    assert remove_cjk_alnum_spaces("New York 2024") == "New York 2024"


def test_dateline_space_is_kept_even_before_text():
    assert remove_cjk_alnum_spaces("本报讯 为进一步") == "本报讯 为进一步"


def test_spaces_at_fullwidth_punctuation():
    assert remove_fullwidth_punct_spaces("改善。 （王艳）") == "改善。（王艳）"
    assert remove_fullwidth_punct_spaces("”  “") == "”  “"  # between two quoted phrases: kept


@pytest.mark.parametrize(("raw", "fixed"), [
    ("从我做起,小事做起,从点", "从我做起，小事做起，从点"),
    ("离石区: 文艺演出", "离石区：文艺演出"),
    ("(王艳)", "（王艳）"),
    ("领导下, 全区转型", "领导下，全区转型"),
])
def test_halfwidth_punctuation_between_cjk(raw, fixed):
    assert fullwidth_punctuation(raw) == fixed


@pytest.mark.parametrize("keep", ["at 10:30, in (NY)", "3,000 km", "f(x) = 2"])
def test_halfwidth_punctuation_in_latin_text_stays(keep):
    assert fullwidth_punctuation(keep) == keep


def test_pangu_style_on_request():
    assert pangu_spacing("2月15日在NASA") == "2 月 15 日在 NASA"


def test_brackets_stay_half_width_on_a_page_without_ocr_marks():
    """A text layer sets ``王曉雯(中)`` as the publisher did; an OCR page (half-width
    commas between Han) gets full-width brackets as well."""
    from papercli.model import Page

    layer = despace_page(Page("layer.txt", lines=["王曉雯(中)2女拿藥，要她按時服用。"]))
    assert layer.lines == ["王曉雯(中)2女拿藥，要她按時服用。"]
    ocr = despace_page(Page("ocr.txt", lines=["王曉雯(中)2女拿藥, 要她按時服用。"]))
    assert ocr.lines == ["王曉雯（中）2女拿藥，要她按時服用。"]


def test_a_number_inside_a_letter_spaced_run_does_not_break_it():
    """``早 在 1938 年 ，我 国 便``: the spread line holds a number; its first two Han
    characters are part of the same run and lose their space too."""
    from papercli.despace import join_letter_spaced

    assert join_letter_spaced("早 在 1938 年 ，我 国 便") == "早在1938年，我国便"
    assert join_letter_spaced("“勤俭节约 从我做起” 2019") == "“勤俭节约 从我做起” 2019"


def test_a_number_spread_digit_by_digit_in_a_justified_line_is_joined():
    """Justification spreads a number digit by digit (``3 1`` at a line's end, ``1 2 . 5 %``,
    a code with its letter, ``A 1 6 3 9``); the page stage joins it, and numbers of several
    digits a space apart stay apart."""
    from papercli.model import Page

    page = despace_page(Page("t", lines=["截至目前，全市3 1", "个乡镇完成改造，增长 1 2 . 5 %，", "2018 2019 两个年度",
                                         "捐款编号：A 1 6 3 9"]))
    assert page.lines == ["截至目前，全市31", "个乡镇完成改造，增长12.5%，", "2018 2019两个年度", "捐款编号：A1639"]


def test_a_question_mark_in_a_slashed_credit_is_kept_as_a_lost_separator():
    """Big5 text that lost the dot between a credit's roles (``報導‧攝影``) shows a
    ``?`` there: no question, so it is not made full width, in brackets or not; a
    question mark between Han elsewhere still is."""
    from papercli.despace import fullwidth_punctuation

    assert fullwidth_punctuation("（報導? 攝影╱李小華）") == "（報導?攝影╱李小華）"
    assert fullwidth_punctuation("記者?攝影╱李小華") == "記者?攝影╱李小華"
    assert fullwidth_punctuation("你好嗎?我很好") == "你好嗎？我很好"


def test_a_question_mark_in_a_bracketed_credit_after_the_last_sentence_is_kept():
    """The credit often closes the last paragraph on its line: the ``?`` inside its
    brackets is still the lost separator; a question before it is still a question."""
    from papercli.despace import fullwidth_punctuation

    line = "真的好嗎?家人都很擔心。（報導?攝影╱李小華）"
    assert fullwidth_punctuation(line) == "真的好嗎？家人都很擔心。（報導?攝影╱李小華）"


def test_a_latin_word_spread_letter_by_letter_in_chinese_text_is_joined():
    """Justification spreads a Latin word in a loose Chinese line letter by letter
    (``（N A S A）``); single letters in a Latin run stay as they are."""
    from papercli.model import Page

    lines = ["据美国航天局（N A S A）消息，手机 A P P 已上线。", "see items a b c"]
    page = despace_page(Page("s.txt", lines=lines, lang="zh"))
    assert page.lines == ["据美国航天局（NASA）消息，手机APP已上线。", "see items a b c"]
