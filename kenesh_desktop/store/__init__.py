"""The council's records in one SQLite file through peewee: open, migrate, read, write, exchange."""
