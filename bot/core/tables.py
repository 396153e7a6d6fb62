"""The tab-separated data tables shipped beside the code (bot/core/courts.tsv, bot/pipeline/classify/vocabulary.tsv
and reliefs.tsv),
read one way: blank lines and `#` comments left out, each row checked by its table, one row per key."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

Row = TypeVar("Row")


def read_table(path: Path, read_row: Callable[[list[str], str, str], tuple[str, Row]]) -> dict[str, Row]:
    """The rows of the table at `path` by key. `read_row(fields, line, where)` turns one line's tab-separated
    fields into (key, row), raising ValueError that starts with `where` ("courts.tsv:12") for a bad row. Raises
    ValueError naming the file and line of a row whose key is already in the table."""
    table: dict[str, Row] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        where = f"{path.name}:{number}"
        key, row = read_row(fields, line, where)
        if key in table:
            raise ValueError(f"{where}: {fields[0]!r} is already in the table")
        table[key] = row
    return table
