"""Recording that a client gave consent: purpose, moment, how, statement version, evidence, guardian.

The dialog gathers a `ConsentDraft` and hands it to `services.consent.give_consent`,
which applies every rule (the recipient a purpose needs, no moment in the
future, the guardian rule for a subject under 16, the age check when the
birth date is unknown). A refusal is shown in Dutch inside the dialog, which
stays open with everything typed kept. The moment is typed as
"dd-mm-jjjj uu:mm" (a date alone means 00:00 that day); left at its default
it means the moment of recording. An evidence file can
be added on the spot: it is stored in the dossier as a signed form
(`services.documents`) and chosen as evidence.

`typed_moment`, `fill_evidence` and `add_evidence_file` serve the withdrawal
dialog as well.
"""

from __future__ import annotations

import re
from datetime import datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLabel, QLineEdit, QWidget

from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.domain.clients import ClientKind, ClientStatus, DocumentInfo, DocumentKind, Dossier
from calqi_desktop.domain.consent import (
    Consent,
    ConsentDraft,
    ConsentMethod,
    ConsentPurpose,
    GuardianDraft,
    GuardianRelation,
)
from calqi_desktop.domain.errors import (
    CalqiError,
    ConsentAgeUnknownError,
    DateFormatError,
    NoStatementVersionError,
)
from calqi_desktop.domain.formatting import format_datetime_nl
from calqi_desktop.domain.validation import Field, parse_date_nl
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.dialog_buttons import name_buttons, show_error_text
from calqi_desktop.gui.field_marks import INVALID_STYLE, prepare_error_label
from calqi_desktop.gui.forms.ui_consent_dialog import Ui_ConsentDialog

#: At most this many persons are offered as guardian for one search.
GUARDIAN_MATCHES = 50
_GUARDIAN_SEARCH_MIN = 2
_TIME = re.compile(r"(\d{1,2})[:.](\d{2})")


class MomentFormatError(ValueError):
    """The text is not 'dd-mm-jjjj uu:mm' (or a date alone); the dialog says how to write it."""


def parse_moment(text: str, field: Field) -> datetime:
    """'24-11-2026 14:05' (or '24-11-2026', meaning 00:00) as an aware moment in local time.

    Raises `MomentFormatError` for a bad form and the `FieldValidationError` of
    `parse_date_nl` for an empty field or a year before 1900.
    """
    parts = text.split()
    if len(parts) > 2:
        raise MomentFormatError()
    try:
        day = parse_date_nl(parts[0] if parts else "", field)
    except DateFormatError as exc:
        raise MomentFormatError() from exc
    assert day is not None  # required=True
    clock = time(0, 0)
    if len(parts) == 2:
        match = _TIME.fullmatch(parts[1])
        if match is None:
            raise MomentFormatError()
        try:
            clock = time(int(match.group(1)), int(match.group(2)))
        except ValueError as exc:
            raise MomentFormatError() from exc
    return datetime.combine(day, clock).astimezone()


def now_text() -> str:
    """This minute as 'dd-mm-jjjj uu:mm', the default of a moment field."""
    return format_datetime_nl(datetime.now())


def typed_moment(text: str, default: str, field: Field) -> datetime:
    """The moment typed; the default left as it was means this very moment, not the start of its minute
    (so an event recorded just after another one in the same minute never lies before it)."""
    if text.strip() == default:
        return datetime.now().astimezone()
    return parse_moment(text, field)


