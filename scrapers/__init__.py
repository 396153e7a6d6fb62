"""Source kinds, by the name a config's `kind:` uses. A kind is one module of this package, named after the kind,
defining a Scraper subclass with its settings model (scrapers/base.py, scrapers/settings.py): adding a module
adds the kind.

A kind's module is imported the first time its kind is asked for (`SCRAPERS["pacer_rss"]`), so that a config of
feeds does not import the readers of news pages and HTML dockets (BeautifulSoup and all) on every start;
listing the kinds (`list(SCRAPERS)`) imports every module of the package."""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
from collections.abc import Iterable, Iterator, MutableMapping
from types import ModuleType
from typing import Any

from scrapers.base import Parsed, ParseError, Scraper, Skipped, Undated, undated_note, zoneless_note
from scrapers.http import UNCHANGED, Unchanged


def _kind_defined_in(module: ModuleType) -> type[Scraper[Any]] | None:
    """The Scraper subclass with its own `settings` that `module` defines (not one it imports), if any."""
    for value in vars(module).values():
        if (isinstance(value, type) and issubclass(value, Scraper) and value.__module__ == module.__name__
                and "settings" in vars(value)):
            return value
    return None


def kinds_in(package: str, path: Iterable[str]) -> dict[str, type[Scraper[Any]]]:
    """Every kind defined in a module of the package `package` (its folders `path`), by kind name, in the order
    of the names, each module imported. Raises TypeError when a kind's module is not named after it (a lookup
    by name would not find it)."""
    found: dict[str, type[Scraper[Any]]] = {}
    for module_info in pkgutil.iter_modules(path):
        scraper = _kind_defined_in(importlib.import_module(f"{package}.{module_info.name}"))
        if scraper is not None:
            if scraper.kind() != module_info.name:
                raise TypeError(f"kind {scraper.kind()} is defined in {package}.{module_info.name}: name the module "
                                f"{scraper.kind()}.py")
            found[scraper.kind()] = scraper
    return dict(sorted(found.items()))


class Kinds(MutableMapping[str, type[Scraper[Any]]]):
    """The kinds of a package of kind modules, by name: `kinds["x"]` imports the module `x` of the package (once)
    and gives the kind it defines; KeyError when there is no such module or it defines no kind `x`. Iterating
    imports every module, to list them all. A kind defined elsewhere can be added (`kinds["x"] = Scraper`), as
    tests add a toy kind."""

    def __init__(self, package: str, path: Iterable[str]) -> None:
        self._package = package
        self._path = list(path)
        self._kinds: dict[str, type[Scraper[Any]]] = {}
        self._listed = False  # every module of the package imported, its kind in _kinds

    def __getitem__(self, kind: str) -> type[Scraper[Any]]:
        if kind not in self._kinds and not self._listed and kind.isidentifier() and not kind.startswith("_"):
            name = f"{self._package}.{kind}"
            if importlib.util.find_spec(name) is not None:
                scraper = _kind_defined_in(importlib.import_module(name))
                if scraper is not None and scraper.kind() == kind:
                    self._kinds[kind] = scraper
        return self._kinds[kind]

    def __setitem__(self, kind: str, scraper: type[Scraper[Any]]) -> None:
        self._kinds[kind] = scraper

    def __delitem__(self, kind: str) -> None:
        del self._kinds[kind]

    def __iter__(self) -> Iterator[str]:
        if not self._listed:
            self._kinds = kinds_in(self._package, self._path) | self._kinds
            self._listed = True
        return iter(sorted(self._kinds))

    def __len__(self) -> int:
        return sum(1 for _ in self)


SCRAPERS = Kinds(__name__, __path__)

__all__ = ["SCRAPERS", "UNCHANGED", "Kinds", "ParseError", "Parsed", "Scraper", "Skipped", "Unchanged", "Undated", "kinds_in",
           "undated_note", "zoneless_note"]
