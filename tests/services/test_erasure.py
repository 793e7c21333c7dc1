"""Erasure as anonymisation on a real vault: the preview, the gates, the removal, the letter, and the
proof that nothing of the erased client stays readable in vault.db or its -wal.

A rich dossier carries the marker 'Zwartvlieg' in everything that must go
(names, street, e-mail, bank-account holder, child, documents, notes, the
request's description, attachment and identity note, a guardian's name in
another client's consent). What stays on a legal ground — this year's
financial document, a running authorisation, disclosures within the fiscal
retention period — holds no marker of its own. After the erasure the vault
is closed and its files are searched byte by byte, raw and decrypted
(tests/vault_bytes.py); a control client that was not erased is found there.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from io import BytesIO
from pathlib import Path

import pytest
from consent_helpers import draft as consent_draft
from consent_helpers import sign_in
from pypdf import PdfReader
from request_helpers import IBAN, MARKER, open_request, recent, verified_request
from sqlalchemy import func, select, text
from vault_bytes import find_marker

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import (
    AuthorisationDraft,
    AuthorisationKind,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.client_list import ClientListQuery
from calqi_desktop.domain.clients import (
    AddressDraft,
    BankAccountDraft,
    ChildDraft,
    ClientDraft,
    ClientStatus,
    DocumentKind,
    EmailDraft,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.consent import GuardianDraft, GuardianRelation
from calqi_desktop.domain.disclosures import DisclosureChannel, DisclosureDraft
from calqi_desktop.domain.erasure import ErasedPart, ErasurePreview, KeepGround
from calqi_desktop.domain.errors import (
    ClientAnonymisedError,
    ErasureFailedError,
    ErasurePreviewOutdatedError,
    IdentityNotVerifiedError,
    PermissionDeniedError,
    RequestClosedError,
    RequestTypeMismatchError,
)
from calqi_desktop.domain.requests import (
    IdentityCheckDraft,
    IdentityMethod,
    RequestOutcome,
    RequestStatus,
    RequestType,
    StepKind,
)
from calqi_desktop.services import (
    authorisations,
    clients,
    consent,
    disclosures,
    documents,
    erasure,
    requests,
)
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store, compaction
from calqi_desktop.storage.models import (
    AuthorisationRow,
    BankAccount,
    Child,
    Client,
    ClientAddress,
    ClientDocument,
    ConsentEventRow,
    DataSubjectRequestRow,
    DisclosureRow,
    DocumentContent,
    FieldChangeRecord,
    LegalBasisRecord,
    RequestDocumentRow,
    RequestStepRow,
)

TODAY = date.today()
YEAR = TODAY.year
BSN = "123456782"
CONTROL = "Controle-Merel"
BANK = "ING Bank N.V."
BASES = tuple(
    BasisDraft(
        category,
        LegalBasisKind.LEGAL_OBLIGATION if category is SpecialCategory.BSN else LegalBasisKind.CONTRACT,
    )
    for category in (
        SpecialCategory.BSN,
        SpecialCategory.BIRTH,
        SpecialCategory.BANK_ACCOUNTS,
        SpecialCategory.CHILDREN,
        SpecialCategory.FINANCIAL,
    )
)


def pdf_with(line: str) -> bytes:
    """A small real PDF whose content stream holds `line` as plain text (no compression)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pageCompression=0)
    canvas.drawString(72, 720, line)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


@dataclass(frozen=True)
class Dossier:
    client_id: int
    request_id: int
    control_id: int
    fiscal_document: int
    old_document: int
    marked_document: int
    signed_form: int
    running: int
    revoked: int
    expired: int


