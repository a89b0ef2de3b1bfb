"""The council exchange file of EXCHANGE.md (version 2; version 1 still read), a public
contract: read it strictly (exchange_read.py: the parser; exchange_values.py: its values and
refusals), write it faithfully (exchange_write.py).

This module keeps the public names in one place for the rest of the program (the command
line, the window, the store's import).
"""

from __future__ import annotations

from kenesh_desktop.store.exchange_read import load_exchange_file, parse_exchange
from kenesh_desktop.store.exchange_values import FORMAT, SUFFIX, VERSION, ExchangeError
from kenesh_desktop.store.exchange_write import dump_exchange_file, to_exchange

__all__ = [
    "FORMAT",
    "SUFFIX",
    "VERSION",
    "ExchangeError",
    "dump_exchange_file",
    "load_exchange_file",
    "parse_exchange",
    "to_exchange",
]
