"""督办通知单, 交办单, 督办件: forms that hand one or a few matters to a body, one form after another in a file.

A form prints its fields as label and value — on one line (``主办单位:市交通局``, ``主办  市交通局``) or the
label alone over its value (a PDF's or a Word table's cells, one per line) — and around them the form's own
furniture: its title, number, addressee, requirements, contact, date. Two shapes:

- the matter's text under a label of its own (交办事项 / 督办事项), then the fields of who answers it: each
  matter of the text (one, or several numbered 1. 2.) is an item with all the form's duties. The text's lines
  become the items' lines, the duties written after each item's text as one bracket of fields the clause
  reader knows (``(牵头单位:…;配合单位:…;责任领导:…;完成时限:…)``); every other line of the form is emptied,
  so the line count holds and furniture is not read as text;
- numbered matters each with fields under it (一、… / 主办:… / 会办:… / 督办领导:…): the labels are renamed
  to the reader's own, the rest is left to the item reader.

Only a document that carries a form's title (``督 办 通 知 单``) is read so: in a list, 督办领导 names who
follows the list up, not an item's leader, and ``主办:`` alone is a web page's owner.
"""

from __future__ import annotations

import re

from attrs import frozen

from fyplan.grammars import lexicon
from fyplan.lazyre import lazy

# Where no form's title word is, nothing else is looked at (one search at C speed).
_HINT = re.compile(r"[督交催批][办辦查促]")
_TITLE_LONGEST = 30  # characters of a title line, spaces taken out (市人民政府督查室督办通知单)
_TITLE = lazy(rf"^[\u4e00-\u9fff()]{{0,16}}(?:{lexicon('FORM_TITLE')})$")

# The roles of a form's fields, the label the clause reader knows each by, in the order the bracket gives them.
_ROLES: tuple[tuple[str, str], ...] = (
    ("leader", "FORM_LEADER"),
    ("lead", "FORM_LEAD"),
    ("coop", "FORM_COOP"),
    ("units", "FORM_UNITS"),
    ("deadline", "FORM_DEADLINE"),
)
_CANONICAL = {"leader": "责任领导", "lead": "牵头单位", "coop": "配合单位", "units": "责任单位", "deadline": "完成时限"}
_WHO = ("leader", "lead", "coop", "units")
_LABEL_WORDS = "|".join(f"(?P<{role}>{lexicon(name)})" for role, name in _ROLES)
# A field's label at a line's start: the text's, a role's, or any other short label before a colon (办理要求:,
# 联系人:, 签发:) or alone on its line (办理要求); its value after a colon, a tab or two spaces, or on the
# lines below. The label's characters may be spaced out (督 办 领 导).
_FIELD = lazy(rf"^ *(?:(?P<text>{lexicon('FORM_TEXT')})|{_LABEL_WORDS}) *(?::|\t|  |$) *(?P<value>.*)$")
_OTHER_LABEL = re.compile(r"^ *[\u4e00-\u9fff]{2,8} *(?::|\t)")
_OTHER_ALONE = re.compile(
    r"^ *(?:[办辦]理|督[办辦]|工作|交[办辦])?(?:要求|依据|依據|事由|批示|情况|情況|结果|結果|备注|備注|说明|說明)$"
)
# A matter's own number at the start of a line of the text: 1. 2、 (1) ① 一、
_MATTER = re.compile(r"^ *(?:\d{1,3}[.、]|\(\d{1,3}\)|[①-⑳]|[一二三四五六七八九十]{1,3}、)")
_MATTER_NUMBER = re.compile(r"^ *(?:\d{1,3}[.、]|\(\d{1,3}\)|[①-⑳]|[一二三四五六七八九十]{1,3}、) *")
# Item numbers at a line's start, the shape of numbered matters with fields under each (一、… / 主办:…).
_ITEM_START = re.compile(
    r"^ *(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\(\d{1,3}\)|\([一二三四五六七八九十]{1,3}\))"
)
# The content of the task (依据, 要求, 情况, 备注): a field kept as the item's note.
_CONTENT_LABEL = lazy(lexicon("CONTENT_FIELD"))
_WRAP_SHORT = 8  # characters: the rest of a name list wrapped to the next line is no longer than this


@frozen
class _Field:
    role: str  # "text", a role of _ROLES, or "other"
    line: int
    value: str  # on the label's own line, after it ("" when alone)


