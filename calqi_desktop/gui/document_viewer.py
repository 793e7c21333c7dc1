"""Showing a client's document inside the program, without writing it to disk.

`DocumentViewer` shows a PDF with QtPdf — loaded from a `QBuffer` over the
bytes, never from a temporary file — in a multi-page `QPdfView`, and a PNG or
JPEG from memory (stood upright as its EXIF says) in a scrollable label. Both
zoom in, out and to the width of the window (Ctrl++, Ctrl+-, Ctrl+0, and the
buttons above the document). A file that cannot be shown gives a plain Dutch
message in the viewer itself; nothing crashes and nothing is written anywhere.

`DocumentViewerDialog` shows one document with its name. Its "Opslaan als…"
button only emits `save_requested`: the caller asks where to save (a file
dialog) and calls `services.documents.save_document_as`, which checks the
permission and writes the audit event. Hide the button for roles that may not
export.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QLocale, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QImage, QImageReader, QKeySequence, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from calqi_desktop.domain.clients import DocumentInfo
from calqi_desktop.gui.errors import current_language

PDF = "application/pdf"
IMAGE_TYPES = ("image/png", "image/jpeg")

ZOOM_IN_KEYS = ("Ctrl++", "Ctrl+=")  # Ctrl+= : the same key without Shift on most keyboards
ZOOM_OUT_KEYS = ("Ctrl+-",)
FIT_WIDTH_KEYS = ("Ctrl+0",)

ZOOM_STEP = 1.25
ZOOM_MIN = 0.1
ZOOM_MAX = 8.0
#: A zoomed picture is drawn at most this many pixels (a 60-megapixel scan at 800 % would need gigabytes).
MAX_DRAWN_PIXELS = 80_000_000


class DocumentViewer(QWidget):
    """Shows one PDF, PNG or JPEG from memory; `clear()` lets go of it."""

    EMPTY, PDF_PAGE, IMAGE_PAGE, MESSAGE_PAGE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buffer: QBuffer | None = None
        self._image = QImage()
        self._zoom = 1.0
        self._fit_width = True

        self.zoom_out_action = self._action("zoom_out_action", self.tr("Uitzoomen"), ZOOM_OUT_KEYS)
        self.zoom_in_action = self._action("zoom_in_action", self.tr("Inzoomen"), ZOOM_IN_KEYS)
        self.fit_width_action = self._action(
            "fit_width_action", self.tr("Passend in breedte"), FIT_WIDTH_KEYS
        )
        self.zoom_out_action.triggered.connect(self.zoom_out)
        self.zoom_in_action.triggered.connect(self.zoom_in)
        self.fit_width_action.triggered.connect(self.fit_width)

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_width_action):
            tool = QToolButton(self)
            tool.setObjectName(action.objectName().replace("_action", "_button"))
            tool.setDefaultAction(action)
            tools.addWidget(tool)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("zoom_label")
        tools.addWidget(self.zoom_label)
        tools.addStretch(1)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("page_label")
        tools.addWidget(self.page_label)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("viewer_stack")
        self.empty_label = self._message_label("empty_label")
        self.empty_label.setText(self.tr("Geen document gekozen."))
        self.stack.addWidget(self.empty_label)

        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("pdf_view")
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._update_labels)
        self.pdf_view.viewport().installEventFilter(self)  # the fitted zoom changes with the width
        self.stack.addWidget(self.pdf_view)

        self.image_area = QScrollArea(self)
        self.image_area.setObjectName("image_area")
        self.image_area.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label = QLabel(self.image_area)
        self.image_label.setObjectName("image_label")
        self.image_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image_area.setWidget(self.image_label)
        self.image_area.viewport().installEventFilter(self)
        self.stack.addWidget(self.image_area)

        self.message_label = self._message_label("message_label")
        self.stack.addWidget(self.message_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        self._update_labels()

    # --- public --------------------------------------------------------------------

    def show_document(self, mime_type: str, data: bytes) -> bool:
        """Show the document; False (and a message in the viewer) when it cannot be shown."""
        self.clear()
        if mime_type == PDF:
            return self._show_pdf(data)
        if mime_type in IMAGE_TYPES:
            return self._show_image(data)
        return self._show_message(self.tr("Dit soort bestand kan niet in het programma worden getoond."))

    def clear(self) -> None:
        """Let go of the document: nothing of it stays in the viewer."""
        self.pdf_document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer.deleteLater()
            self._buffer = None
        self._image = QImage()
        self.image_label.clear()
        self.message_label.clear()
        self._zoom, self._fit_width = 1.0, True
        self.stack.setCurrentIndex(self.EMPTY)
        self._update_labels()

    def page_count(self) -> int:
        """Pages of the PDF shown (1 for a picture, 0 when nothing is shown)."""
        page = self.stack.currentIndex()
        if page == self.PDF_PAGE:
            return self.pdf_document.pageCount()
        return 1 if page == self.IMAGE_PAGE else 0

    def current_page(self) -> int:
        """The page in view, counted from 1 (0 when nothing is shown)."""
        if self.stack.currentIndex() == self.PDF_PAGE:
            return self.pdf_view.pageNavigator().currentPage() + 1
        return 1 if self.stack.currentIndex() == self.IMAGE_PAGE else 0

    def zoom_factor(self) -> float:
        """The scale the document is drawn at now (1.0 = actual size)."""
        if self.stack.currentIndex() == self.PDF_PAGE:
            return self._pdf_fit_factor() if self._fit_width else self._zoom
        if self.stack.currentIndex() == self.IMAGE_PAGE:
            return self._image_fit_factor() if self._fit_width else self._zoom
        return 1.0

    def is_fit_width(self) -> bool:
        return self._fit_width

    def message(self) -> str:
        """The message shown instead of a document ('' when a document is shown)."""
        return self.message_label.text() if self.stack.currentIndex() == self.MESSAGE_PAGE else ""

    def zoom_in(self) -> None:
        self._set_zoom(self.zoom_factor() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self.zoom_factor() / ZOOM_STEP)

    def fit_width(self) -> None:
        self._fit_width = True
        if self.stack.currentIndex() == self.PDF_PAGE:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._render_image()
        self._update_labels()

    # --- PDF -----------------------------------------------------------------------

    def _show_pdf(self, data: bytes) -> bool:
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # QtPdf reads pages from it on demand: it lives as long as the document
        self.pdf_document.load(buffer)
        if self.pdf_document.status() != QPdfDocument.Status.Ready or self.pdf_document.pageCount() < 1:
            error = self.pdf_document.error()
            self.clear()
            if error == QPdfDocument.Error.IncorrectPassword:
                return self._show_message(
                    self.tr(
                        "Dit PDF-bestand is beveiligd met een wachtwoord en kan daarom niet in het "
                        "programma worden getoond."
                    )
                )
            return self._show_message(
                self.tr(
                    "Dit PDF-bestand kan niet worden getoond: het is beschadigd of onvolledig. "
                    "Vraag de klant om een nieuwe kopie."
                )
            )
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.pageNavigator().jump(0, QPointF())
        self.stack.setCurrentIndex(self.PDF_PAGE)
        self._update_labels()
        return True

    def _pdf_fit_factor(self) -> float:
        """The zoom factor QPdfView uses to fit the current page's width (as it computes it)."""
        page = max(0, self.pdf_view.pageNavigator().currentPage())
        points = self.pdf_document.pagePointSize(page).width()
        if points <= 0:
            return 1.0
        margins = self.pdf_view.documentMargins()
        usable = self.pdf_view.viewport().width() - margins.left() - margins.right()
        screen = self.pdf_view.logicalDpiX() / 72.0
        return max(ZOOM_MIN, usable / (points * screen))

    # --- pictures ------------------------------------------------------------------

    def _show_image(self, data: bytes) -> bool:
        buffer = QBuffer()
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        reader = QImageReader(buffer)
        reader.setAutoTransform(True)  # a phone photo of an ID card stands upright, as its EXIF says
        image = reader.read()
        buffer.close()
        if image.isNull():
            return self._show_message(
                self.tr(
                    "Deze afbeelding kan niet worden getoond: het bestand is beschadigd of onvolledig. "
                    "Vraag de klant om een nieuwe kopie."
                )
            )
        self._image = image
        self.stack.setCurrentIndex(self.IMAGE_PAGE)
        self._render_image()
        self._update_labels()
        return True

    def _image_fit_factor(self) -> float:
        if self._image.isNull() or self._image.width() <= 0:
            return 1.0
        usable = self.image_area.viewport().width() - 2
        return max(ZOOM_MIN, min(self._image_max_zoom(), usable / self._image.width()))

    def _image_max_zoom(self) -> float:
        pixels = max(1, self._image.width() * self._image.height())
        return min(ZOOM_MAX, math.sqrt(MAX_DRAWN_PIXELS / pixels))

    def _render_image(self) -> None:
        if self._image.isNull() or self.stack.currentIndex() != self.IMAGE_PAGE:
            return
        factor = self.zoom_factor()
        width = max(1, round(self._image.width() * factor))
        height = max(1, round(self._image.height() * factor))
        scaled = self._image.scaled(
            width,
            height,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image_label.setPixmap(QPixmap.fromImage(scaled))
        self.image_label.resize(width, height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._fit_width:
            if watched is self.image_area.viewport() and self.stack.currentIndex() == self.IMAGE_PAGE:
                self._render_image()
                self._update_labels()
            elif watched is self.pdf_view.viewport() and self.stack.currentIndex() == self.PDF_PAGE:
                self._update_labels()
        return super().eventFilter(watched, event)

    # --- shared --------------------------------------------------------------------

    def _set_zoom(self, factor: float) -> None:
        page = self.stack.currentIndex()
        if page not in (self.PDF_PAGE, self.IMAGE_PAGE):
            return
        maximum = ZOOM_MAX if page == self.PDF_PAGE else self._image_max_zoom()
        self._zoom = min(maximum, max(ZOOM_MIN, factor))
        self._fit_width = False
        if page == self.PDF_PAGE:
            self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.pdf_view.setZoomFactor(self._zoom)
        else:
            self._render_image()
        self._update_labels()

    def _show_message(self, text: str) -> bool:
        self.message_label.setText(text)
        self.stack.setCurrentIndex(self.MESSAGE_PAGE)
        self._update_labels()
        return False

    def _update_labels(self, *_args: object) -> None:
        shown = self.stack.currentIndex() in (self.PDF_PAGE, self.IMAGE_PAGE)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_width_action):
            action.setEnabled(shown)
        self.zoom_label.setText(f"{round(self.zoom_factor() * 100)} %" if shown else "")
        if self.stack.currentIndex() == self.PDF_PAGE:
            self.page_label.setText(
                self.tr("pagina %1 van %2")
                .replace("%1", str(self.current_page()))
                .replace("%2", str(self.page_count()))
            )
        else:
            self.page_label.clear()

    def _action(self, name: str, text: str, keys: tuple[str, ...]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{text} ({QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        self.addAction(action)
        return action

    def _message_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label


class DocumentViewerDialog(QDialog):
    """One document with its name, and "Opslaan als…" (emits `save_requested`; the caller saves)."""

    save_requested = Signal()

    def __init__(
        self, info: DocumentInfo, data: bytes, *, may_save: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("document_viewer_dialog")
        self.setWindowTitle(self.tr("Document bekijken"))
        self.info = info

        self.name_label = QLabel(self)
        self.name_label.setObjectName("name_label")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        self.name_label.setText(info.file_name)
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("details_label")
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        self.details_label.setText(
            " · ".join(
                part
                for part in (
                    info.kind.label(current_language()),
                    info.description,
                    self.locale().formattedDataSize(
                        info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
                    ),
                )
                if part
            )
        )

        self.viewer = DocumentViewer(self)
        self.viewer.setObjectName("document_viewer")

        buttons = QDialogButtonBox(self)
        self.save_as_button = QPushButton(self.tr("Opslaan als…"), self)
        self.save_as_button.setObjectName("save_as_button")
        self.save_as_button.setAutoDefault(False)
        buttons.addButton(self.save_as_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("close_button")
        self.close_button.setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        self.save_as_button.clicked.connect(self.save_requested.emit)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.details_label)
        layout.addWidget(self.viewer, 1)
        layout.addWidget(buttons)
        self.resize(820, 900)

        self.set_save_allowed(may_save)
        self.viewer.show_document(info.mime_type, data)

    def set_save_allowed(self, allowed: bool) -> None:
        """Show "Opslaan als…" only to roles that may export."""
        self.save_as_button.setVisible(allowed)

    def done(self, result: int) -> None:
        self.viewer.clear()  # the document leaves memory with the dialog
        super().done(result)
