"""The Annual plan tab: the work plan of a year, its activities, its approval and the copy
for the state body (Art. 18), and the plan and annual report PDFs.

The approval and the Art. 18 copy indicator are a `status.PlanStatus` above the table. Every
change goes through `store.plan_writes` (here or in the dialogs) and
`session.notify_changed()`, which refreshes the tab and the Overview.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QVBoxLayout, QWidget

from kenesh_desktop.lang.quoting import quoted
from kenesh_desktop.rules.records import AnnualPlan
from kenesh_desktop.store import plan_writes
from kenesh_desktop.ui import documents_export
from kenesh_desktop.ui.plan import output
from kenesh_desktop.ui.plan.approval import ApproveDialog, CopySentDialog
from kenesh_desktop.ui.plan.dialogs import NewPlanDialog, PlanItemDialog
from kenesh_desktop.ui.plan.model import PlanItemTableModel, PlanRow, plan_rows
from kenesh_desktop.ui.plan.status import PlanStatus
from kenesh_desktop.ui.record_tab import Deletion, OrderedRecordTab, RecordWords
from kenesh_desktop.ui.session import AppSession
from kenesh_desktop.ui.widgets import (
    button_row,
    open_dialog,
    push_button,
    tool_row,
    write_or_warn,
)

ACTIVITY_COLUMN, RESPONSIBLE_COLUMN, NOTE_COLUMN = 1, 3, 6


class PlanTab(OrderedRecordTab):
    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(
            session, parent, kind="Item", model=PlanItemTableModel(session),
            names={"delete": "RemoveItemButton", "table": "PlanItemTable"},
            words=RecordWords(
                add=self.tr("Add activity…"), add_tip=self.tr("Add an activity (Ins)"),
                add_key=self.tr("Add activity"), edit_key=self.tr("Edit activity"),
                delete=self.tr("Remove"), delete_key=self.tr("Remove activity"),
                delete_tip=self.tr("Remove the activity (Del)")),
            move_words=(self.tr("Move the activity up (Ctrl+Up)"),
                        self.tr("Move the activity down (Ctrl+Down)")),
            up_name="UpButton", down_name="DownButton")
        self.setObjectName("PlanTab")
        self.model.setParent(self)
        self.remove_button = self.delete_button
        self.year: int | None = None

        # -- the year and the documents
        year_label = QLabel(self.tr("Work plan for &year:"), self)
        self.year_selector = QComboBox(self)
        self.year_selector.setObjectName("PlanYearSelector")
        self.year_selector.setMinimumContentsLength(6)
        year_label.setBuddy(self.year_selector)
        self.new_button = push_button(self, self.tr("New plan for year…"), "NewPlanButton")
        self.copy_button = push_button(self, self.tr("Copy last year's plan as a start"),
                                       "CopyLastYearButton")
        self.pdf_button = documents_export.language_menu_button(
            self, self.tr("Plan PDF"), "PlanPdfButton", "PlanPdf", self.export_plan)
        self.word_button = documents_export.language_menu_button(
            self, self.tr("Plan in Word"), "PlanWordButton", "PlanWord", self.export_plan_word)
        self.word_button.setToolTip(self.tr("An editable Word copy of the plan (.docx)"))
        self.preview_button = documents_export.language_menu_button(
            self, self.tr("Print preview"), "PlanPreviewButton", "PlanPreview",
            self.preview_plan)
        self.preview_button.setToolTip(self.tr("The plan as it will be printed"))
        self.report_button = documents_export.language_menu_button(
            self, self.tr("Annual report…"), "AnnualReportButton", "AnnualReport",
            self.export_report)
        top = tool_row(year_label, self.year_selector, self.new_button, self.copy_button)
        # The documents below the table: the window stays narrow enough for small screens.
        documents = button_row(self.pdf_button, self.word_button, self.preview_button,
                               self.report_button)

        # -- approval and the Art. 18 copy
        self.status = PlanStatus(session, self)
        self.approve_button = self.status.approve_button
        self.copy_sent_button = self.status.copy_sent_button

        # -- the activities
        self.empty_label = QLabel(self.tr("No work plan yet: start one with “New plan for "
                                          "year…”."), self)
        self.empty_label.setObjectName("PlanEmpty")
        self.empty_label.setWordWrap(True)
        # The stretch keeps the buttons their natural size when the label is hidden.
        tools = self.tools((self.empty_label, 1), extra=(self.up_button, self.down_button))
        # The activity takes what is left; long names and notes are cut (full text in the
        # tooltip) so one activity never pushes the others off a laptop screen.
        self.view.fit_columns(stretch=[ACTIVITY_COLUMN],
                              widths={RESPONSIBLE_COLUMN: 190, NOTE_COLUMN: 190})

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addLayout(documents)

        # issue 19: off where the login may only read the council
        session.gate.add(self.new_button, self.copy_button, self.approve_button,
                         self.copy_sent_button)
        self.year_selector.activated.connect(self._year_chosen)
        self.new_button.clicked.connect(self.new_plan)
        self.copy_button.clicked.connect(self.copy_last_year)
        self.approve_button.clicked.connect(self.approve)
        self.copy_sent_button.clicked.connect(self.record_copy)
        self.refresh()

    # -- the plan shown ---------------------------------------------------------------------
    def plan(self) -> AnnualPlan | None:
        council = self.session.council()
        return council.plan(self.year) if council and self.year is not None else None

    def years(self) -> list[int]:
        council = self.session.council()
        return sorted(p.year for p in council.plans) if council else []

    def _default_year(self, years: list[int]) -> int | None:
        """This year's plan if there is one, else the latest."""
        if not years:
            return None
        today = self.session.today().year
        return today if today in years else years[-1]

    def select_year(self, year: int) -> bool:
        if year not in self.years():
            return False
        self.year = year
        self.refresh()
        return True

    def _year_chosen(self, index: int) -> None:
        year = self.year_selector.itemData(index)
        if year is not None and year != self.year:
            self.select_year(year)

    def show_record(self, kind: str, record_id: str) -> bool:
        """Navigation from the Overview: kind "plan", the subject its year as a string."""
        if kind != "plan":
            return False
        try:
            found = self.select_year(int(record_id))
        except ValueError:
            return False
        if found:
            self.copy_sent_button.setFocus()
        return found

    # -- refresh ----------------------------------------------------------------------------
    def refresh(self) -> None:
        council = self.session.council()
        self.setEnabled(council is not None)
        years = self.years()
        if self.year not in years:
            self.year = self._default_year(years)
        self.year_selector.blockSignals(True)
        self.year_selector.clear()
        for year in reversed(years):
            self.year_selector.addItem(str(year), year)
        self.year_selector.setCurrentIndex(self.year_selector.findData(self.year))
        self.year_selector.blockSignals(False)
        plan = self.plan()
        self.empty_label.setVisible(plan is None and council is not None)
        self.status.setVisible(plan is not None)
        self.view.setVisible(plan is not None)
        if plan is not None:
            self.status.show_plan(plan)
        self.show_records(self.records())

    def records(self) -> list[PlanRow]:
        plan = self.plan()
        return plan_rows(plan.items if plan else [])

    def editable(self, record: PlanRow | None = None) -> bool:
        return self.plan() is not None

    def update_buttons(self) -> None:
        super().update_buttons()
        plan = self.plan()
        has_plan = plan is not None
        previous = self.session.council().plan(self.year - 1) if has_plan else None
        self.copy_button.setEnabled(has_plan and not plan.items and previous is not None
                                    and bool(previous.items))
        for widget in (self.approve_button, self.pdf_button, self.word_button,
                       self.preview_button, self.report_button):
            widget.setEnabled(has_plan)

    # -- actions ------------------------------------------------------------------------------
    def new_plan(self) -> NewPlanDialog | None:
        if self.session.council_id is None:
            return None
        dialog = NewPlanDialog(self.session, set(self.years()), self)
        dialog.accepted.connect(lambda: self.select_year(dialog.created_year or 0))
        return open_dialog(dialog)

    def copy_last_year(self) -> bool:
        """Start the shown (empty) plan from last year's: dates one year on, all planned."""
        council_id, year = self.session.council_id, self.year
        if council_id is None or year is None:
            return False
        done, count = write_or_warn(self, self.session, self.tr("Copy last year's plan"),
                                    lambda: plan_writes.copy_plan(council_id, year - 1, year))
        if not done:
            return False
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr(
                "{count} activities copied from the plan for {year}; their dates are moved one "
                "year on and every status is “planned”.").format(count=count, year=year - 1),
                8000)
        return True

    def approve(self) -> ApproveDialog | None:
        plan = self.plan()
        return None if plan is None else open_dialog(ApproveDialog(self.session, plan, self))

    def record_copy(self) -> CopySentDialog | None:
        plan = self.plan()
        if plan is None or plan.approved is None:
            return None
        return open_dialog(CopySentDialog(self.session, plan, self))

    def dialog(self, row: PlanRow | None) -> PlanItemDialog | None:
        if self.year is None:
            return None
        return PlanItemDialog(self.session, self.year, row.index if row else None,
                              row.item if row else None, self)

    def move_write(self, council_id: str, index: int, target: int) -> tuple[str, Callable]:
        year = self.year
        return self.tr("Move activity"), lambda: plan_writes.move_plan_item(
            council_id, year, index, target - index)

    def deletion(self, row: PlanRow, council_id: str) -> Deletion:
        year = self.year
        question = self.tr("Remove activity No. {number} {title} from the plan?").format(
            number=row.index + 1, title=quoted(row.item.title, self.session.language()))
        return Deletion(self.tr("Remove activity"), question,
                        lambda: plan_writes.remove_plan_item(council_id, year, row.index))

    # -- documents ----------------------------------------------------------------------------
    def export_plan(self, lang: str) -> Path | None:
        """The plan PDF in `lang`: a file dialog, the PDF, then the system viewer."""
        return self._export(lang, "plan", self.tr("Save the work plan"), output.write_plan_pdf)

    def export_plan_word(self, lang: str) -> Path | None:
        """The plan as an editable Word copy in `lang`, from the same composition as the PDF."""
        return self._export(lang, "plan", self.tr("Save a Word copy of the work plan"),
                            output.write_plan_docx, ".docx")

    def preview_plan(self, lang: str):
        """The print preview of the plan in `lang` (the dialog), landscape as its PDF."""
        council, year = self.session.council(), self.year
        if council is None or year is None or council.plan(year) is None:
            return None
        from kenesh_desktop.documents.annual_plan import plan_document
        from kenesh_desktop.ui.print_preview import preview_document

        return preview_document(self, plan_document(council, year, lang, self.session.rulebook,
                                                    self.session.today()))

    def export_report(self, lang: str) -> Path | None:
        """The annual report to the public (Art. 6) for the shown year, in `lang`."""
        return self._export(lang, "report", self.tr("Save the annual report"),
                            output.write_report_pdf)

    def _export(self, lang: str, kind: str, title: str, write,
                suffix: str = ".pdf") -> Path | None:
        council, year = self.session.council(), self.year
        if council is None or year is None:
            return None
        rulebook, today = self.session.rulebook, self.session.today()
        return documents_export.export_document(
            self, title, f"{council.id}-{kind}-{year}-{lang}{suffix}",
            lambda path: write(council, year, path, lang, rulebook, today), suffix=suffix)
