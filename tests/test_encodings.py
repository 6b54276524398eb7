"""The bundled example read from other encodings and line ends gives the same notice.

``examples/fuyang-2019.txt`` (UTF-8, LF, no BOM) is re-encoded into ``tmp_path`` and
read back with ``fyplan.load``: the items must be equal to the original's, and every
item must keep its line number (line numbers count lines of the file, whatever its
encoding or line ends).
"""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

import fyplan
from fyplan.model import Notice

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "fuyang-2019.txt"


def _crlf(text: str) -> str:
    assert "\r" not in text
    return text.replace("\n", "\r\n")


VARIANTS: dict[str, Callable[[str], bytes]] = {
    "gb18030": lambda t: t.encode("gb18030"),
    "gb18030-crlf": lambda t: _crlf(t).encode("gb18030"),
    "utf-16-le-bom": lambda t: codecs.BOM_UTF16_LE + t.encode("utf-16-le"),
    "utf-16-be-bom": lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"),
    "utf-16-bom-crlf": lambda t: _crlf(t).encode("utf-16"),  # BOM in native order
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "utf-8-crlf": lambda t: _crlf(t).encode("utf-8"),
    "utf-8-bom-crlf": lambda t: _crlf(t).encode("utf-8-sig"),
}


@pytest.fixture(scope="module")
def original_text() -> str:
    return EXAMPLE.read_bytes().decode("utf-8")


@pytest.fixture(scope="module")
def original() -> Notice:
    return fyplan.load(EXAMPLE)


def test_original_is_read(original: Notice) -> None:
    # DESIGN.md: 10 sections, 44 tasks, 201 responsibility items.
    assert len(original.items()) == 201
    assert len({it.task.id for it in original.items()}) == 44
    assert [s.number for s in original.sections if s.number] == list(range(1, 11))


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_same_items(variant: str, original: Notice, original_text: str, tmp_path: Path) -> None:
    data = VARIANTS[variant](original_text)
    assert data != EXAMPLE.read_bytes()
    if variant.startswith(("gb18030", "utf-16")):
        # Make sure the file really is not UTF-8, so the test exercises detection.
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    path = tmp_path / EXAMPLE.name
    path.write_bytes(data)

    notice = fyplan.load(path)

    assert notice.items() == original.items()
    assert [it.line for it in notice.items()] == [it.line for it in original.items()]
    assert [s.line for s in notice.sections] == [s.line for s in original.sections]
    assert notice.title == original.title
    assert notice.doc_number == original.doc_number
    assert notice.date == original.date
    assert [d.severity for d in notice.diagnostics if d.severity == "error"] == []


@pytest.mark.parametrize("variant", ["utf-8-crlf", "gb18030-crlf", "utf-16-bom-crlf"])
def test_no_carriage_returns_leak(variant: str, original_text: str, tmp_path: Path) -> None:
    path = tmp_path / EXAMPLE.name
    path.write_bytes(VARIANTS[variant](original_text))
    notice = fyplan.load(path)
    for it in notice.items():
        assert "\r" not in it.text
        assert all("\r" not in u.name for u in it.lead_units + it.cooperating_units)
