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
from collections.abc import Iterator

from attrs import frozen

from fyplan.grammars import lexicon
from fyplan.lazyre import lazy
from fyplan.units import ends_like_unit, looks_like_unit

# Where no form's title word is, nothing else is looked at (one search at C speed; the lines that hold one are
# asked whether they are a title, not every line: ~10 ms per MB of new text, issue 13).
_HINT_FIRST = "督交催批"
_HINT = re.compile(f"[{_HINT_FIRST}] ?[办辦查促]")
_TITLE_LINE_LONGEST = 60
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
# 联系人:, 签发:) or alone on its line (办理要求); its value after a colon, a tab or a space, or on the
# lines below. The label's characters may be spaced out (督 办 领 导). (One space is a separator too: the text is
# normalised, runs of spaces made one.)
_FIELD = lazy(rf"^ *(?:(?P<text>{lexicon('FORM_TEXT')})|{_LABEL_WORDS}) *(?::|\t| |$) *(?P<value>.*)$")
_OTHER_LABEL = re.compile(r"^ *[\u4e00-\u9fff]{2,8} *(?::|\t)")
_OTHER_ALONE = re.compile(
    r"^ *(?:(?:[办辦]理|督[办辦]|工作|交[办辦])?(?:要求|依据|依據|事由|批示|情况|情況|结果|結果|备注|備注|说明|說明)"
    r"|联系人|聯繫人|(?:联系|聯繫)?电话|電話|签发人?|簽發人?|编号|編號|日期|传真|傳真|抄送|[经承]办人|回执|回執)$"
)
# A matter's own number at the start of a line of the text: 1. 2、 (1) ① 一、
_MATTER = re.compile(r"^ *(?:\d{1,3}[.、]|\(\d{1,3}\)|[①-⑳]|[一二三四五六七八九十]{1,3}、)")
_MATTER_NUMBER = re.compile(_MATTER.pattern + " *")  # (the number and the spaces after it, to take off)
# Item numbers at a line's start, the shape of numbered matters with fields under each (一、… / 主办:…).
_ITEM_START = re.compile(
    r"^ *(?:\d{1,3}[.、]|[一二三四五六七八九十]{1,3}、|\(\d{1,3}\)|\([一二三四五六七八九十]{1,3}\))"
)
# The content of the task (依据, 要求, 情况, 备注): a field kept as the item's note.
_CONTENT_LABEL = lazy(lexicon("CONTENT_FIELD"))
_NAME_LONGEST = 20  # characters of a body's name alone on a line of a cell's value
_WRAP_SHORT = 8  # characters: the rest of a name list wrapped to the next line is no longer than this
_RULE = re.compile(r"^[ \-—_=─━*·.]+$")  # a line drawn under a form (———, ____)
_WRAPPED_LONG = 16  # … and the line it was wrapped from is at least this long (欧阳明 / 联系人: two fields)


@frozen
class _Field:
    role: str  # "text", a role of _ROLES, or "other"
    value: str  # on the label's own line, after it ("" when alone)


def forms_as_items(text: str) -> str:
    """The text with each form's matters made items (see the module's doc); the text itself where it holds no
    form."""
    kind = _titled(text)
    if kind is None:
        return text
    lines = text.split("\n")
    out = list(lines)
    # (a notice of matters put under supervision: no form's matters, its fields' labels renamed only, below)
    starts = (
        _with_unnamed_texts(
            lines, [k for k, line in enumerate(lines) if (f := _field(line)) is not None and f.role == "text"]
        )
        if kind == "form"
        else []
    )
    ends: list[tuple[int, int]] = []  # (first, last) line of each form read
    n = 0
    while n < len(starts):
        # (督办事项 / 事项一:… / 事项二:… then the fields: text labels one after another, nothing but their words
        # between them, are one form's matters)
        last_text = n
        while last_text + 1 < len(starts) and _text_only(lines, starts[last_text], starts[last_text + 1]):
            last_text += 1
        stop = starts[last_text + 1] if last_text + 1 < len(starts) else len(lines)
        read = _form(lines, starts[n], stop)
        if read is not None:
            ends.append(read)
        n = last_text + 1
    covered = _write_forms(lines, out, ends)
    _rename(lines, out, covered)
    return "\n".join(out) if out != lines else text


