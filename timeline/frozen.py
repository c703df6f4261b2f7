"""Read-only containers for the reference's tables.

One ``timeline.reference.Reference`` is shared by every report of a run (threads, forked workers, the
dashboard's server), so a table that one report could change would change the next report's extraction.
The builders hand their dicts, lists and sets to ``freeze``: a ``FrozenDict`` is a ``dict`` (lookups as fast,
``json`` and ``isinstance`` as before) whose mutating methods raise, and that pickles; lists become tuples and
sets frozensets.
"""

from __future__ import annotations

import dataclasses
from typing import Any, NoReturn


class FrozenDict(dict):
    """A dict that refuses every change once built (``TypeError``)."""

    __slots__ = ()

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("a reference table is read-only: load another Reference to change it")

    __setitem__ = __delitem__ = __ior__ = _refuse
    clear = pop = popitem = setdefault = update = _refuse

    def __reduce__(self) -> tuple:
        """Pickled as the plain dict it wraps (pickle would otherwise refill it item by item)."""
        return (FrozenDict, (dict(self),))


def freeze(value: Any) -> Any:
    """``value`` with every dict, list and set inside it (in dicts, lists, sets and tuples) made read-only."""
    if isinstance(value, dict):
        return FrozenDict({key: freeze(item) for key, item in value.items()})
    if isinstance(value, (list, tuple)):
        items = tuple(freeze(item) for item in value)
        return items if type(value) in (list, tuple) else type(value)(*items)  # a named tuple keeps its type
    if isinstance(value, (set, frozenset)):
        return frozenset(value)
    return value


def freeze_fields(table: Any) -> None:
    """Freeze every field of the frozen dataclass ``table`` in place, except its memos (``compare=False``):
    the builders' ``__post_init__`` calls it, so no table of the reference can be changed after loading."""
    for field in dataclasses.fields(table):
        if field.compare:
            object.__setattr__(table, field.name, freeze(getattr(table, field.name)))
