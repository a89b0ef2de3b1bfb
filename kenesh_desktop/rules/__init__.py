"""The law as plain Python: the rulebook's figures, calendar arithmetic and the checks.

Nothing here imports Qt or peewee (tests/rules/test_purity.py proves it): the rules take plain
values and dataclasses and return plain values and `Finding`s.
"""
