"""Help → About: the version, the rulebook in force and where its figures come from."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from kenesh_desktop import __version__, paths
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
        self.text.setText(
            "\n\n".join(
                [
                    self.tr("Kenesh Desktop {version}").format(version=__version__),
                    self.tr(
                        "Records, deadlines and documents of a Public Council of a state body "
                        "of the Kyrgyz Republic."
                    ),
                    self.tr("Rules in force: {rulebook}.").format(rulebook=rulebook_name(rb)),
                    self.tr("Source: {source}.").format(source=rulebook_name(rb, full=True)),
                    self.tr(
                        "Law No. 74 was reported repealed on 29 November 2023; councils that "
                        "carry on keep the same way of working with their own figures."
                    ),
                    self.tr("Database: {path}").format(path=session.db_path),
                    self.tr("Qt {qt}").format(qt=qVersion()),
                ]
            )
        )
        self.text.setMinimumWidth(440)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