# A matter's header alone on its line: 第2项, 第 三 项.
_MATTER_HEAD = re.compile(r"^ *第 ?(?:\d{1,3}|[一二三四五六七八九十]{1,3}) ?[项項] *$")


def _with_unnamed_texts(lines: list[str], starts: list[int]) -> list[int]:
    """第2项 / 督查要点:推进… — where every matter's text label stands right under a header of its own (第N项), the
    line under any other such header opens its matter too, whatever its label (a word no lexicon knows, a scan's
    misread one): its words are the matter's text, not lines of the form before it (which blanked them unread)."""
    heads = [k for k, line in enumerate(lines) if _MATTER_HEAD.match(line)]
    if len(heads) < _HEADS or not starts:
        return starts
    under = {k: h for h in heads if (k := _next_with_words(lines, h)) is not None}
    if not all(s in under for s in starts):
        return starts
    extra = [
        k for k in under if k not in starts and (f := _field(lines[k])) is not None and f.role == "other" and f.value
    ]
    return sorted([*starts, *extra]) if extra else starts


_HEADS = 2


def _next_with_words(lines: list[str], k: int) -> int | None:
    """The first line after line ``k`` that is not blank, or None."""
    return next((j for j in range(k + 1, len(lines)) if lines[j].strip()), None)


def _text_only(lines: list[str], k: int, nxt: int) -> bool:
    """Are the lines between two text labels all words of the first's text (no field among them)?"""
    return all(_field(lines[t]) is None for t in range(k + 1, nxt))


def _is_text_field(line: str) -> bool:
    f = _field(line)
    return f is not None and f.role == "text"


def _titled(text: str) -> str | None:
    """ "form" where a line of the text prints a form's title (督 办 通 知 单), "notice" where it prints a notice's that
    puts matters under supervision (关于对…进行督查督办的通知: its numbered matters' fields are a form's, its matters
    the reader's own), else None."""
    notice = False
    for at in _hints(text):
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        if end - start <= _TITLE_LINE_LONGEST:
            line = text[start:end]
            if _is_title(line):
                return "form"
            notice = notice or _is_notice_title(line)
    if not notice and ("提案" in text or "建议" in text or "建議" in text):
        # 关于做好…重点提案办理工作的通知, …建议提案办理分工方案的通知: proposals handed out, each with the leader who
        # supervises it (督办领导:副市长 X), as a notice that puts matters under supervision has
        notice = any(_HANDLED_TITLE.match(line.replace(" ", "").replace("\u3000", "")) for line in _head_lines(text))
    return "notice" if notice else None


def _head_lines(text: str) -> list[str]:
    return text.split("\n", _TITLE_AREA)[:_TITLE_AREA]


_TITLE_AREA = 20
# A notice that hands out deputies' proposals or motions to be handled (提案办理, 建议办理, 建议提案承办).
_HANDLED_TITLE = re.compile(
    r"^[^\s,。;:]{0,60}?(?:关于|關於)[^\s,。;:]{2,60}?(?:建议|建議|提案)[^\s,。;:]{0,20}?"
    r"(?:办理|辦理|承办|承辦|交办|交辦)[^\s,。;:]{0,12}?的通知$"
)


def _hints(text: str) -> Iterator[int]:
    """Where _HINT matches (督办, 交 办 …), from the places of its first characters: ``str.find`` at C speed, where the
    pattern, led by a class, takes a step at every character (~2 ms per MB of a notice with none, issue 13)."""
    for first in _HINT_FIRST:
        at = text.find(first)
        while at >= 0:
            if _HINT.match(text, at):
                yield at
            at = text.find(first, at + 1)


def _is_title(line: str) -> bool:
    flat = line.replace(" ", "").replace("\u3000", "")
    return 0 < len(flat) <= _TITLE_LONGEST and _TITLE.match(flat) is not None


def _is_notice_title(line: str) -> bool:
    """关于对…议定事项进行督查督办的通知: a notice whose matters are put under supervision, each with its 督办领导."""
    return _NOTICE_TITLE.match(line.replace(" ", "").replace("\u3000", "")) is not None


_NOTICE_TITLE = re.compile(
    r"^[^\s,。;:]{0,50}?(?:关于|關於)[^\s,。;:]{2,50}?(?:督查|督促|督辦|督办)(?:督办|督辦)?(?:工作)?的通知$"
)


