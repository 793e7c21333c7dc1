"""The authorisations register on a real vault: record, change, activate, revoke, per role, with
the audit trail — and the activation code kept as special data (masked, revealed with an event)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from conftest import ADMIN, ADMIN_PASSWORD, STAFF_PASSWORD
from sqlalchemy import select

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.authorisations import (
    AuthorisationDraft,
    AuthorisationKind,
    AuthorisationStatus,
    DocumentType,
    RecipientKind,
    TaxType,
)
from calqi_desktop.domain.clients import ClientDraft, ClientStatus, DocumentKind
from calqi_desktop.domain.disclosures import DisclosureChannel, DisclosureDraft
from calqi_desktop.domain.errors import (
    ActivationCodeError,
    ActivationCodeNotForKindError,
    AuthorisationNotFoundError,
    AuthorisationRevokedError,
    AuthorisationScopeLockedError,
    ClientAnonymisedError,
    ClientNotFoundError,
    ClientRestrictedError,
    DateInFutureError,
    EvidenceNotInDossierError,
    PermissionDeniedError,
    RecipientNotAllowedError,
    RequiredFieldError,
)
from calqi_desktop.services import auth, authorisations, clients, disclosures, documents
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.crypto import TEST_ONLY_KDF
from calqi_desktop.storage.models import AuditEvent, AuthorisationRow, Client

TODAY = date(2025, 6, 15)
CODE = "AB12-CD34-EF"
STORED_CODE = "AB12CD34EF"
BANK_NAME = "Hypotheekbank Zuid B.V."
VIA_2024 = AuthorisationDraft(AuthorisationKind.VIA, year_from=2024, requested_on=date(2025, 2, 1))
CONTINUING_IB = AuthorisationDraft(
    AuthorisationKind.CONTINUING, tax_type=TaxType.IB, year_from=2024, valid_from=date(2024, 1, 1)
)
SIGNED_BANK = AuthorisationDraft(
    AuthorisationKind.CLIENT_SIGNED,
    recipient_kind=RecipientKind.BANK,
    recipient_name=BANK_NAME,
    document_types=frozenset({DocumentType.FINANCIAL_REPORT, DocumentType.ANNUAL_ACCOUNT}),
    year_from=2023,
    year_to=2024,
    valid_from=date(2025, 1, 10),
    note="Getekend op kantoor",
)


def sign_in(folder: Path, user: str) -> Workspace:
    password = ADMIN_PASSWORD if user == ADMIN else STAFF_PASSWORD
    return auth.sign_in(folder, user, password, kdf=TEST_ONLY_KDF)


def events(
    workspace: Workspace, action: AuditAction, client_id: int | None = None
) -> list[dict[str, object]]:
    with workspace.transaction() as session:
        query = audit_store.AuditQuery(action=action.value, client_id=client_id)
        return [listed.record.details for listed in audit_store.find_events(session, query)]


def all_details(workspace: Workspace) -> str:
    with workspace.transaction() as session:
        return " ".join(session.scalars(select(AuditEvent.details)).all())


@pytest.fixture
def staff_vault(created_vault: tuple[Path, str]) -> tuple[Path, int]:
    """The vault with staff of every role and one client, Jan de Vries."""
    folder, _code = created_vault
    admin = sign_in(folder, ADMIN)
    try:
        client_id = clients.create_client(admin, ClientDraft(initials="J", last_name="Vries"))
    finally:
        admin.sign_out()
    return folder, client_id


@pytest.fixture
def anna(staff_vault: tuple[Path, int]) -> Iterator[Workspace]:
    """The accountant, signed in."""
    workspace = sign_in(staff_vault[0], "anna")
    yield workspace
    workspace.sign_out()


def test_recording_an_authorisation(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    added = authorisations.add_authorisation(workspace, client_id, SIGNED_BANK, today=TODAY)
    assert added.terms.recipient_name == BANK_NAME and added.client_id == client_id
    assert added.terms.document_types == {DocumentType.ANNUAL_ACCOUNT, DocumentType.FINANCIAL_REPORT}
    assert added.status_on(TODAY) is AuthorisationStatus.ACTIVE
    assert (added.created_by, added.note, added.has_activation_code) == (ADMIN, "Getekend op kantoor", False)
    with workspace.transaction() as session:
        row = session.get(AuthorisationRow, added.id)
        assert row is not None
        assert row.document_types == "annual-account,financial-report"  # fixed order, whatever was picked
        assert row.recipient_key == "hypotheekbank zuid b.v."
    assert events(workspace, AuditAction.AUTHORISATION_ADDED, client_id) == [
        {"authorisation_id": added.id, "kind": "client-signed"}
    ]
    assert BANK_NAME not in all_details(workspace)
    assert authorisations.client_authorisations(workspace, client_id) == [added]


def test_the_register_lists_newest_first_with_the_signed_form(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    other_id = clients.create_client(workspace, ClientDraft(initials="P", last_name="Smit"))
    form = documents.add_document(workspace, client_id, DocumentKind.SIGNED_FORM, "machtiging.pdf", _pdf())
    foreign = documents.add_document(workspace, other_id, DocumentKind.SIGNED_FORM, "smit.pdf", _pdf())
    first = authorisations.add_authorisation(workspace, client_id, CONTINUING_IB, today=TODAY)
    second = authorisations.add_authorisation(
        workspace, client_id, replace(SIGNED_BANK, document_id=form.id), today=TODAY
    )
    listed = authorisations.client_authorisations(workspace, client_id)
    assert [a.id for a in listed] == [second.id, first.id]
    assert (listed[0].document_id, listed[0].document_name) == (form.id, "machtiging.pdf")
    with pytest.raises(EvidenceNotInDossierError):
        authorisations.add_authorisation(workspace, client_id, replace(CONTINUING_IB, document_id=foreign.id))
    with pytest.raises(EvidenceNotInDossierError):
        authorisations.change_authorisation(
            workspace, first.id, replace(CONTINUING_IB, document_id=foreign.id)
        )
    assert authorisations.client_authorisations(workspace, other_id) == []
    with pytest.raises(ClientNotFoundError):
        authorisations.client_authorisations(workspace, 999)


def test_a_wrong_draft_stores_nothing_and_audits_nothing(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    with pytest.raises(RecipientNotAllowedError) as caught:
        authorisations.add_authorisation(
            workspace, client_id, replace(VIA_2024, recipient_kind=RecipientKind.BANK)
        )
    assert caught.value.field == "recipient_kind"
    with pytest.raises(RequiredFieldError) as no_code:
        authorisations.add_authorisation(
            workspace, client_id, replace(VIA_2024, activated_on=date(2025, 3, 1))
        )
    assert no_code.value.field == "activation_code"
    with pytest.raises(ClientNotFoundError):
        authorisations.add_authorisation(workspace, 999, CONTINUING_IB)
    assert authorisations.client_authorisations(workspace, client_id) == []
    assert events(workspace, AuditAction.AUTHORISATION_ADDED) == []


def test_a_via_with_its_code_is_activated_at_once(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    draft = replace(VIA_2024, activation_code=CODE, activated_on=date(2025, 3, 1))
    via = authorisations.add_authorisation(workspace, client_id, draft, today=TODAY)
    assert via.has_activation_code and via.terms.valid_from == date(2025, 3, 1)
    assert (via.terms.tax_type, via.terms.year_to) == (TaxType.IB, 2024)
    assert via.status_on(TODAY) is AuthorisationStatus.ACTIVE
    details = {"authorisation_id": via.id, "kind": "via"}
    assert events(workspace, AuditAction.AUTHORISATION_ADDED, client_id) == [details]
    assert events(workspace, AuditAction.AUTHORISATION_ACTIVATED, client_id) == [details]
    with workspace.transaction() as session:
        assert session.get(AuthorisationRow, via.id).activation_code == STORED_CODE  # type: ignore[union-attr]
    assert STORED_CODE not in repr(via) and STORED_CODE not in all_details(workspace)


def test_activating_a_via_later(anna: Workspace, staff_vault: tuple[Path, int]) -> None:
    client_id = staff_vault[1]
    via = authorisations.add_authorisation(anna, client_id, VIA_2024, today=TODAY)
    assert via.status_on(TODAY) is AuthorisationStatus.AWAITING_ACTIVATION and not via.has_activation_code
    with pytest.raises(DateInFutureError):
        authorisations.activate_via(anna, via.id, CODE, date(2025, 6, 16), today=TODAY)
    with pytest.raises(ActivationCodeError):
        authorisations.activate_via(anna, via.id, "x1", date(2025, 3, 1), today=TODAY)
    with pytest.raises(RequiredFieldError):
        authorisations.activate_via(anna, via.id, " - ", date(2025, 3, 1), today=TODAY)
    assert events(anna, AuditAction.AUTHORISATION_ACTIVATED) == []
    activated = authorisations.activate_via(anna, via.id, CODE, date(2025, 3, 1), today=TODAY)
    assert activated.has_activation_code and activated.terms.valid_from == date(2025, 3, 1)
    assert activated.status_on(date(2025, 2, 28)) is AuthorisationStatus.NOT_YET_VALID
    assert activated.status_on(TODAY) is AuthorisationStatus.ACTIVE
    assert events(anna, AuditAction.AUTHORISATION_ACTIVATED, client_id) == [
        {"authorisation_id": via.id, "kind": "via"}
    ]
    assert authorisations.reveal_activation_code(anna, via.id) == STORED_CODE

    continuing = authorisations.add_authorisation(anna, client_id, CONTINUING_IB, today=TODAY)
    with pytest.raises(ActivationCodeNotForKindError):
        authorisations.activate_via(anna, continuing.id, CODE, date(2025, 3, 1), today=TODAY)
    with pytest.raises(AuthorisationNotFoundError):
        authorisations.activate_via(anna, 999, CODE, date(2025, 3, 1), today=TODAY)


def test_changing_keeps_or_removes_the_code_and_names_the_fields(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    draft = replace(VIA_2024, activation_code=CODE, activated_on=date(2025, 3, 1))
    via = authorisations.add_authorisation(workspace, client_id, draft, today=TODAY)
    kept = replace(draft, activation_code=None, valid_from=date(2025, 3, 1), valid_until=date(2025, 12, 31))
    changed = authorisations.change_authorisation(workspace, via.id, kept, today=TODAY)
    assert changed.has_activation_code and changed.terms.valid_until == date(2025, 12, 31)
    assert events(workspace, AuditAction.AUTHORISATION_CHANGED, client_id) == [
        {"authorisation_id": via.id, "kind": "via", "fields": "valid_until"}
    ]
    removed = authorisations.change_authorisation(
        workspace, via.id, replace(kept, activation_code="", activated_on=None), today=TODAY
    )
    assert not removed.has_activation_code
    assert removed.status_on(TODAY) is AuthorisationStatus.AWAITING_ACTIVATION
    latest = events(workspace, AuditAction.AUTHORISATION_CHANGED, client_id)[0]
    assert latest["fields"] == "activation_code,activated_on"
    assert STORED_CODE not in all_details(workspace)
    with pytest.raises(AuthorisationNotFoundError):
        authorisations.change_authorisation(workspace, 999, kept)


ACTIVATED_VIA = replace(VIA_2024, activation_code=CODE, activated_on=date(2025, 3, 1))


@pytest.mark.parametrize(
    "rescoped",
    [
        replace(ACTIVATED_VIA, year_from=2023),
        replace(
            ACTIVATED_VIA,
            kind=AuthorisationKind.CONTINUING,
            tax_type=TaxType.IB,
            activation_code=None,
            activated_on=None,
        ),
    ],
    ids=["another year", "another kind"],
)
def test_an_activated_via_keeps_its_year_and_kind(workspace: Workspace, rescoped: AuthorisationDraft) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    via = authorisations.add_authorisation(workspace, client_id, ACTIVATED_VIA, today=TODAY)
    assert via.scope_locked and not via.in_use
    with pytest.raises(AuthorisationScopeLockedError) as caught:
        authorisations.change_authorisation(workspace, via.id, rescoped, today=TODAY)
    assert caught.value.message().startswith("Deze machtiging is al geactiveerd of gebruikt")
    assert caught.value.message("en").startswith("This authorisation has already been activated")
    assert authorisations.client_authorisations(workspace, client_id) == [via]  # nothing changed
    assert events(workspace, AuditAction.AUTHORISATION_CHANGED, client_id) == []
    # its dates and note may still change
    dated = replace(ACTIVATED_VIA, activation_code=None, valid_until=date(2025, 12, 31), note="Brief 3 maart")
    changed = authorisations.change_authorisation(workspace, via.id, dated, today=TODAY)
    assert (changed.terms.year_from, changed.terms.kind) == (2024, AuthorisationKind.VIA)
    assert (changed.terms.valid_until, changed.note, changed.has_activation_code) == (
        date(2025, 12, 31),
        "Brief 3 maart",
        True,
    )


def test_an_authorisation_a_disclosure_rests_on_keeps_what_it_covers(workspace: Workspace) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    signed = authorisations.add_authorisation(workspace, client_id, SIGNED_BANK, today=TODAY)
    unused = authorisations.add_authorisation(workspace, client_id, CONTINUING_IB, today=TODAY)
    assert not signed.scope_locked
    account = DisclosureDraft(
        DocumentType.ANNUAL_ACCOUNT,
        2024,
        RecipientKind.BANK,
        date(2025, 2, 1),
        DisclosureChannel.EMAIL,
        recipient_name="hypotheekbank zuid bv",
    )
    recorded = disclosures.record_disclosure(workspace, client_id, account, today=TODAY)
    assert recorded.authorisation_id == signed.id
    listed = {a.id: a for a in authorisations.client_authorisations(workspace, client_id)}
    assert listed[signed.id].in_use and listed[signed.id].scope_locked
    assert not listed[unused.id].in_use and not listed[unused.id].scope_locked
    for rescoped in (
        replace(SIGNED_BANK, year_to=2025),
        replace(SIGNED_BANK, recipient_name="Rabobank"),
        replace(SIGNED_BANK, recipient_kind=RecipientKind.AUTHORITY),
        replace(SIGNED_BANK, document_types=frozenset({DocumentType.ANNUAL_ACCOUNT})),
        replace(
            SIGNED_BANK,
            document_types=SIGNED_BANK.document_types | {DocumentType.TAX_RETURN},
            tax_type=TaxType.IB,
        ),
    ):
        with pytest.raises(AuthorisationScopeLockedError):
            authorisations.change_authorisation(workspace, signed.id, rescoped, today=TODAY)
    # past disclosures keep showing what they rested on
    assert disclosures.client_disclosures(workspace, client_id)[0].authorisation == recorded.authorisation
    assert "2023–2024" in recorded.authorisation
    later = replace(SIGNED_BANK, valid_until=date(2025, 12, 31), note="Verlengd tot eind 2025")
    changed = authorisations.change_authorisation(workspace, signed.id, later, today=TODAY)
    assert changed.in_use and changed.terms.valid_until == date(2025, 12, 31)
    # an authorisation nothing rests on may still be rescoped
    moved = authorisations.change_authorisation(
        workspace, unused.id, replace(CONTINUING_IB, tax_type=TaxType.BTW), today=TODAY
    )
    assert moved.terms.tax_type is TaxType.BTW


def test_revoking(anna: Workspace, staff_vault: tuple[Path, int]) -> None:
    client_id = staff_vault[1]
    continuing = authorisations.add_authorisation(anna, client_id, CONTINUING_IB, today=TODAY)
    with pytest.raises(DateInFutureError) as future:
        authorisations.revoke_authorisation(
            anna, continuing.id, date(2025, 6, 16), "Klant vertrokken", today=TODAY
        )
    assert future.value.field == "revoked_on"
    with pytest.raises(RequiredFieldError) as no_reason:
        authorisations.revoke_authorisation(anna, continuing.id, date(2025, 6, 1), "  ", today=TODAY)
    assert no_reason.value.field == "revoke_reason"
    revoked = authorisations.revoke_authorisation(
        anna, continuing.id, date(2025, 6, 1), " Klant vertrokken ", today=TODAY
    )
    assert (revoked.terms.revoked_on, revoked.revoke_reason) == (date(2025, 6, 1), "Klant vertrokken")
    assert revoked.status_on(date(2025, 5, 31)) is AuthorisationStatus.ACTIVE
    assert revoked.status_on(TODAY) is AuthorisationStatus.REVOKED
    assert events(anna, AuditAction.AUTHORISATION_REVOKED, client_id) == [
        {"authorisation_id": continuing.id, "kind": "continuing"}
    ]
    assert "vertrokken" not in all_details(anna)
    with pytest.raises(AuthorisationRevokedError):
        authorisations.change_authorisation(anna, continuing.id, CONTINUING_IB, today=TODAY)
    with pytest.raises(AuthorisationRevokedError):
        authorisations.revoke_authorisation(anna, continuing.id, date(2025, 6, 2), "Nogmaals", today=TODAY)
    via = authorisations.add_authorisation(anna, client_id, VIA_2024, today=TODAY)
    authorisations.revoke_authorisation(anna, via.id, date(2025, 6, 1), "Ingetrokken", today=TODAY)
    with pytest.raises(AuthorisationRevokedError):
        authorisations.activate_via(anna, via.id, CODE, date(2025, 6, 1), today=TODAY)


def test_the_code_is_revealed_and_copied_only_with_access_to_special_data(
    staff_vault: tuple[Path, int],
) -> None:
    folder, client_id = staff_vault
    admin = sign_in(folder, ADMIN)
    try:
        draft = replace(VIA_2024, activation_code=CODE, activated_on=date(2025, 3, 1))
        via_id = authorisations.add_authorisation(admin, client_id, draft, today=TODAY).id
    finally:
        admin.sign_out()
    field = {"field": f"authorisations.{via_id}.activation_code"}
    for user in ("anna", "fleur", ADMIN):
        workspace = sign_in(folder, user)
        try:
            before = len(events(workspace, AuditAction.SPECIAL_FIELD_REVEALED, client_id))
            assert authorisations.reveal_activation_code(workspace, via_id) == STORED_CODE
            revealed = events(workspace, AuditAction.SPECIAL_FIELD_REVEALED, client_id)
            assert len(revealed) == before + 1 and revealed[0] == field
            authorisations.note_activation_code_copied(workspace, via_id)
            assert events(workspace, AuditAction.SPECIAL_FIELD_COPIED, client_id)[0] == field
        finally:
            workspace.sign_out()

    sam = sign_in(folder, "sam")
    try:
        with pytest.raises(PermissionDeniedError):
            authorisations.reveal_activation_code(sam, via_id)
        with pytest.raises(PermissionDeniedError):
            authorisations.note_activation_code_copied(sam, via_id)
        listed = authorisations.client_authorisations(sam, client_id)  # the register itself is visible
        assert listed[0].has_activation_code and STORED_CODE not in repr(listed)
    finally:
        sam.sign_out()
    admin = sign_in(folder, ADMIN)
    try:
        assert len(events(admin, AuditAction.SPECIAL_FIELD_REVEALED, client_id)) == 3
        assert STORED_CODE not in all_details(admin)
    finally:
        admin.sign_out()


@pytest.mark.parametrize("user", ["sam", "fleur"])
def test_roles_without_the_register_cannot_change_it(staff_vault: tuple[Path, int], user: str) -> None:
    folder, client_id = staff_vault
    admin = sign_in(folder, ADMIN)
    try:
        existing = authorisations.add_authorisation(admin, client_id, VIA_2024, today=TODAY).id
    finally:
        admin.sign_out()
    workspace = sign_in(folder, user)
    try:
        attempts = [
            lambda: authorisations.add_authorisation(workspace, client_id, CONTINUING_IB),
            lambda: authorisations.change_authorisation(workspace, existing, VIA_2024),
            lambda: authorisations.activate_via(workspace, existing, CODE, date(2025, 3, 1)),
            lambda: authorisations.revoke_authorisation(workspace, existing, date(2025, 3, 1), "Weg"),
        ]
        for attempt in attempts:
            with pytest.raises(PermissionDeniedError):
                attempt()
        assert [a.id for a in authorisations.client_authorisations(workspace, client_id)] == [existing]
    finally:
        workspace.sign_out()


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"restricted": True}, ClientRestrictedError),
        ({"status": ClientStatus.ANONYMISED.value}, ClientAnonymisedError),
    ],
)
def test_a_restricted_or_anonymised_register_cannot_change(
    workspace: Workspace, change: dict[str, object], error: type[Exception]
) -> None:
    client_id = clients.create_client(workspace, ClientDraft(initials="J", last_name="Vries"))
    via = authorisations.add_authorisation(workspace, client_id, VIA_2024, today=TODAY)
    with workspace.transaction() as session:
        client = session.get(Client, client_id)
        for name, value in change.items():
            setattr(client, name, value)
    attempts = [
        lambda: authorisations.add_authorisation(workspace, client_id, CONTINUING_IB, today=TODAY),
        lambda: authorisations.change_authorisation(workspace, via.id, VIA_2024, today=TODAY),
        lambda: authorisations.activate_via(workspace, via.id, CODE, date(2025, 3, 1), today=TODAY),
        lambda: authorisations.revoke_authorisation(workspace, via.id, date(2025, 3, 1), "Weg", today=TODAY),
    ]
    for attempt in attempts:
        with pytest.raises(error):
            attempt()
    assert authorisations.client_authorisations(workspace, client_id) == [via]
    assert events(workspace, AuditAction.AUTHORISATION_ADDED, client_id) == [
        {"authorisation_id": via.id, "kind": "via"}
    ]
    assert events(workspace, AuditAction.AUTHORISATION_ACTIVATED) == []
    assert events(workspace, AuditAction.AUTHORISATION_REVOKED) == []


def _pdf() -> bytes:
    from io import BytesIO

    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(72, 720, "Machtiging")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()
