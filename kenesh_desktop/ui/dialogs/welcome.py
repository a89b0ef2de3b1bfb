"""The page an empty database opens on: create a council, open the demo, or import a file."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from kenesh_desktop import paths
from kenesh_desktop.ui.widgets import heading_label


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WelcomePage")
        logo = QLabel(self)
        logo.setPixmap(QIcon(str(paths.icons_dir() / "kenesh.svg")).pixmap(QSize(96, 96)))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo.setMinimumHeight(104)
        title = heading_label(self, "WelcomeTitle", self.tr("Welcome to Kenesh Desktop"), 1.6)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            self.tr(
                "Keep the records of your Public Council: its members, sittings, requests to "
                "the state body and the annual plan. The program watches the deadlines and "
                "the rules of the law for you.\n\nThis database holds no council yet."
            ),
            self,
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.create_button = QPushButton(self.tr("Create a council…"), self)
        self.create_button.setObjectName("CreateCouncilButton")
        self.create_button.setDefault(True)
        self.demo_button = QPushButton(self.tr("Open the demo"), self)
        self.demo_button.setObjectName("OpenDemoButton")
        self.demo_button.setToolTip(
            self.tr("A made-up council with members, sittings and requests, to try the program")
        )
        self.import_button = QPushButton(self.tr("Import an exchange file…"), self)
        self.import_button.setObjectName("ImportButton")
        self.import_button.setToolTip(
            self.tr("Records handed over by a previous secretary or another computer")
        )
        for button in (self.create_button, self.demo_button, self.import_button):
            button.setMinimumWidth(320)
            button.setMinimumHeight(36)

        # A column of fixed width, centred: a word-wrapped label then gets its full height.
        column = QWidget(self)
        column.setFixedWidth(600)
        inner = QVBoxLayout(column)
        inner.addWidget(logo)
        inner.addWidget(title)
        inner.addSpacing(8)
        inner.addWidget(text)
        inner.addSpacing(16)
        for button in (self.create_button, self.demo_button, self.import_button):
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

        self.create_button.clicked.connect(self.create_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.import_button.clicked.connect(self.import_requested)