def _field(line: str) -> _Field | None:
    """The field whose label starts the line, or None."""
    flat = _unspaced_label(line)
    m = _FIELD.match(flat)
    if m is None and (stray := _STRAY.match(line)) is not None:
        # 督 办事项:, 责 任单位:, 责任人;吴振东 — a scan's stray space inside a label, or its colon read as a semicolon
        m = _FIELD.match(f"{stray.group(1)}{stray.group(2)}:{line[stray.end() :]}")
    if m is not None:
        role = next(r for r in ("text", *(role for role, _ in _ROLES)) if m.group(r) is not None)
        return _Field(role, m.group("value").strip())
    if (other := _OTHER_LABEL.match(line)) is not None:
        return _Field("other", line[other.end() :].strip())
    if _OTHER_ALONE.match(flat):
        return _Field("other", "")
    return None


_SPACED = re.compile(r"^ *((?:[\u4e00-\u9fff] ){2,9}[\u4e00-\u9fff])(?=$| |\t|:)")
# A label with one stray space inside or a semicolon for its colon (the label is then asked of _FIELD).
_STRAY = re.compile(r"^ *([\u4e00-\u9fff]{1,5}) ?([\u4e00-\u9fff]{0,6}) *[:;]")
_LABEL_ONLY = lazy(rf"(?:{lexicon('FORM_TEXT')}|{_LABEL_WORDS.replace('(?P<', '(?P<x_')})")


def _unspaced_label(line: str) -> str:
    """督 办 领 导  林 峰 → 督办领导 林 峰: a label's characters spaced out, taken together — the longest run of
    single characters parted by one space that is a form's label (a copy may have collapsed the spaces between
    the label and its value: 督 办 领 导 林 峰)."""
    m = _SPACED.match(line)
    if m is None:
        return line
    chars = m.group(1).split(" ")
    for cut in range(len(chars), 1, -1):
        label = "".join(chars[:cut])
        if _LABEL_ONLY.fullmatch(label) is not None or (cut == len(chars) and _OTHER_ALONE.match(label)):
            rest = " ".join(chars[cut:])
            return label + (" " + rest if rest else "") + line[m.end() :]
    return line


def _form(lines: list[str], k: int, stop: int) -> tuple[int, int] | None:
    """(k, last line) of the form whose text's label stands on line ``k`` (the next form's at ``stop``), where
    its text has words and a field of who answers follows it; None otherwise."""
    text_lines, j = _text_lines(lines, k, stop)
    if not text_lines:
        return None
    who = False
    last = j - 1
    while j < stop:
        f = _field(lines[j])
        if f is None:
            if lines[j].strip():
                break  # furniture, or a line no field holds: the form's fields end
            j += 1
            continue
        if who and _unread(f, lines[j]):
            break  # (督查要点:推进… after the fields: another matter under a label no lexicon holds — not this one's)
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


def _text_lines(lines: list[str], k: int, stop: int) -> tuple[list[int], int]:
    """The lines of the text whose label stands on line ``k`` (that line where the label has words after it, the
    lines below up to the first field but another text label's), and the line after them."""
    first = _field(lines[k])
    assert first is not None
    text_lines = [k] if first.value else []
    j = k + 1
    while j < stop and (_field(lines[j]) is None or _is_text_field(lines[j])):
        if lines[j].strip():
            text_lines.append(j)
        j += 1
    return text_lines, j


