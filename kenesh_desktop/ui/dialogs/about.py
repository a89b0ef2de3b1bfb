"""Help → About: the version, the rules the current council follows and where they come
from, and that Law No. 74, the default, was repealed in 2023."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from kenesh_desktop import __version__, paths
from kenesh_desktop.rules.rulebook import LAW_74
from kenesh_desktop.ui.i18n import rulebook_name
from kenesh_desktop.ui.session import AppSession


class AboutDialog(QDialog):
    def __init__(self, session: AppSession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About Kenesh Desktop"))
        rb = session.rulebook
        logo = QLabel(self)
        logo.setPixmap(QIcon(str(paths.icons_dir() / "kenesh.svg")).pixmap(QSize(72, 72)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setObjectName("AboutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = session.heading()
        if heading is None:
            follows = self.tr("A new council follows {rulebook} until its rules are changed "
                              "(Council → Rules of the council).").format(
                rulebook=rulebook_name(rb, full=True))
        else:
            follows = self.tr("The council «{council}» follows {rulebook}.").format(
                council=heading.name, rulebook=rulebook_name(rb, full=True))
        parts = [
            self.tr("Kenesh Desktop {version}").format(version=__version__),
            self.tr("Records, deadlines and documents of a Public Council of a state body "
                    "of the Kyrgyz Republic."),
            follows,
        ]
        if rb.key != LAW_74.key:  # Law No. 74 is named in full above; another says its source
            parts.append(self.tr("Source: {source}.").format(source=rb.source))
        parts += [
            self.tr("Law No. 74 was repealed by the law the Jogorku Kenesh adopted on "
                    "29 November 2023. The program offers its figures as the default rules, "
                    "never as a law in force; a council that carries on follows its own "
                    "regulation, and a council in Kazakhstan its Law No. 383-V (Council → "
                    "Rules of the council)."),
            self.tr("Qt {qt}").format(qt=qVersion()),
        ]
        self.text.setText("\n\n".join(parts))
        self.text.setMinimumWidth(440)
        # The database by its name, its folder in the tooltip (as the status bar: no folder of
        # the machine on screen).
        self.database = QLabel(self.tr("Database: {name}").format(name=session.db_path.name),
                               self)
        self.database.setObjectName("AboutDatabase")
        self.database.setToolTip(str(session.db_path))
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(logo)
        column = QVBoxLayout()
        column.addWidget(self.text)
        column.addWidget(self.database)
        row.addLayout(column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
