"""What a command says of the source ids it was given and the config does not know: the ids it does know, and,
for an id that is a docket number (`check 1:25-cv-01234`), the commands that take a case."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bot.core.command_name import command_name
from bot.core.docket_forms import docket_number_problem
from bot.core.docket_numbers import split_title
from bot.core.near_miss import did_you_mean

DIGITS_OF_A_NUMBER = 4  # digits a value needs to be taken for a docket number (a source id may hold a few: ca10)


def unknown_sources(given: Sequence[str], known: Iterable[str], command: str) -> str:
    """The line a command (`check`, `why`) prints for source ids of `given` that are not in `known`:
    `unknown source id: 1:25-cv-01234 (configured: nmd, sdny)`, a near miss with the id meant (`nmdd (did you mean
    nmd?)`), then, when one of them looks like a docket number,
    which commands take a case and how."""
    known = sorted(known)
    named = ", ".join(value + did_you_mean(value, known) for value in given)
    line = f"unknown source id: {named} (configured: {', '.join(known) or 'none'})"
    number = next((value for value in given if looks_like_docket_number(value)), None)
    if number is None:
        return line
    name = command_name()
    return (f"{line}\n{command} takes source ids; for a case use `{name} entries --case {number}` or "
            f"`{name} why SOURCE {number}`")


def looks_like_docket_number(value: str) -> bool:
    """Whether `value` is more likely a docket number than a source id: a federal number as a whole
    (`1:25-cv-01234`, bot/core/docket_numbers.py), or a value of a docket number's shape (bot/core/docket_forms.py)
    with at least DIGITS_OF_A_NUMBER digits (`17D22499`, `D-101-CR-2023-00040`)."""
    federal = split_title(value)
    if federal is not None and not federal[1]:
        return True
    digits = sum(character.isdigit() for character in value)
    return docket_number_problem(value) is None and digits >= DIGITS_OF_A_NUMBER