def _value_lines(lines: list[str], j: int, stop: int, f: _Field) -> list[int]:
    """The lines below a field's label that hold its value: where the label stands alone, the next line with
    words (unless it is a label: an empty field); then a name list's rest wrapped to the next line."""
    taken: list[int] = []
    k = j + 1
    if not f.value:
        while k < stop and not lines[k].strip():
            k += 1
        if k >= stop or _field(lines[k]) is not None:
            return []
        taken.append(k)
        k += 1
    if f.role == "other":
        # a requirement's sentences run on to the next label, from a line the page wrapped (not past a rule
        # line ——— or a receipt's title: the form ends there)
        while (
            k < stop
            and lines[k].strip()
            and _field(lines[k]) is None
            and len(lines[k - 1].strip()) >= _WRAPPED_LONG
            and _RULE.match(lines[k]) is None
            and not _is_title(lines[k])
        ):
            taken.append(k)
            k += 1
        return taken
    last = lines[taken[-1]] if taken else lines[j]
    while k < stop and lines[k].strip() and _field(lines[k]) is None:
        rest = lines[k].strip()
        wrapped = len(last.strip()) >= _WRAPPED_LONG and len(rest) <= _WRAP_SHORT and not _is_title(rest)
        # (协办单位 / 区财政局 / 区热力公司: a cell's names one a line, each a body's)
        listed = f.role in _WHO and f.role != "leader" and looks_like_unit(rest) and len(rest) <= _NAME_LONGEST
        if not (last.rstrip().endswith(("、", ",", "，")) or wrapped or listed):
            break
        if re.search(r"\d{4}年\d{1,2}月\d{1,2}日$", rest):
            break  # the form's date
        taken.append(k)
        last = lines[k]
        k += 1
    return taken


@frozen
class _Read:
    """One form as read: its duties by role (values in order), its text's lines, and its fields to write as
    ``label:value`` lines on their labels' lines."""

    values: dict[str, list[str]]
    text_lines: list[int]
    fields: list[tuple[int, str]]


def _unread_words(line: str) -> bool:
    """A line of a label no form's role holds and words after it (督查要点:推进…), not furniture (签发人:, 日期:)."""
    return _unread(_field(line), line)


def _unread(f: _Field | None, line: str) -> bool:
    """``_unread_words`` of a line whose field (``_field(line)``) is read already."""
    if f is None or f.role != "other" or len(f.value) < _WORDS_LEAST:
        return False
    label = line.split(":", 1)[0].strip()
    return not _CONTENT_LABEL.search(label) and not _CONTACT.search(line)


_WORDS_LEAST = 6
# Who to call about the form (联系人:许丽 电话:…, 督办人:张华 联系电话:…): furniture, no matter.
_CONTACT = re.compile(
    r"电话|電話|手机|手機|\d{3,4}-\d{5,8}|^ *(?:联系人|聯繫人|[督经經承][办辦]人|签发人|簽發人|审核人|審核人)"
)


def _write_forms(lines: list[str], out: list[str], forms: list[tuple[int, int]]) -> range | None:
    """Each form's matters as items; its fields, labels renamed to the reader's own, on their labels' lines under
    the last matter (the others carry the duties in a bracket); every other line of the forms emptied, from the
    first form's text to the last form's end and the furniture after it but its signature (office and date).
    The lines written, or None."""
    if not forms:
        return None
    reads = [_duties(lines, k, last) for k, last in forms]
    lent = _form_leader(lines, forms, reads)
    matters_of = [_matters(lines, read.text_lines, k) for (k, _), read in zip(forms, reads, strict=True)]
    # Numbers as printed where every matter prints one (restarting in each form, as printed); else every matter
    # numbered in order over the file (forms of one unnumbered matter each, a form's 1. 2. among them).
    printed = all(p is not None for matters in matters_of for _, p, _ in matters)
    number = 0
    upto = 0
    for n, ((k, last), read, matters) in enumerate(zip(forms, reads, matters_of, strict=True)):
        upto = forms[n + 1][0] if n + 1 < len(forms) else _furniture_end(lines, last)
        for t in range(k, upto):
            # (after the form's fields, a line of words under a label the form did not read — 督查要点:推进…, a matter
            # whose label no lexicon holds — stays, for the reader to read or report: never dropped unread)
            out[t] = lines[t] if t > last and _unread_words(lines[t]) else ""
        duties = _bracket(read.values if lent is None else {**read.values, "leader": [lent]})
        written: dict[int, list[str]] = {}
        for m, (head, said, body) in enumerate(matters):
            number = said if printed and said is not None else number + 1
            if m < len(matters) - 1:
                bracket = f"({duties})" if duties else ""
            else:  # the last matter: the field lines below are its
                bracket = f"(责任领导:{lent})" if lent is not None and "leader" not in read.values else ""
            written.setdefault(head, []).append(f"{number}.{body}{bracket}")
        for head, parts in written.items():
            out[head] = "".join(parts)
        if k not in written and (basis := _text_value(lines[k])) and not _BARE_NUMBER.match(basis):
            # 交办事项:市政府第十一次常务会议议定事项 over counted matters: where they come from, kept before them as the
            # form's basis (依据:…), no matter's text
            out[k] = f"依据:{basis}"
        for t, field in read.fields:
            out[t] = field
        if n == len(forms) - 1:
            for t in _signature(lines, last, upto):
                out[t] = lines[t]
    return range(forms[0][0], upto)


