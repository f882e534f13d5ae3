"""People's names as a page prints them on lines of their own: a credit's next name
(``本版制图：蔡华伟`` / ``沈亦伶``), a letter's writer under the place (``浙江湖州市`` /
``李明远``). A name is known by its shape: a common surname, then one or two
characters that make no word of the dictionary.
"""

from __future__ import annotations

import re

from papercli.chars import CJK
from papercli.lexicon import word_logprobs

#: the commonest Chinese surnames, simplified and traditional: a name's first character
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
                     "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
                     "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
                     "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕"
                     "劉陳楊黃趙吳許韓馮鄧葉蘇呂盧鍾譚陸賈韋鄒閻龍賀顧龔萬錢嚴湯聶魯蘭歐畢單塗駱藍鮑")
_NAME = re.compile(rf"[{CJK}]{{2,3}}")


def full_name(text: str) -> bool:
    """A person's whole name on a line of its own: three Han characters, the first a
    common surname (:data:`SURNAMES`), and no word of the dictionary (``方向盘``).
    A credit's names run on over such lines (``本版制图：蔡华伟`` / ``沈亦伶``).

    >>> full_name("林晓雯"), full_name("方向盘"), full_name("要闻"), full_name("新农村")
    (True, False, False, False)
    """
    return len(text.strip()) == 3 and person_name(text)


def person_name(text: str) -> bool:
    """A name of two or three Han characters: a common surname first, no word of the
    dictionary (``协作`` is one).

    >>> person_name("李明"), person_name("林晓雯"), person_name("协作办案"), person_name("方向")
    (True, True, False, False)
    """
    t = text.strip()
    return bool(_NAME.fullmatch(t)) and t[0] in SURNAMES and t not in word_logprobs()[0]
