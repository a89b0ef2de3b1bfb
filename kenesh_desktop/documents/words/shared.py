"""What every document prints: the draft mark, the page numbers, the fingerprint, an article,
the signature lines and the members' roles."""

from __future__ import annotations

from kenesh_desktop.lang.catalogue import Texts

SHARED = Texts("document", """
draft: DRAFT
page_of: Page {page} of {pages}
fingerprint: Fingerprint: {fingerprint}
article: Art. {number}
none: none
chair: Chair
secretary: Secretary
signature_hint: (signature)
name_hint: (name)
role_chair: chair
role_deputy_chair: deputy chair
role_secretary: secretary
role_member: member
""")