def _bracket(values: dict[str, list[str]]) -> str:
    return ";".join(f"{_CANONICAL[role]}:{'、'.join(values[role])}" for role, _ in _ROLES if role in values)


def _form_leader(lines: list[str], forms: list[tuple[int, int]], reads: list[_Read]) -> str | None:
    """The leader of all the forms' matters, where one is named for them all: on a line of the header before the
    first matter (督办领导:X), or in the last matter's fields only, none of the others naming one (交办单's
    事项一 … 事项六, then 督办领导:X) — a field of the form, not of its last matter."""
    if any("leader" in read.values for read in reads[:-1]):
        return None
    if len(reads) > 1 and "leader" in reads[-1].values:
        return "、".join(reads[-1].values["leader"])
    for t in range(forms[0][0]):
        f = _field(lines[t])
        if f is not None and f.role == "leader":
            below = _value_lines(lines, t, forms[0][0], f)
            value = _NEXT_FIELD.split("".join([f.value, *(lines[b].strip() for b in below)]).strip(), maxsplit=1)[0]
            if value:
                return value
    return None


_DATE_LINE = re.compile(r"^ *\d{4}年\d{1,2}月\d{1,2}日 *$")


def _signature(lines: list[str], last: int, upto: int) -> list[int]:
    """The last form's signature after its fields: its date line and the office's line above it."""
    for t in range(upto - 1, last, -1):
        if _DATE_LINE.match(lines[t]):
            return [t - 1, t] if t - 1 > last and lines[t - 1].strip() else [t]
    return []


def _text_value(line: str) -> str:
    """The words after a text's label on its line."""
    f = _field(line)
    # (an "other" label only where it opens a matter under its 第N项: _with_unnamed_texts)
    return f.value if f is not None and f.role in ("text", "other") else line.strip()


# Fields inside one field's value: 承办单位  主办:县商务局;会办:县住建局、县市场监管局.
_SUBFIELD_SPLIT = re.compile(r" *[;；] *")


def _subfields(value: str) -> list[tuple[str, str]] | None:
    """The (role, value) of each field inside a value, or None where it holds no field of who answers."""
    found: list[tuple[str, str]] = []
    for piece in _SUBFIELD_SPLIT.split(value):
        if not piece:
            continue
        f = _field(piece)
        if f is None or f.role not in _WHO or not f.value or ":" not in piece:
            return None
        found.append((f.role, f.value))
    return found or None


def _duties(lines: list[str], k: int, last: int) -> _Read:
    """The form from line ``k`` to ``last`` read: its duties by role, its text's lines, and its fields as
    ``label:value`` lines — those of who answers and when under the reader's own labels, the task's content
    (督办依据, 办理要求: its notes) under their own; furniture (联系人, 签发, 交办领导) left out."""
    values: dict[str, list[str]] = {}
    fields: list[tuple[int, str]] = []
    text_lines, j = _text_lines(lines, k, last + 1)
    while j <= last:
        f = _field(lines[j])
        if f is None:
            j += 1
            continue
        below = _value_lines(lines, j, last + 1, f)
        value = _joined_value(f.value, [lines[t].strip() for t in below])
        if f.role in _CANONICAL and value:
            pieces = _subfields(value) or [(f.role, value)]
            for role, said in pieces:
                values.setdefault(role, []).append(said)
            fields.append((j, ";".join(f"{_CANONICAL[role]}:{said}" for role, said in pieces)))
        elif f.role == "other" and value:
            label = _unspaced_label(lines[j]).strip()
            label = re.split(r" *[:\t]", label, maxsplit=1)[0]
            if _CONTENT_LABEL.search(label):
                fields.append((j, f"{label}:{value}"))
        j = (below[-1] if below else j) + 1
    return _Read(values, text_lines, fields)


