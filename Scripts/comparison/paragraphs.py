"""The project's paragraph rule, as every reference measurement applies it."""
import re


def read_paragraphs(path):
    """Paragraphs of a UTF-8 file: split on lines holding only spaces or tabs, stripped,
    empty pieces dropped (see ../shared/corpora/README.md)."""
    with open(path, encoding="utf-8-sig") as handle:
        text = handle.read().replace("\r\n", "\n").replace("\r", "\n")
    return [piece for piece in (p.strip() for p in re.split(r"\n[ \t]*\n", text)) if piece]
