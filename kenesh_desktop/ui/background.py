"""Long work that never freezes the window: a job run in a worker QThread behind a progress
dialog, while the window keeps painting (DESIGN.md: backups, restores, reading an import).

The calling code waits in a local event loop, so it reads like a plain call. The progress
dialog is window modal: the user cannot start a second change meanwhile, and the database
(one connection, used by one thread at a time) is never touched by the window while a job
that uses it runs.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
"""progress(done, total): how far the job is (the dialog shows a busy bar until it is told)."""
Job = Callable[[Progress], object]


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job

    @Slot()
    def run(self) -> None:
        # Every exception is handed back: one escaping here would leave the thread running
        # and the window waiting for it forever.
        try:
            result = self.job(lambda done, total: self.progress.emit(done, total))
        except Exception as exc:  # noqa: BLE001 - re-raised in the window's thread if unexpected
            self.failed.emit(exc)
            return
        self.done.emit(result)


class _Receiver(QObject):
    """Lives in the window's thread: the worker's signals reach it queued, never directly."""

    def __init__(self, dialog: QProgressDialog, thread: QThread) -> None:
        super().__init__()
        self.dialog = dialog
        self.thread = thread
        self.outcome: tuple[bool, object] = (False, None)

    @Slot(int, int)
    def show(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(done)

    @Slot(object)
    def succeeded(self, result: object) -> None:
        self.outcome = (True, result)
        self.thread.quit()

    @Slot(object)
    def failed(self, error: object) -> None:
        self.outcome = (False, error)
        self.thread.quit()


def run_in_background(parent: QWidget | None, label: str, job: Job, *,
                      expected: tuple[type[BaseException], ...] = (),
                      name: str = "Progress") -> tuple[bool, object]:
    """Run `job(progress)` in a worker thread behind a progress dialog named `name`.

    Returns (True, the job's result) or (False, the exception) when the job raised one of
    the `expected` kinds; any other exception is raised again here, in the window's thread.
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName(name)
    dialog.setCancelButton(None)  # a half-done job is never kept; nothing to cancel safely
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    thread = QThread()
    worker = _Worker(job)
    worker.moveToThread(thread)
    receiver = _Receiver(dialog, thread)
    loop = QEventLoop()
    worker.progress.connect(receiver.show)
    worker.done.connect(receiver.succeeded)
    worker.failed.connect(receiver.failed)
    thread.started.connect(worker.run)
    thread.finished.connect(loop.quit)
    thread.start()
    loop.exec()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    ok, value = receiver.outcome
    if not ok and isinstance(value, BaseException) and not isinstance(value, expected):
        raise value
    return ok, value