def _joined_value(first: str, rest: list[str]) -> str:
    """A field's value from its lines: a list wrapped after 、 or mid-name goes on as printed; a body's name alone on
    its line after another's (区财政局 / 区热力公司, a cell's names one a line) is one more name of the list."""
    value = first.strip()
    for line in rest:
        if value and value[-1] not in "、,，" and ends_like_unit(value) and looks_like_unit(line):
            value += "、"
        value += line
    return value


# Matters run together on one line: 1.….2.… (a form's cell copied as one line): a number after a sentence's end.
_INLINE_MATTER = re.compile(r"(?<=[。;；])\s*(?=\d{1,2}[.、](?!\d))")


def _matters(lines: list[str], text_lines: list[int], k: int) -> list[tuple[int, int | None, str]]:
    """The text parted into matters, each as (the line it starts on, its printed number 1. 2. or None, its words
    without the number): one per numbered line or number after a sentence's end, the lines after it its rest."""
    matters: list[tuple[int, int | None, str]] = []
    counted = [t for t in text_lines if t != k and _COUNTED_MATTER.match(_unspaced_label(lines[t]))]
    if counted:
        # 交办事项:9月11日常务会议议定事项 over 事项一:… 事项二:…: the first label's words say where the matters come
        # from; the counted labels are the matters
        text_lines = [t for t in text_lines if t >= counted[0]]
    for t in text_lines:
        labelled = t == k or _is_text_field(lines[t])  # (事项二:… after 事项一:…: a matter of its own)
        line = _text_value(lines[t]) if labelled else lines[t].strip()
        if not line or _BARE_NUMBER.match(line):
            continue  # 交办事项 / (一) / 事项内容 / …: a label alone, a matter's number alone (counted in order)
        for p, piece in enumerate(_INLINE_MATTER.split(line)):
            if matters and p == 0 and not _MATTER.match(piece) and not (labelled and t != k):
                head, printed, body = matters[-1]
                matters[-1] = (head, printed, body + piece.strip())
            else:
                digits = _PRINTED.match(piece)
                printed = int(digits.group(1)) if digits is not None else None
                matters.append((t, printed, _MATTER_NUMBER.sub("", piece, count=1).strip()))
    return matters


_PRINTED = re.compile(r"^ *(\d{1,3})[.、]")
_BARE_NUMBER = re.compile(r"^\((?:[一二三四五六七八九十]{1,3}|\d{1,3})\)$")
_COUNTED_MATTER = re.compile(r"^ *(?:[\u4e00-\u9fff]{0,4})(?:事项|事項)(?:[一二三四五六七八九十]{1,3}|\d{1,3})")


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
        f = _field(line)
        if f is None and _SUPERVISING_INSIDE.search(line) is not None:
            # (区住建局牵头,区城管局配合;督办领导:李建平;9月底前办结): the bracket's field, the matter's leader
            out[k] = _SUPERVISING_INSIDE.sub("责任领导", line)
            continue
        if f is None or f.role not in _CANONICAL or _PERSON_ANSWERING.match(line) or _SITE_FOOTER.search(line):
            # (责任人:县住建局局长 韩涛 — the reader's own label: its leader and its note, as written; 主办单位:某市人民政府
            # 办公室 陇ICP备… — a web page's footer, no matter's field)
            continue
        value = _NEXT_FIELD.split(f.value, maxsplit=1)[0]
        out[k] = f"{_CANONICAL[f.role]}:{value}" if f.value else _CANONICAL[f.role]


# The leader who supervises a matter, named by a field inside the bracket after it (…;督办领导:李建平;…): in a
# notice that puts matters under supervision, the matter's leader.
_SUPERVISING_INSIDE = re.compile(r"(?<=[(;,])(?:督办|督查|督辦)(?:[领領][导導])(?= *:)")
_SITE_FOOTER = re.compile(r"网站|網站|ICP|备案|備案|技术支持|技術支持|版权|版權|公网安备|公網安備")
_PERSON_ANSWERING = re.compile(r"^ *(?:第一|具体|具體)?[责責]任人 *[:：]")
# A form's row of several fields, the next label after a value (督办领导 副市长 罗明 督办部门 市政府督查室): where the
# renamed field's value ends.
_NEXT_FIELD = re.compile(r" +(?=[\u4e00-\u9fff]{0,4}(?:部门|单位|日期|编号|时间|时限|领导|电话|联系人)(?: |$))")
