import codecs

import pytest

from papercli.decode import decode_bytes, split_pages
from papercli.errors import PaperError, PaperWarning

TEXT = "本报讯 为进一步深化移风易俗工作，树立文明健康新风尚，城北街道社区邀请志愿者开展宣传活动。" * 3


@pytest.mark.parametrize("enc", ["utf-8", "gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_encodings_round_trip(enc):
    text, _found = decode_bytes(TEXT.encode(enc))
    assert text == TEXT


def test_big5_traditional():
    trad = "本報訊 南嶺鎮公所去年起推動老街再造計畫，邀請在地藝術家與社區居民一起彩繪老街兩側牆面。" * 3
    text, found = decode_bytes(trad.encode("big5"))
    assert text == trad
    assert "big5" in found


def test_utf16_without_bom():
    data = "Hello page one\nand two".encode("utf-16-le")
    assert decode_bytes(data)[0] == "Hello page one\nand two"


def test_explicit_encoding_wins_and_gbk_reads_as_gb18030():
    assert decode_bytes("本报讯".encode("gb18030"), encoding="gbk") == ("本报讯", "gb18030")


def test_invalid_utf8_with_explicit_encoding_is_an_error():
    with pytest.raises(PaperError, match="not valid utf-8"):
        decode_bytes("本报讯".encode("gb18030"), "x.txt", encoding="utf-8")


def test_binary_is_refused():
    with pytest.raises(PaperError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "img.png")


def test_truncated_multibyte_at_end_is_tolerated():
    data = TEXT.encode("utf-8")[:-1]
    with pytest.warns(PaperWarning, match="ends inside a character"):
        text, enc = decode_bytes(data)
    assert enc == "utf-8" and text.startswith("本报讯")


def test_newlines_and_pages():
    text, _ = decode_bytes(b"a\r\nb\rc\fd")
    assert text == "a\nb\nc\fd"
    assert split_pages(text) == ["a\nb\nc", "d"]


def test_bom_is_removed():
    text, enc = decode_bytes(codecs.BOM_UTF8 + "本报讯".encode())
    assert text == "本报讯" and enc == "utf-8"
