"""The fixed texts of the documents, one module per document (the texts every document
shares in `shared`). Each is a `Texts` table of English templates; the Kyrgyz and Russian are
in translations/ky.po and ru.po (lang/catalogue.py). `documents.wording.text` finds a key of
any of them but the letter's, which has its own lookup (`letter.LETTER`).
"""

