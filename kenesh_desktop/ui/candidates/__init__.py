"""The Candidates tab (Art. 14): the competition for the next composition, its candidates, the
selection preview and forming the new composition. `CandidatesTab` is what the window lists."""

from kenesh_desktop.ui.candidates.tab import CandidatesTab

__all__ = ["CandidatesTab"]
