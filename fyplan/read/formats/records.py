"""A notice's tasks as data: a data portal's or an API's JSON download, whose records (objects of field names and
values) are a table's rows. Each record becomes a ``|`` row under a header of the fields' names, as a web page's table
does, and the table reader reads it: the fields' meanings come from their names (责任领导, 牵头单位) or, where the
names are codes (ZRLD, QTDW), from the captions the download gives them (``{"name": "ZRLD", "comment": "责任领导"}``).

A download the page cut off (a first page of records, the file truncated) is no valid JSON: its complete records are
taken one by one (``json.JSONDecoder.raw_decode`` at each ``{``); the record the cut fell in is lost, said as skipped.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator

from fyplan.read.formats import Converted, row_line

# A field that names another field, and the field that says what it holds (a dataset's column list).
_NAME_KEYS = frozenset(("name", "field", "fieldName", "field_name", "code", "key", "column", "columnName", "en"))
_CAPTION_KEYS = frozenset(
    ("comment", "title", "label", "caption", "desc", "description", "cnName", "zhName", "displayName", "alias", "cn")
)
# A download's own name (the dataset's title: the notice's, where the dataset is one notice's tasks).
_TITLE_KEYS = frozenset(("title", "name", "resourceName", "datasetName", "tableName", "标题", "名称", "数据集名称"))
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LEAST_FIELDS = 3  # a record of fewer fields is no task with who answers for it
_LEAST_RECORDS = 2
_DEEPEST_CUT = 32  # objects open where a cut download ends (an envelope, its result, a record: a few)

Scalar = str | int | float | bool | None


def read_json(text: str) -> Converted:
    """The JSON's records as a table (see the module's comment); its title, where it gives one, above it."""
    values, cut = _values(text)
    leaves = [leaf for value in values for leaf in _leaves(value)]
    described = [(leaf, pair) for leaf in leaves if (pair := _caption(leaf)) is not None]
    captions = dict(pair for _, pair in described)
    columns = {id(leaf) for leaf, _ in described}  # (a column's description is no record)
    records = [leaf for leaf in leaves if len(leaf) >= _LEAST_FIELDS and id(leaf) not in columns]
    shapes = Counter(tuple(record) for record in records)
    lines: list[tuple[str, str]] = [(key, value) for key, value in _titles(values) if _CJK.search(value)]
    shape, count = shapes.most_common(1)[0] if shapes else ((), 0)
    if count < _LEAST_RECORDS:
        raise ValueError("it holds no list of records (objects of three fields or more, one a task's)")
    # (a field named by a code with no caption in Chinese, ID or BZ: no column a reader of the notice reads)
    fields = [key for key in shape if _CJK.search(captions.get(key, key))]
    lines.append(("header", row_line([captions.get(key, key) for key in fields])))
    number = 0
    for record in records:
        if tuple(record) == shape:
            number += 1
            lines.append((f"record {number}", row_line([_cell(record[key]) for key in fields])))
    skipped = ("the download ends inside a record (cut off): its last, incomplete record",) if cut else ()
    return Converted.of(lines, skipped)


def _caption(leaf: dict[str, Scalar]) -> tuple[str, str] | None:
    """A column's description ({"name": "ZRLD", "comment": "责任领导"}): the field's name and its caption in Chinese."""
    for name in _NAME_KEYS & leaf.keys():
        for key in _CAPTION_KEYS & leaf.keys():
            caption = leaf[key]
            if isinstance(caption, str) and _CJK.search(caption):
                return str(leaf[name]), caption
    return None


def _cell(value: Scalar) -> str:
    """A field's value as a cell's text: nothing for null, a line break as a space (a cell's lines are its names)."""
    if value is None:
        return ""
    return str(value).replace("\n", " ")


def _values(text: str) -> tuple[list[object], bool]:
    """The JSON's value, or where it is cut, every complete object in it that no other holds; and whether it was cut."""
    try:
        return [json.loads(text)], False
    except RecursionError:
        raise ValueError("its objects are nested deeper than any download's") from None
    except json.JSONDecodeError:
        pass
    decoder = json.JSONDecoder()
    found: list[object] = []
    cut_open = 0  # objects the cut fell in: as many as the depth it fell at — each failed read runs to the text's end
    at = text.find("{")
    while at >= 0:
        try:
            value, end = decoder.raw_decode(text, at)
        except (json.JSONDecodeError, RecursionError) as exc:
            cut_open += isinstance(exc, RecursionError) or exc.pos >= len(text) - 1
            if cut_open > _DEEPEST_CUT:
                raise ValueError("it is cut off inside objects nested deeper than a download's") from None
            at = text.find("{", at + 1)  # (an object the cut fell in: the objects inside it are tried)
            continue
        found.append(value)
        at = text.find("{", end)
    return found, True


def _leaves(value: object) -> Iterator[dict[str, Scalar]]:
    """The objects inside ``value`` whose fields all hold a single value (a record, a column's description)."""
    if isinstance(value, dict):
        if _flat(value):
            yield {str(k): v for k, v in value.items()}
        else:
            for v in value.values():
                yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)


def _flat(value: dict[object, object]) -> bool:
    """Does every field of the object hold a single value (no object, no list)?"""
    return all(not isinstance(v, dict | list) for v in value.values())


def _titles(values: list[object]) -> Iterator[tuple[str, str]]:
    """The download's title fields, in the objects that hold records (not in the records themselves)."""
    for value in values:
        if isinstance(value, dict) and not _flat(value):
            for key, v in value.items():
                if key in _TITLE_KEYS and isinstance(v, str):
                    yield key, v
                elif isinstance(v, dict):
                    yield from _titles([v])
