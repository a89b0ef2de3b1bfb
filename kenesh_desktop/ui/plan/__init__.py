"""The Annual plan tab (issue 7): the work plan per year, its approval at a sitting and the
Art. 18 copy to the state body, the plan PDF and the annual report to the public (Art. 6)."""

from kenesh_desktop.ui.plan.tab import PlanTab

__all__ = ["PlanTab"]