def rich_dossier(workspace: Workspace) -> Dossier:
    """The client to erase, with data of every kind, and a control client whose guardian it is."""
    client_id = clients.create_client(
        workspace,
        ClientDraft(
            initials="K.",
            first_names=f"Karel{MARKER}",
            tussenvoegsel="van",
            last_name=MARKER,
            function="Directeur",
            addresses=(
                AddressDraft(street=f"{MARKER}straat", house_number="12", postcode="3511 NK", city="Utrecht"),
            ),
            emails=(EmailDraft(address=f"karel.{MARKER.lower()}@example.nl"),),
            phones=(PhoneDraft(number="030 123 4567"),),
        ),
        SpecialChanges(
            fields={"bsn": BSN, "birth_date": "24-11-1980", "birth_place": "Zwolle"},
            bank_accounts=(BankAccountDraft(IBAN, f"K. van {MARKER}"),),
            children=(ChildDraft(f"Pietje{MARKER}", MARKER, date(2015, 3, 1)),),
        ),
        BASES,
    )

    def add(kind: DocumentKind, name: str, line: str, description: str = "") -> int:
        return documents.add_document(workspace, client_id, kind, name, pdf_with(line), description).id

    marked = add(DocumentKind.OTHER, f"brief {MARKER}.pdf", f"Brief van {MARKER}")
    fiscal = add(
        DocumentKind.FINANCIAL, f"aangifte {MARKER}.pdf", "Aangifte inkomstenbelasting", f"van {MARKER}"
    )
    old = add(DocumentKind.FINANCIAL, "jaarstukken.pdf", f"Jaarstukken {MARKER}")
    signed = add(DocumentKind.SIGNED_FORM, "machtiging.pdf", "Machtiging jaarrekening")

    def authorise(**values: object) -> int:
        return authorisations.add_authorisation(workspace, client_id, AuthorisationDraft(**values)).id  # type: ignore[arg-type]

    running = authorise(
        kind=AuthorisationKind.CONTINUING,
        tax_type=TaxType.IB,
        year_from=YEAR - 3,
        valid_from=date(YEAR - 3, 1, 1),
        note=f"Afgesproken met {MARKER}",
    )
    bank = authorise(
        kind=AuthorisationKind.CLIENT_SIGNED,
        recipient_kind=RecipientKind.BANK,
        recipient_name=BANK,
        document_types=frozenset({DocumentType.ANNUAL_ACCOUNT}),
        year_from=YEAR - 2,
        year_to=YEAR - 1,
        valid_from=date(YEAR - 2, 1, 1),
        document_id=signed,
    )
    expired = authorise(
        kind=AuthorisationKind.SBA, valid_from=date(YEAR - 6, 1, 1), valid_until=date(YEAR - 5, 12, 31)
    )

    def disclose(document_type: DocumentType, year: int, recipient: RecipientKind, **values: object) -> int:
        disclosure = DisclosureDraft(
            document_type,
            year,
            recipient,
            TODAY,
            DisclosureChannel.ELECTRONIC,
            **values,  # type: ignore[arg-type]
        )
        return disclosures.record_disclosure(workspace, client_id, disclosure).id

    disclose(
        DocumentType.TAX_RETURN,
        YEAR - 1,
        RecipientKind.BELASTINGDIENST,
        tax_type=TaxType.IB,
        note=f"Voor {MARKER}",
    )
    too_old = disclose(DocumentType.TAX_RETURN, YEAR - 2, RecipientKind.BELASTINGDIENST, tax_type=TaxType.IB)
    disclose(DocumentType.ANNUAL_ACCOUNT, YEAR - 1, RecipientKind.BANK, recipient_name=BANK)
    authorisations.revoke_authorisation(workspace, bank, TODAY, f"Ingetrokken door {MARKER}")
    consent.give_consent(
        workspace,
        client_id,
        consent_draft(workspace, note=f"Mondeling, {MARKER}", evidence_document_id=marked),
    )

    control_id = clients.create_client(
        workspace,
        ClientDraft(initials="M.", first_names="Merel", last_name=CONTROL),
        SpecialChanges(fields={"birth_date": "01-02-2015"}),
        (BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT),),
    )
    guardian = GuardianDraft(GuardianRelation.PARENT, client_id=client_id)
    consent.give_consent(
        workspace, control_id, consent_draft(workspace, guardian=guardian, age_confirmed=False)
    )

    request_id = open_request(
        workspace, client_id, RequestType.ERASURE, description=f"Alles van {MARKER} wissen"
    )
    requests.add_document(workspace, request_id, "verzoek.pdf", pdf_with(f"Verzoek van {MARKER}"))
    requests.verify_identity(
        workspace,
        request_id,
        IdentityCheckDraft(IdentityMethod.ID_IN_PERSON, recent(), note=f"Paspoort van {MARKER} gezien"),
    )
    with workspace.transaction() as session:
        # Older records, as years of work leave them (the services stamp today's date).
        session.execute(
            text("UPDATE client_document SET added_at = :moment WHERE id = :id"),
            {"moment": datetime(YEAR - 9, 6, 1, 12), "id": old},
        )
        session.execute(
            text("UPDATE disclosure SET year = :year WHERE id = :id"), {"year": YEAR - 9, "id": too_old}
        )
        # A guardian's name written beside the link, as a record made before the link existed may hold it.
        session.execute(
            text("UPDATE consent_event SET guardian_name = :name WHERE guardian_client_id = :id"),
            {"name": f"K. van {MARKER}", "id": client_id},
        )
    return Dossier(client_id, request_id, control_id, fiscal, old, marked, signed, running, bank, expired)


