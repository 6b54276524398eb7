"""One entry for every format: the kind told by the bytes, the reader that knows it, and a clear
error (NoticeError, never a traceback) for a document that cannot be read."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from fyplan.errors import NoticeError
from fyplan.model import Diagnostic
from fyplan.read.formats import Converted
from fyplan.read.formats.sniff import kind_of, ole_is_encrypted
from fyplan.read.formats.zipguard import ZipProblem, check

SOFFICE_TIMEOUT = 120  # seconds for LibreOffice to turn an old .doc into .docx


def convert(data: bytes, name: str) -> Converted | None:
    """The document as lines with places; None for plain text (read by the text decoder)."""
    kind = kind_of(data)
    if kind == "text":
        return None
    try:
        return _convert(kind, data, name)
    except NoticeError:
        raise
    except ImportError as exc:
        raise _error(name, str(exc)) from None
    except ZipProblem as exc:
        raise _error(name, f"{name} cannot be read: {exc}.") from None
    except Exception as exc:  # a third-party reader failing on a damaged file: said, never a traceback
        if kind == "pdf" and b"/Encrypt" in data:
            raise _error(name, f"{name} is an encrypted PDF; save it without a password first.") from None
        raise _error(name, f"{name} cannot be read as {_WHAT[kind]}: {_reason(exc)}.") from None


_WHAT = {
    "docx": "a Word document",
    "xlsx": "a spreadsheet",
    "ods": "a spreadsheet",
    "html": "a web page",
    "pdf": "a PDF",
    "ole": "an Office document",
    "zip": "a document",
    "text": "text",
    "json": "a JSON download",
}


def _convert(kind: str, data: bytes, name: str) -> Converted:
    if kind == "docx":
        check(data, "Word document")
        from fyplan.read.formats.word import read_docx

        return read_docx(data)
    if kind in ("xlsx", "ods"):
        check(data, "spreadsheet")
        from fyplan.read.formats.sheets import read_sheets

        return read_sheets(data)
    if kind == "html":
        from fyplan.read.formats.webpage import read_html

        return read_html(data)
    if kind == "pdf":
        from fyplan.read.formats.pdf import read_pdf

        return read_pdf(data)
    if kind == "ole":
        return _old_office(data, name)
    if kind == "json":
        from fyplan.read.decode import decode
        from fyplan.read.formats.records import read_json

        return read_json(decode(data, name))
    suffix = Path(name).suffix.lower()
    what = "Word document" if suffix == ".docx" else "spreadsheet" if suffix in (".xlsx", ".ods") else "zip archive"
    check(data, what)  # a damaged archive says so here
    raise _error(name, f"{name} is a zip archive that is neither a Word document nor a spreadsheet.")


def _old_office(data: bytes, name: str) -> Converted:
    if ole_is_encrypted(data):
        raise _error(name, f"{name} is encrypted; save it without a password first.")
    if name.lower().endswith((".xls", ".et")):
        from fyplan.read.formats.sheets import read_sheets

        return read_sheets(data)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise _error(
            name, f"{name} is an old binary Word file (.doc/.wps): save it as .docx, or install LibreOffice (soffice)."
        )
    import subprocess  # here: ~1.5 ms of every start, for the one format that needs it (issue 13)

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "notice.doc"
        source.write_bytes(data)
        try:
            subprocess.run(
                [soffice, "--headless", "--convert-to", "docx", "--outdir", folder, str(source)],
                capture_output=True,
                timeout=SOFFICE_TIMEOUT,
                check=True,
            )
        except (subprocess.SubprocessError, OSError) as exc:
            raise _error(name, f"{name} could not be converted by LibreOffice: {_reason(exc)}.") from None
        converted = Path(folder) / "notice.docx"
        if not converted.is_file():
            raise _error(name, f"{name} could not be converted by LibreOffice.")
        from fyplan.read.formats.word import read_docx

        return read_docx(converted.read_bytes())


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text[:200]


def _error(name: str, message: str) -> NoticeError:
    return NoticeError(name, [Diagnostic("error", message, 1, 1)])
