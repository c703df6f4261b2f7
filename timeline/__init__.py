"""Ceasefire-violation timeline analyzer for north-west Syria.

The flow (see ARCHITECTURE.md): readers -> Article -> dates -> events -> agreements -> store
-> analysis -> charts / dashboard / briefing.
"""

__version__ = "0.1.0"