def removed_counts(preview: ErasurePreview) -> dict[ErasedPart, int]:
    return {item.part: item.count for item in preview.removed}


def audit_details(workspace: Workspace, action: AuditAction) -> list[dict[str, object]]:
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=action.value)
        return [dict(listed.record.details) for listed in audit_store.iter_events(session, query)]


# --- preview ----------------------------------------------------------------------------------------


def test_the_preview_counts_what_goes_and_names_what_stays_with_its_ground(workspace: Workspace) -> None:
    dossier = rich_dossier(workspace)

    preview = erasure.preview(workspace, dossier.request_id)

    assert [item.part for item in preview.removed] == list(ErasedPart)
    counts = removed_counts(preview)
    assert counts[ErasedPart.NAME] == 1
    assert counts[ErasedPart.PERSON_DETAILS] == 1  # function; gender unknown
    assert counts[ErasedPart.ORGANISATION_DETAILS] == 0
    assert counts[ErasedPart.BSN] == 1
    assert counts[ErasedPart.BIRTH] == 2
    for part in (ErasedPart.ADDRESSES, ErasedPart.EMAILS, ErasedPart.PHONES, ErasedPart.BANK_ACCOUNTS):
        assert counts[part] == 1, part
    assert counts[ErasedPart.CHILDREN] == 1
    assert counts[ErasedPart.DOCUMENTS] == 2  # the letter and the 9-year-old financial document
    assert counts[ErasedPart.AUTHORISATIONS] == 1  # the expired SBA nothing rests on
    assert counts[ErasedPart.AUTHORISATION_NOTES] == 2  # a note and a revocation reason
    assert counts[ErasedPart.DISCLOSURE_NOTES] == 1
    assert counts[ErasedPart.DISCLOSURES] == 1  # the one for a year past retention
    assert counts[ErasedPart.CONSENT_NOTES] == 3  # a note and an evidence link; the guardian's name
    assert counts[ErasedPart.LEGAL_BASES] == 5
    assert counts[ErasedPart.FIELD_HISTORY] > 5
    assert counts[ErasedPart.REQUEST_DETAILS] == 4  # description, identity note, attachment, step note
    assert counts[ErasedPart.STATEMENT_NOTICES] == 0

    retention = date(YEAR + 7, 12, 31)
    last_year = date(YEAR + 6, 12, 31)
    kept = [(item.what, item.ground, item.until) for item in preview.kept]
    assert kept[:3] == [
        (f"Financieel stuk uit {YEAR}", KeepGround.FISCAL_RETENTION, retention),
        (
            f"Belastingaangifte Inkomstenbelasting (IB) {YEAR - 1} aan Belastingdienst",
            KeepGround.FISCAL_RETENTION,
            last_year,
        ),
        (f"Jaarrekening {YEAR - 1} aan Bank", KeepGround.FISCAL_RETENTION, last_year),
    ]
    grounds = {item.ground: item for item in preview.kept[3:]}
    assert grounds[KeepGround.RUNNING_AUTHORISATION].what.startswith("Doorlopende machtiging")
    assert grounds[KeepGround.RUNNING_AUTHORISATION].until is None
    assert grounds[KeepGround.BASIS_OF_KEPT_DISCLOSURE].until == last_year
    assert grounds[KeepGround.CONSENT_PROOF].what == "Toestemming: Nieuwsbrief"
    assert grounds[KeepGround.REQUEST_RECORD].what.startswith("AVG-verzoek AVG-")
    assert KeepGround.AUDIT_TRAIL in grounds
    with workspace.transaction() as session:
        number = session.get_one(Client, dossier.client_id).client_number
    assert grounds[KeepGround.CLIENT_NUMBER].what == f"Klantnummer {number}"
    assert len(preview.kept) == 9
    assert preview.kept_documents == (dossier.fiscal_document, dossier.signed_form)
    assert preview.partly
    assert not [item.what for item in preview.kept if MARKER.lower() in item.what.lower()]

    details = audit_details(workspace, AuditAction.ERASURE_PREVIEWED)
    assert details == [{"removed": sum(counts.values()), "kept": 9}]
    with workspace.transaction() as session:  # a preview changes nothing
        assert session.get_one(Client, dossier.client_id).last_name == MARKER


