"""The council's documents in Kyrgyz, Russian or English.

The minutes, the extract from them and the work plan are composed once as neutral blocks
(`blocks`) and rendered as the signed PDF (`render_pdf`, reportlab), an editable Word copy
(`render_docx`, python-docx) or the window's printout (`render_html`); `formats` picks by the
file's suffix. The annual report, the register of requests and the list of candidates are
PDFs built with reportlab platypus directly. All share the page (`common`), the stylesheet
(`styles`), the fonts (`fonts`, `glyphs`), the hyphenation of narrow columns (`hyphenation`)
and the wording (`wording`, its tables in `words/`).
"""