def forms_as_items(text: str) -> str:
    """The text with each form's matters made items (see the module's doc); the text itself where it holds no
    form."""
    if not _HINT.search(text):
        return text
    lines = text.split("\n")
    if not any(_is_title(line) for line in lines):
        return text
    out = list(lines)
    starts = [k for k, line in enumerate(lines) if (f := _field(line, k)) is not None and f.role == "text"]
    ends: list[tuple[int, int]] = []  # (first, last) line of each form read
    for n, k in enumerate(starts):
        stop = starts[n + 1] if n + 1 < len(starts) else len(lines)
        read = _form(lines, k, stop)
        if read is not None:
            ends.append(read)
    covered = _write_forms(lines, out, ends)
    _rename(lines, out, covered)
    return "\n".join(out) if out != lines else text


def _is_title(line: str) -> bool:
    flat = line.replace(" ", "").replace("\u3000", "")
    return 0 < len(flat) <= _TITLE_LONGEST and _TITLE.match(flat) is not None


def _field(line: str, k: int) -> _Field | None:
    """The field whose label starts line ``k``, or None."""
    flat = _unspaced_label(line)
    m = _FIELD.match(flat)
    if m is not None:
        role = next(r for r in ("text", *(role for role, _ in _ROLES)) if m.group(r) is not None)
        return _Field(role, k, m.group("value").strip())
    if (other := _OTHER_LABEL.match(line)) is not None:
        return _Field("other", k, line[other.end() :].strip())
    if _OTHER_ALONE.match(flat):
        return _Field("other", k, "")
    return None


_SPACED = re.compile(r"^ *((?:[\u4e00-\u9fff] ){2,7}[\u4e00-\u9fff])(?=$| {2}|\t|:| [^\u4e00-\u9fff ])")


def _unspaced_label(line: str) -> str:
    """督 办 领 导  林 峰 → 督办领导  林 峰: a label's characters spaced out, taken together (only the first run of
    single characters parted by one space; the value after two spaces keeps its own)."""
    m = _SPACED.match(line)
    if m is None:
        return line
    return m.group(1).replace(" ", "") + line[m.end() :]


def _form(lines: list[str], k: int, stop: int) -> tuple[int, int] | None:
    """(k, last line) of the form whose text's label stands on line ``k`` (the next form's at ``stop``), where
    its text has words and a field of who answers follows it; None otherwise."""
    first = _field(lines[k], k)
    assert first is not None
    text_lines = [k] if first.value else []
    j = k + 1
    while j < stop and _field(lines[j], j) is None:
        if lines[j].strip():
            text_lines.append(j)
        j += 1
    if not text_lines:
        return None
    who = False
    last = j - 1
    while j < stop:
        f = _field(lines[j], j)
        if f is None:
            if lines[j].strip():
                break  # furniture, or a line no field holds: the form's fields end
            j += 1
            continue
        value = _value_lines(lines, j, stop, f)
        if f.role in _WHO and (f.value or value):
            who = True
        last = max(j, *value) if value else j
        j = last + 1
    if not who:
        return None
    if any(_ITEM_START.match(lines[t]) for t in range(last + 1, stop) if lines[t].strip()):
        return None  # numbered matters below with fields of their own: the item reader's (see _rename)
    return k, last


def _value_lines(lines: list[str], j: int, stop: int, f: _Field) -> list[int]:
    """The lines below a field's label that hold its value: where the label stands alone, the next line with
    words (unless it is a label: an empty field); then a name list's rest wrapped to the next line."""
    taken: list[int] = []
    k = j + 1
    if not f.value:
        while k < stop and not lines[k].strip():
            k += 1
        if k >= stop or _field(lines[k], k) is not None:
            return []
        taken.append(k)
        k += 1
    if f.role == "other":
        # a requirement's sentences run on to the next label
        while k < stop and lines[k].strip() and _field(lines[k], k) is None and not _is_title(lines[k]):
            taken.append(k)
            k += 1
        return taken
    last = lines[taken[-1]] if taken else lines[j]
    while k < stop and lines[k].strip() and _field(lines[k], k) is None:
        rest = lines[k].strip()
        if not (last.rstrip().endswith(("、", ",", "，")) or (len(rest) <= _WRAP_SHORT and not _is_title(rest))):
            break
        if re.search(r"\d{4}年\d{1,2}月\d{1,2}日$", rest):
            break  # the form's date
        taken.append(k)
        last = lines[k]
        k += 1
    return taken