def test_identity_permission_and_the_kind_of_request_are_checked(created_vault: tuple[Path, str]) -> None:
    folder, _code = created_vault
    workspace = sign_in(folder, "beheerder")
    client_id = clients.create_client(workspace, ClientDraft(initials="K.", last_name=MARKER))
    unverified = open_request(workspace, client_id, RequestType.ERASURE)
    access = verified_request(workspace, client_id, RequestType.ACCESS)
    with pytest.raises(IdentityNotVerifiedError):
        erasure.preview(workspace, unverified)
    with pytest.raises(RequestTypeMismatchError):
        erasure.preview(workspace, access)
    ready = verified_request(workspace, client_id, RequestType.ERASURE)
    confirmed = erasure.preview(workspace, ready)
    workspace.sign_out()

    anna = sign_in(folder, "anna")  # accountant: handles requests, may not erase
    with pytest.raises(PermissionDeniedError):
        erasure.preview(anna, ready)
    with pytest.raises(PermissionDeniedError):
        erasure.erase(anna, ready, confirmed)
    anna.sign_out()

    fleur = sign_in(folder, "fleur")  # privacy officer: both
    assert not erasure.preview(fleur, ready).partly  # nothing personal stays of a bare dossier
    fleur.sign_out()


# --- erase ------------------------------------------------------------------------------------------


