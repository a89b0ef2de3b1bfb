"""The window's dialogs: the welcome page, the council and member forms, About, and the small
questions (`ask`) that tests answer in place of a person."""
