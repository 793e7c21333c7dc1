"""Helpers for the data-subject request tests: a full dossier with a marker in its name, requests.

`client_with_data` fills every kind of data erasure and the access report
deal with (name, address, e-mail, phone, BSN, birth date and place, a bank
account, a child, the bases for them), so a test can search for the marker
afterwards. `open_request` registers a request whose identity is not yet
verified, `verified_request` one ready for the gated actions.
"""

from __future__ import annotations

from datetime import date, timedelta

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import (
    AddressDraft,
    BankAccountDraft,
    ChildDraft,
    ClientDraft,
    EmailDraft,
    LegalBasisKind,
    PhoneDraft,
    SpecialCategory,
    SpecialChanges,
)
from calqi_desktop.domain.requests import (
    IdentityCheckDraft,
    IdentityMethod,
    RequestChannel,
    RequestDraft,
    RequestType,
)
from calqi_desktop.services import clients, requests
from calqi_desktop.services.special_data import BasisDraft
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store

MARKER = "Zwartvlieg"
BSN = "111222333"
IBAN = "NL91ABNA0417164300"
ALL_BASES = (
    BasisDraft(SpecialCategory.BSN, LegalBasisKind.LEGAL_OBLIGATION, "IB-aangifte"),
    BasisDraft(SpecialCategory.BIRTH, LegalBasisKind.CONTRACT),
    BasisDraft(SpecialCategory.BANK_ACCOUNTS, LegalBasisKind.CONTRACT),
    BasisDraft(SpecialCategory.CHILDREN, LegalBasisKind.CONTRACT),
)


def recent(days: int = 3) -> date:
    """A receipt date a few days ago: the request is open and on track."""
    return date.today() - timedelta(days=days)


def client_with_data(workspace: Workspace, marker: str = MARKER) -> int:
    """A person dossier whose last name, e-mail, bank-account holder and child carry `marker`."""
    slug = marker.lower()
    draft = ClientDraft(
        initials="K.L.",
        first_names="Karel Lodewijk",
        tussenvoegsel="van",
        last_name=marker,
        addresses=(AddressDraft(street="Lindelaan", house_number="12", postcode="3511 NK", city="Utrecht"),),
        emails=(EmailDraft(address=f"karel.{slug}@example.nl"),),
        phones=(PhoneDraft(number="030 123 4567"),),
    )
    special = SpecialChanges(
        fields={"bsn": BSN, "birth_date": "24-11-1980", "birth_place": "Zwolle"},
        bank_accounts=(BankAccountDraft(IBAN, f"K.L. van {marker}"),),
        children=(ChildDraft("Pietje", marker, date(2015, 3, 1)),),
    )
    return clients.create_client(workspace, draft, special, ALL_BASES)


def open_request(
    workspace: Workspace,
    client_id: int | None,
    request_type: RequestType = RequestType.ACCESS,
    *,
    received_on: date | None = None,
    channel: RequestChannel = RequestChannel.LETTER,
    description: str = "",
) -> int:
    """A registered request of the client, its identity not yet verified."""
    return requests.register(
        workspace,
        RequestDraft(
            request_type=request_type,
            received_on=received_on or recent(),
            channel=channel,
            client_id=client_id,
            description=description,
        ),
    )


def verify(workspace: Workspace, request_id: int, on: date | None = None) -> None:
    """Record that the requester showed an ID in person (on the day of receipt by default)."""
    day = on or requests.get(workspace, request_id, audit=False).received_on
    requests.verify_identity(workspace, request_id, IdentityCheckDraft(IdentityMethod.ID_IN_PERSON, day))


def verified_request(
    workspace: Workspace,
    client_id: int,
    request_type: RequestType = RequestType.ACCESS,
    *,
    received_on: date | None = None,
    channel: RequestChannel = RequestChannel.LETTER,
) -> int:
    """A registered request of the client whose identity was verified (ID shown in person)."""
    request_id = open_request(workspace, client_id, request_type, received_on=received_on, channel=channel)
    verify(workspace, request_id)
    return request_id


def audit_details_text(workspace: Workspace) -> str:
    """Every audit event's details as one text, to check that no personal data went into them."""
    with workspace.transaction() as session:
        query = audit_store.AuditQuery()
        return "\n".join(
            repr(dict(listed.record.details)) for listed in audit_store.iter_events(session, query)
        )


def audit_count(workspace: Workspace, action: AuditAction, on_request_of: str | None = None) -> int:
    """How many events of `action` (for that request, when given) the trail holds."""
    with workspace.transaction() as session:
        events = audit_store.iter_events(session, audit_store.AuditQuery(action=action.value))
        return sum(
            1 for listed in events if on_request_of is None or listed.record.on_request_of == on_request_of
        )