def test_erase_anonymises_the_client_closes_the_request_and_writes_the_letter(workspace: Workspace) -> None:
    dossier = rich_dossier(workspace)
    confirmed = erasure.preview(workspace, dossier.request_id)
    told: list[str] = []

    result = erasure.erase(workspace, dossier.request_id, confirmed, progress=told.append)

    assert told == [erasure.REMOVING, erasure.COMPACTING]
    assert result.preview == confirmed
    assert result.vault_bytes_after == workspace.vault.db_path.stat().st_size
    assert result.vault_bytes_before > 0 and result.seconds > 0
    client_id = dossier.client_id
    with workspace.transaction() as session:
        client = session.get_one(Client, client_id)
        assert client.status == ClientStatus.ANONYMISED.value
        assert (client.initials, client.first_names, client.tussenvoegsel, client.last_name) == (
            "",
            "",
            "",
            "",
        )
        assert (client.bsn, client.birth_date, client.birth_place, client.function) == (None, None, "", "")
        assert client.gender == "unknown" and not client.restricted
        for model in (ClientAddress, BankAccount, Child, FieldChangeRecord, LegalBasisRecord):
            assert (
                session.scalar(select(func.count()).select_from(model).where(model.client_id == client_id))
                == 0
            )
        remaining = session.scalars(select(ClientDocument).where(ClientDocument.client_id == client_id)).all()
        assert sorted(d.id for d in remaining) == sorted(confirmed.kept_documents)
        assert not [d.file_name for d in remaining if MARKER in d.file_name or d.description]
        contents = set(session.scalars(select(DocumentContent.document_id)))
        assert dossier.old_document not in contents and dossier.marked_document not in contents
        kept_authorisations = session.scalars(
            select(AuthorisationRow).where(AuthorisationRow.client_id == client_id)
        )
        assert {(a.id, a.note, a.revoke_reason) for a in kept_authorisations} == {
            (dossier.running, "", ""),
            (dossier.revoked, "", ""),
        }
        assert session.scalars(
            select(DisclosureRow.note).where(DisclosureRow.client_id == client_id)
        ).all() == ["", ""]
        own_events = session.scalars(
            select(ConsentEventRow).where(ConsentEventRow.client_id == client_id)
        ).all()
        assert own_events and all(e.note == "" and e.evidence_document_id is None for e in own_events)
        guarded = session.scalars(
            select(ConsentEventRow).where(ConsentEventRow.client_id == dossier.control_id)
        ).one()
        assert guarded.guardian_name == "" and guarded.guardian_client_id == client_id

        row = session.get_one(DataSubjectRequestRow, dossier.request_id)
        assert row.status == RequestStatus.CLOSED.value and row.closed_on == TODAY
        assert row.outcome == RequestOutcome.PARTLY_GRANTED.value
        assert "(art. 52 Algemene wet inzake rijksbelastingen) (tot" in row.outcome_grounds
        assert row.outcome_grounds.startswith(f"- Financieel stuk uit {YEAR}: Fiscale bewaarplicht")
        assert (row.description, row.identity_note) == ("", "")
        assert session.scalar(select(func.count()).select_from(RequestDocumentRow)) == 0
        steps = session.scalars(
            select(RequestStepRow).where(RequestStepRow.request_id == dossier.request_id)
        ).all()
        assert [s.kind for s in steps][-3:] == [StepKind.ERASED, StepKind.LETTER_MADE, StepKind.CLOSED]
        assert int(steps[-3].detail) == sum(item.count for item in confirmed.removed)
        assert not [s.note for s in steps if MARKER in s.note]

    letter = pdf_text(result.letter)
    assert MARKER in letter  # addressed to the client, rendered before the name went
    assert "art. 52" in letter and "Autoriteit Persoonsgegevens" in letter
    assert audit_details(workspace, AuditAction.CLIENT_ANONYMISED) == [
        {"removed": sum(item.count for item in confirmed.removed), "kept": len(confirmed.kept)}
    ]
    printed = audit_details(workspace, AuditAction.DOCUMENT_PRINTED)
    assert {
        "document": "decision-letter",
        "request_id": dossier.request_id,
        "letter": "partly-granted",
    } in printed
    assert {"outcome": "partly-granted"} in audit_details(workspace, AuditAction.REQUEST_CLOSED)

    found = clients.find(workspace, ClientListQuery(text=MARKER)).rows
    assert found == ()
    by_number = clients.find(workspace, ClientListQuery(text=confirmed.client_number)).rows
    assert [(row.id, row.name, row.postcode, row.city) for row in by_number] == [
        (client_id, erasure.ANONYMISED_NAME, "", "")
    ]
    assert [row.id for row in clients.find(workspace, ClientListQuery(text=CONTROL)).rows] == [
        dossier.control_id
    ]

    with pytest.raises(RequestClosedError):  # a second erase of the same request
        erasure.erase(workspace, dossier.request_id, confirmed)


def test_an_outdated_preview_erases_nothing(workspace: Workspace) -> None:
    dossier = rich_dossier(workspace)
    confirmed = erasure.preview(workspace, dossier.request_id)
    documents.add_document(
        workspace, dossier.client_id, DocumentKind.OTHER, "nog een.pdf", pdf_with("Nog een")
    )

    with pytest.raises(ErasurePreviewOutdatedError):
        erasure.erase(workspace, dossier.request_id, confirmed)
    with pytest.raises(ErasurePreviewOutdatedError):  # nor one for another request
        erasure.erase(
            workspace,
            dossier.request_id,
            replace(erasure.preview(workspace, dossier.request_id), request_id=0),
        )

    assert requests.get(workspace, dossier.request_id, audit=False).is_open
    with workspace.transaction() as session:
        assert session.get_one(Client, dossier.client_id).last_name == MARKER
    assert audit_details(workspace, AuditAction.CLIENT_ANONYMISED) == []


