"""The key under which two spellings of one body meet (人行 = 人民银行, traditional = simplified, （ = ().

Apart from ``fyplan.units`` (name lists) so that matching a query needs neither the name-list patterns
nor the grammar's lexicon: ``fyplan query`` on a cached notice never imports the reader (issue 13).
"""

from __future__ import annotations

import re
from functools import lru_cache

from fyplan.hanzi import simplified

# Full-width marks → ASCII: a notice may write 各镇（街道） and another 各镇(街道) (names keep their marks as
# written, fyplan/read/widths.py); queries, spellings and lists compare them as one.
# Full-width forms of ASCII (（ ， ： ； and ２０２４ ＧＤＰ ％, which a notice's text keeps as written) made ASCII.
FOLD = str.maketrans({chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)})

# Well-known second spellings of one body, for matching (人行 = 人民银行).
_CANONICAL = (
    (re.compile(r"^人行"), "人民银行"),
    (re.compile(r"人力资源和社会保障"), "人力资源社会保障"),
    (re.compile(r"发展和改革委员会$"), "发展改革委"),
    (re.compile(r"(人民银行[\u4e00-\u9fff]{2,3})市(中心支行)"), r"\1\2"),
)


@lru_cache(maxsize=512)
def canonical(name: str) -> str:
    """A key under which two spellings of one body meet (人行阜阳中心支行 → 人民银行阜阳中心支行;
    traditional 市經濟和信息化局 → 市经济和信息化局)."""
    name = simplified(name).translate(FOLD)
    for pattern, repl in _CANONICAL:
        name = pattern.sub(repl, name)
    return name