def _write_forms(lines: list[str], out: list[str], forms: list[tuple[int, int]]) -> range | None:
    """Each form's matters as items; its fields, labels renamed to the reader's own, on their labels' lines under
    the last matter (the others carry the duties in a bracket); every other line of the forms emptied, from the
    first form's text to the last form's end and the furniture after it but its signature (office and date).
    The lines written, or None."""
    if not forms:
        return None
    number = 0
    upto = 0
    for n, (k, last) in enumerate(forms):
        duties, text_lines, fields = _duties(lines, k, last)
        upto = forms[n + 1][0] if n + 1 < len(forms) else _furniture_end(lines, last)
        for t in range(k, upto):
            out[t] = ""
        matters = _matters(lines, text_lines, k)
        for m, matter in enumerate(matters):
            number += 1
            head = matter[0]
            first = _text_value(lines[head]) if head == k else _MATTER_NUMBER.sub("", lines[head], count=1)
            body = first.strip() + "".join(lines[t].strip() for t in matter[1:])
            out[head] = f"{number}.{body}({duties})" if m < len(matters) - 1 and duties else f"{number}.{body}"
        for t, field in fields:
            out[t] = field
        if n == len(forms) - 1:
            for t in _signature(lines, last, upto):
                out[t] = lines[t]
    return range(forms[0][0], upto)


_DATE_LINE = re.compile(r"^ *\d{4}年\d{1,2}月\d{1,2}日 *$")


def _signature(lines: list[str], last: int, upto: int) -> list[int]:
    """The last form's signature after its fields: its date line and the office's line above it."""
    for t in range(upto - 1, last, -1):
        if _DATE_LINE.match(lines[t]):
            return [t - 1, t] if t - 1 > last and lines[t - 1].strip() else [t]
    return []


def _text_value(line: str) -> str:
    """The words after a text's label on its line, their own number (1.) taken off."""
    f = _FIELD.match(_unspaced_label(line))
    value = f.group("value").strip() if f is not None else line.strip()
    return _MATTER_NUMBER.sub("", value, count=1)


def _duties(lines: list[str], k: int, last: int) -> tuple[str, list[int], list[tuple[int, str]]]:
    """The form's duties as a bracket's fields (牵头单位:…;责任领导:…), its text's lines, and its fields as
    ``label:value`` lines on their labels' lines: those of who answers and when under the reader's own labels,
    the task's content (督办依据, 办理要求: its notes) under their own; furniture (联系人, 签发) left out."""
    values: dict[str, list[str]] = {}
    text_lines: list[int] = []
    fields: list[tuple[int, str]] = []
    first = _field(lines[k], k)
    assert first is not None
    if first.value:
        text_lines.append(k)
    j = k + 1
    while j <= last and _field(lines[j], j) is None:
        if lines[j].strip():
            text_lines.append(j)
        j += 1
    while j <= last:
        f = _field(lines[j], j)
        if f is None:
            j += 1
            continue
        below = _value_lines(lines, j, last + 1, f)
        value = "".join([f.value, *(lines[t].strip() for t in below)]).strip()
        if f.role in _CANONICAL and value:
            values.setdefault(f.role, []).append(value)
            fields.append((j, f"{_CANONICAL[f.role]}:{value}"))
        elif f.role == "other" and value:
            label = _unspaced_label(lines[j]).strip()
            label = re.split(r" *[:\t]", label, maxsplit=1)[0]
            if _CONTENT_LABEL.search(label):
                fields.append((j, f"{label}:{value}"))
        j = (below[-1] if below else j) + 1
    bracket = [f"{_CANONICAL[role]}:{'、'.join(values[role])}" for role, _ in _ROLES if role in values]
    return ";".join(bracket), text_lines, fields


def _matters(lines: list[str], text_lines: list[int], k: int) -> list[list[int]]:
    """The text's lines parted into matters: one per numbered line (1. 2.), the lines after it its rest."""
    matters: list[list[int]] = []
    for t in text_lines:
        line = _text_value(lines[t]) if t == k else lines[t]
        if not matters or _MATTER.match(line):
            matters.append([t])
        else:
            matters[-1].append(t)
    return matters


def _furniture_end(lines: list[str], last: int) -> int:
    """Where the last form's furniture (requirements, contact, office, date) ends: at the next numbered line,
    or the end."""
    for t in range(last + 1, len(lines)):
        if _ITEM_START.match(lines[t]):
            return t
    return len(lines)


def _rename(lines: list[str], out: list[str], covered: range | None) -> None:
    """Numbered matters each with fields under it: each role's label renamed to the reader's own (主办: →
    牵头单位:, 督办领导: → 责任领导:), the line otherwise as it was (not the lines of forms written whole)."""
    for k, line in enumerate(lines):
        if covered is not None and k in covered:
            continue
        f = _field(line, k)
        if f is None or f.role not in _CANONICAL or "\t" in f.value:
            continue  # (督办领导<tab>罗明<tab>督办部门<tab>…: a form's header row of several fields, left as it is)
        flat = _unspaced_label(line)
        m = _FIELD.match(flat)
        assert m is not None
        out[k] = f"{_CANONICAL[f.role]}:{m.group('value').strip()}" if f.value else _CANONICAL[f.role]