def test_staff_texts_of_the_clients_other_requests_are_blanked(workspace: Workspace) -> None:
    """Reasons and grounds are typed by staff and may name the requester (they are not kept)."""
    client_id = clients.create_client(workspace, ClientDraft(initials="K.", last_name=MARKER))
    failed = open_request(workspace, client_id, RequestType.ACCESS)
    requests.identity_failed(workspace, failed, f"Naam {MARKER} op het ID wijkt af")
    extended = verified_request(workspace, client_id, RequestType.ACCESS)
    requests.extend(workspace, extended, 1, f"Stukken van {MARKER} liggen bij de bank")
    request_id = verified_request(workspace, client_id, RequestType.ERASURE)

    erasure.erase(workspace, request_id, erasure.preview(workspace, request_id))

    with workspace.transaction() as session:
        rows = session.scalars(
            select(DataSubjectRequestRow).where(DataSubjectRequestRow.client_id == client_id)
        ).all()
        texts = [
            (row.identity_failed_reason, row.extension_reason, row.outcome_grounds)
            for row in rows
            if row.id != request_id
        ]
    assert texts == [("", "", ""), ("", "", "")]


def test_an_erased_client_cannot_be_erased_again_through_another_request(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="K.", last_name=MARKER))
    first = verified_request(workspace, client_id, RequestType.ERASURE)
    second = verified_request(workspace, client_id, RequestType.ERASURE)
    result = erasure.erase(workspace, first, erasure.preview(workspace, first))
    assert not result.preview.partly
    assert requests.get(workspace, first, audit=False).outcome is RequestOutcome.GRANTED

    with pytest.raises(ClientAnonymisedError):
        erasure.preview(workspace, second)


def test_a_failed_compaction_after_the_removal_keeps_the_letter_and_says_so(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="K.", last_name=MARKER))
    request_id = verified_request(workspace, client_id, RequestType.ERASURE)
    confirmed = erasure.preview(workspace, request_id)

    def busy(_vault: object) -> None:
        raise ErasureFailedError()

    monkeypatch.setattr(compaction, "compact", busy)
    result = erasure.erase(workspace, request_id, confirmed)

    assert result.compacted is False
    assert pdf_text(result.letter)
    with workspace.transaction() as session:
        assert session.get_one(Client, client_id).status == ClientStatus.ANONYMISED.value
        assert session.get_one(Client, client_id).last_name == ""


# --- nothing readable stays -------------------------------------------------------------------------


def test_after_erasure_no_trace_of_the_client_is_in_the_vault_files(workspace: Workspace) -> None:
    dossier = rich_dossier(workspace)
    with workspace.transaction() as session:  # restricted, with a reason naming the client
        client = session.get_one(Client, dossier.client_id)
        client.restricted, client.restriction_reason = True, f"Bezwaar van {MARKER}"
    folder, key = workspace.vault.folder, workspace.vault.master_key()
    markers = (MARKER, BSN, IBAN)
    for marker in (*markers, CONTROL):  # the search can fail: everything is there before
        assert find_marker(folder, key, marker), marker
    assert not [hit for hit in find_marker(folder, key, MARKER) if " raw " in hit]  # encrypted on disk

    erasure.erase(workspace, dossier.request_id, erasure.preview(workspace, dossier.request_id))
    for marker in markers:  # at once, with the vault still open: checkpointed and vacuumed
        assert find_marker(folder, key, marker) == [], marker
    workspace.sign_out()

    for marker in markers:
        assert find_marker(folder, key, marker) == [], marker
    assert find_marker(folder, key, CONTROL), "the control client was not erased and must be found"
    assert (folder / "vault.db").stat().st_size > 0


def test_an_unverified_identity_blocks_the_erasure(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="K.", last_name=MARKER))
    request_id = open_request(workspace, client_id, RequestType.ERASURE)
    confirmed = ErasurePreview(request_id, client_id, "K-000001", (), ())
    with pytest.raises(IdentityNotVerifiedError):
        erasure.erase(workspace, request_id, confirmed)
    assert requests.get(workspace, request_id, audit=False).status is RequestStatus.AWAITING_IDENTITY
    with workspace.transaction() as session:
        assert session.get_one(Client, client_id).last_name == MARKER
