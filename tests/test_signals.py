import pytest

from papercli.signals import byline_only, caption_credit, credit_line, dateline, trailing_byline


@pytest.mark.parametrize(("text", "found"), [
    ("本报讯 2月15日，离石", "本报讯"),
    ("本报北京2月1日电 （记者张贺）", "本报北京2月1日电"),
    ("新华社北京2月25日电 2月25日", "新华社北京2月25日电"),
    ("据新华社墨西哥城1月30日电 墨西哥", "据新华社墨西哥城1月30日电"),
    ("本報訊 南嶺鎮", "本報訊"),
    ("〔記者陳明／台中報導〕台中市", "〔記者陳明／台中報導〕"), ("【記者陳明／台北報導】台北市", "【記者陳明／台北報導】"),
    ("青山日报讯（记者 周凯）", "青山日报讯"), ("东湖融媒讯 近日", "东湖融媒讯"), ("青山新闻网讯 9月15日", "青山新闻网讯"),
    ("（中央社記者林志遠台北２０日電）台北市", "（中央社記者林志遠台北２０日電）"),
])
def test_datelines(text, found):
    assert dateline(text) == found


@pytest.mark.parametrize("text", ["本报记者深入一线", "新华社记者说", "报讯员", "（新华社北京2月1日电）"])
def test_not_datelines(text):
    assert dateline(text) is None


@pytest.mark.parametrize(("text", "names"), [
    ("（王艳）", "王艳"), ("(王艳)", "王艳"), ("〈王艳)", "王艳"), ("（记者 张贺）", "记者 张贺"),
    ("（記者王小明）", "記者王小明"), ("（王艳 张晓斌）", "王艳 张晓斌"),
])
def test_bylines(text, names):
    assert byline_only(text) == names


@pytest.mark.parametrize("text", ["（本报新德里电）", "（相关报道见第十二版）", "（新华社北京2月19日电）",
                                  "（2022年）", "（改革先锋风采，人民日报记者报道）", "（記者郭俊廷攝）",
                                  "（圖／宜蘭縣政府提供）"])
def test_not_bylines(text):
    assert byline_only(text) is None


def test_trailing_byline_split():
    assert trailing_byline("提升群众的文化获得感、幸福感。（王艳）") == ("提升群众的文化获得感、幸福感。", "王艳")
    assert trailing_byline("入企进村（社区）服务工") is None


@pytest.mark.parametrize(("text", "split"), [
    ("献血现场。 张晓斌 摄", ("献血现场。", "张晓斌")),
    ("兴县党政代表团在生态园社区考察。梁美丽 摄", ("兴县党政代表团在生态园社区考察。", "梁美丽")),
    ("志工整理物資。 張雅婷 攝", ("志工整理物資。", "張雅婷")),
    ("志工為長者盛飯。記者林志明／攝影", ("志工為長者盛飯。", "記者林志明")),
    ("選手們衝向終點。（圖／宜蘭縣政府提供）", ("選手們衝向終點。", "宜蘭縣政府")),
    ("志工撿拾垃圾。圖／屏東縣環保局提供", ("志工撿拾垃圾。", "屏東縣環保局")),
    ("果农在园中采摘柑橘。图/文 刘红梅", ("果农在园中采摘柑橘。", "刘红梅")),
])
def test_captions(text, split):
    assert caption_credit(text) == split


def test_body_sentence_is_not_a_caption():
    assert caption_credit("他拿起相机拍摄") is None


def test_a_credit_line_naming_two_roles_is_one_credit():
    """``本期统筹：… 制图：…`` on one line (the names spaced as three characters, or
    glued to the next role) closes the story above: it joins no title after it."""
    assert credit_line("本期统筹：李 明 制图：王 艳") and credit_line("本期统筹：李明制图：王艳")
    assert not credit_line("本期统筹：李明 他说，今年的活动办得好。")


def test_a_sentence_ending_with_provided_is_no_photo_credit():
    assert caption_credit("带来了发展机遇。中国对非援助为非洲发展提供") is None