def fill_evidence(combo: QComboBox, documents: list[DocumentInfo], language: str, chosen: int | None) -> None:
    """'geen' first, then the dossier's documents (newest first); select `chosen` when present."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("consent_dialog", "geen"), None)
    for info in documents:
        combo.addItem(f"{info.file_name} — {info.kind.label(language)}", info.id)
    index = combo.findData(chosen) if chosen is not None else 0
    combo.setCurrentIndex(max(index, 0))


def add_evidence_file(session: AppSession, client_id: int, parent: QWidget) -> DocumentInfo | None:
    """Ask for a PDF, PNG or JPEG and store it as a signed form; None when cancelled. Raises `CalqiError`."""
    from calqi_desktop.export import document_check
    from calqi_desktop.services import documents, settings

    file_name, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("consent_dialog", "Bewijsstuk toevoegen"),
        "",
        QCoreApplication.translate("consent_dialog", "Documenten (*.pdf *.png *.jpg *.jpeg)"),
    )
    if not file_name:
        return None
    path = Path(file_name)
    workspace = session.workspace
    data = document_check.read_file(path, settings.work_settings(workspace).document_max_bytes)
    return documents.add_document(workspace, client_id, DocumentKind.SIGNED_FORM, path.name, data)


def add_evidence_to(
    parent: QWidget, session: AppSession, client_id: int, combo: QComboBox, error_label: QLabel
) -> bool:
    """'Bestand toevoegen…': store a signed form with the dossier and choose it in `combo` as the
    evidence; True when a document was added. A refusal is shown in `error_label`."""
    from calqi_desktop.services import documents

    try:
        info = add_evidence_file(session, client_id, parent)
        if info is None:
            return False
        found = documents.list_documents(session.workspace, client_id)
    except CalqiError as error:
        show_error_text(error_label, error.message(session.language))
        return False
    show_error_text(error_label, "")
    fill_evidence(combo, found, session.language, info.id)
    return True


def read_moment(
    edit: QLineEdit, default: str, field: Field, error_label: QLabel, language: str
) -> datetime | None:
    """The moment typed in `edit`, or None after saying in `error_label` what is wrong with it."""
    try:
        return typed_moment(edit.text(), default, field)
    except MomentFormatError:
        text = QCoreApplication.translate(
            "ConsentDialog", "Schrijf het moment als dd-mm-jjjj uu:mm, bijvoorbeeld 24-11-2026 14:05."
        )
    except CalqiError as error:
        text = error.message(language)
    show_error_text(error_label, text)
    edit.setFocus()
    return None


class ConsentDialog(QDialog):
    """Give consent for `dossier`'s client; `consent` holds the result after Accepted.

    `purpose_id` and `recipient` preselect a purpose (giving a consent again, or renewing it).

    `documents_added` is True when an evidence file was stored, even if the
    dialog was then cancelled (the dossier's documents changed).
    Raises `CalqiError` from the constructor when the purposes, versions or
    documents cannot be read.
    """

    def __init__(
        self,
        session: AppSession,
        dossier: Dossier,
        parent: QWidget | None = None,
        *,
        purpose_id: int | None = None,
        recipient: str = "",
    ) -> None:
        from calqi_desktop.services import consent, documents, statement_versions

        super().__init__(parent)
        self.ui = Ui_ConsentDialog()
        self.ui.setupUi(self)
        self.setStyleSheet(INVALID_STYLE)
        self.session = session
        self.language = session.language
        self.dossier = dossier
        self.consent: Consent | None = None
        self.documents_added = False
        ui = self.ui
        prepare_error_label(ui.error_label)
        workspace = session.workspace
        self.purposes = {p.id: p for p in consent.list_purposes(workspace)}
        versions = statement_versions.list_versions(workspace)
        current = statement_versions.current_version(workspace)
        found_documents = documents.list_documents(workspace, dossier.id)

        name = dossier.name or dossier.draft.client_number
        self.setWindowTitle(self.tr("Toestemming vastleggen — %1").replace("%1", name))
        ui.explanation_label.setText(
            self.tr(
                "Leg vast dat %1 toestemming heeft gegeven. De gebeurtenis komt met uw naam in de "
                "geschiedenis van de toestemming en kan niet meer worden gewijzigd; intrekken kan altijd."
            ).replace("%1", name)
        )
        for purpose in self.purposes.values():
            ui.purpose_combo.addItem(purpose.label(self.language), purpose.id)
        if purpose_id is not None and ui.purpose_combo.findData(purpose_id) >= 0:
            ui.purpose_combo.setCurrentIndex(ui.purpose_combo.findData(purpose_id))
            ui.recipient_edit.setText(recipient)
        self.default_moment = now_text()
        ui.given_at_edit.setText(self.default_moment)
        for method in ConsentMethod:
            ui.method_combo.addItem(method.label(self.language), method.value)
        for version in versions:
            ui.statement_version_combo.addItem(version.label(), version.id)
        if current is not None and ui.statement_version_combo.findData(current.id) >= 0:
            ui.statement_version_combo.setCurrentIndex(ui.statement_version_combo.findData(current.id))
        fill_evidence(ui.evidence_combo, found_documents, self.language, None)
        for relation in GuardianRelation:
            ui.guardian_relation_combo.addItem(relation.label(self.language), relation.value)
        self._fill_guardians([])

        person = dossier.draft.kind == ClientKind.PERSON
        ui.guardian_group.setVisible(person)
        ui.age_confirmed_check.setVisible(person and not dossier.special_present.get("birth_date", False))
        ui.age_confirmed_check.setToolTip(
            self.tr(
                "De geboortedatum van de klant staat niet in de kluis. Vink dit aan als u hebt nagegaan dat "
                "de klant 16 jaar of ouder is; is de klant jonger, leg dan de ouder of voogd vast."
            )
        )
        if not versions:
            show_error_text(ui.error_label, NoStatementVersionError().message(self.language))

        name_buttons(ui.button_box, self.tr("Vastleggen"), self.tr("Annuleren"))
        ui.button_box.accepted.connect(self.try_accept)
        ui.button_box.rejected.connect(self.reject)
        ui.purpose_combo.currentIndexChanged.connect(self._purpose_changed)
        ui.add_evidence_button.clicked.connect(self.add_evidence)
        ui.guardian_search_edit.textChanged.connect(self.search_guardians)
        ui.guardian_client_combo.currentIndexChanged.connect(self._guardian_changed)
        ui.guardian_group.toggled.connect(self._guardian_changed)
        self._purpose_changed()
        self._guardian_changed()

    # --- what is on screen --------------------------------------------------------------

    def purpose(self) -> ConsentPurpose | None:
        purpose_id = self.ui.purpose_combo.currentData()
        return self.purposes.get(purpose_id) if purpose_id is not None else None

    def error_text(self) -> str:
        return self.ui.error_label.text()

    def _purpose_changed(self) -> None:
        ui = self.ui
        purpose = self.purpose()
        needs = purpose is not None and purpose.needs_recipient
        ui.recipient_edit.setEnabled(needs)
        ui.recipient_caption.setText(
            self.tr("&Ontvanger (verplicht voor dit doel)") if needs else self.tr("&Ontvanger (niet nodig)")
        )
        ui.recipient_edit.setToolTip(
            self.tr("Voor dit doel geldt toestemming per ontvanger: vul de derde in die de gegevens krijgt.")
            if needs
            else ""
        )
        hints: list[str] = []
        if purpose is not None and purpose.description:
            hints.append(purpose.description)
        if purpose is not None and purpose.explicit:
            hints.append(
                self.tr("Hiervoor is uitdrukkelijke toestemming nodig (schriftelijk of per e-mail).")
            )
        if purpose is not None and purpose.ends_service:
            hints.append(
                self.tr("Zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet verlenen.")
            )
        ui.purpose_hint_label.setText(" ".join(hints))
        ui.form_layout.setRowVisible(ui.purpose_hint_label, bool(hints))

    def _guardian_changed(self) -> None:
        """The name is typed only for a guardian who is not in the vault (and the group is ticked)."""
        in_vault = self.ui.guardian_client_combo.currentData() is not None
        self.ui.guardian_name_edit.setEnabled(self.ui.guardian_group.isChecked() and not in_vault)

    # --- guardian search ----------------------------------------------------------------

    def search_guardians(self, text: str) -> None:
        """Offer the persons in the vault that match `text` (at most 50), the subject left out."""
        from calqi_desktop.services import clients

        text = text.strip()
        if len(text) < _GUARDIAN_SEARCH_MIN:
            self._fill_guardians([])
            return
        try:
            page = clients.find(
                self.session.workspace,
                ClientListQuery(text=text, kind=ClientKind.PERSON),
                limit=GUARDIAN_MATCHES,
            )
        except CalqiError as error:
            show_error_text(self.ui.error_label, error.message(self.language))
            return
        self._fill_guardians(
            [
                (row.id, f"{row.name} ({row.client_number}{', ' + row.city if row.city else ''})")
                for row in page.rows[:GUARDIAN_MATCHES]
                # The service refuses a restricted or anonymised guardian; they are not offered.
                if row.id != self.dossier.id
                and row.kind == ClientKind.PERSON
                and not row.restricted
                and row.status is not ClientStatus.ANONYMISED
            ]
        )

    def _fill_guardians(self, found: list[tuple[int, str]]) -> None:
        combo = self.ui.guardian_client_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("niet in de kluis — naam hieronder invullen"), None)
        combo.setToolTip(
            self.tr("Gevonden in de kluis: %1. Kies de ouder of voogd.").replace("%1", str(len(found)))
            if found
            else ""
        )
        for client_id, text in found:
            combo.addItem(text, client_id)
        index = combo.findData(chosen) if chosen is not None else -1
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        self._guardian_changed()

    def guardian(self) -> GuardianDraft | None:
        ui = self.ui
        if not (ui.guardian_group.isVisibleTo(self) and ui.guardian_group.isChecked()):
            return None
        relation = GuardianRelation(ui.guardian_relation_combo.currentData())
        client_id = ui.guardian_client_combo.currentData()
        if client_id is not None:
            return GuardianDraft(relation, client_id=int(client_id))
        return GuardianDraft(relation, name=" ".join(ui.guardian_name_edit.text().split()))

    # --- evidence -----------------------------------------------------------------------------

    def add_evidence(self) -> None:
        if add_evidence_to(self, self.session, self.dossier.id, self.ui.evidence_combo, self.ui.error_label):
            self.documents_added = True

    # --- recording ------------------------------------------------------------------------------

    def _moment(self) -> datetime | None:
        """The moment typed, or None after saying what is wrong with it."""
        field = Field("given_at", "het moment van de toestemming", "the moment of consent")
        return read_moment(
            self.ui.given_at_edit, self.default_moment, field, self.ui.error_label, self.language
        )

    def draft(self) -> ConsentDraft | None:
        """The consent as filled in, or None after saying what is missing."""
        ui = self.ui
        purpose = self.purpose()
        if purpose is None:
            show_error_text(ui.error_label, self.tr("Kies het doel waarvoor de klant toestemming geeft."))
            ui.purpose_combo.setFocus()
            return None
        given_at = self._moment()
        if given_at is None:
            return None
        version_id = ui.statement_version_combo.currentData()
        if version_id is None:
            show_error_text(ui.error_label, NoStatementVersionError().message(self.language))
            return None
        evidence = ui.evidence_combo.currentData()
        return ConsentDraft(
            purpose_id=purpose.id,
            given_at=given_at,
            method=ConsentMethod(ui.method_combo.currentData()),
            statement_version_id=int(version_id),
            recipient=" ".join(ui.recipient_edit.text().split()) if purpose.needs_recipient else "",
            evidence_document_id=int(evidence) if evidence is not None else None,
            note=ui.note_edit.text().strip(),
            guardian=self.guardian(),
            age_confirmed=ui.age_confirmed_check.isVisibleTo(self) and ui.age_confirmed_check.isChecked(),
        )

    def try_accept(self) -> None:
        """Record the consent; on a refusal say why here and keep everything as typed."""
        from calqi_desktop.services import consent

        draft = self.draft()
        if draft is None:
            return
        try:
            self.consent = consent.give_consent(self.session.workspace, self.dossier.id, draft)
        except ConsentAgeUnknownError as error:
            # the birth date went after this window read the dossier (erased on a withdrawal, say)
            self.ui.age_confirmed_check.setVisible(True)
            show_error_text(self.ui.error_label, error.message(self.language))
            return
        except CalqiError as error:
            show_error_text(self.ui.error_label, error.message(self.language))
            return
        show_error_text(self.ui.error_label, "")
        self.accept()
