"""The letters to the requester: acknowledgement, identification, granted, partly granted, refused, extension.

Dutch, on the firm's letterhead (the shared PDF layer), each naming the
complaint route to the Autoriteit Persoonsgegevens (AVG art. 77). No special
data in any letter. HANDLE_REQUESTS; an 'export.pdf' audit event and a
LETTER_MADE step per letter.

When each may be made: acknowledgement while open; identification while the
identity is not verified; extension once extended; granted / partly granted /
refused once closed with that outcome (refused also for IDENTITY_FAILED),
with the closing grounds. `render_in` serves erasure, which renders its
letter before it removes the addressee.

Letters are not held back by the identity gate: they release no data (the
acknowledgement and the request for identification go out before the
identity is known), and they are allowed on a restricted dossier, since
they are the handling of the subject's own request. The addressee is the
dossier's name over its postal (else home, else first) address, or the
requester's own name and address when the request is not linked to a
dossier; an anonymised dossier is addressed as "Aan de verzoeker".

A request that came in by e-mail is answered by e-mail, to a sender who may
not be the subject: until the identity is verified its letters carry the
dossier's name only — no street, postcode or city from the dossier, which
would otherwise go out before the gate (`address_withheld`). A letter or a
visit in person is answered at the address on file, which only the subject
receives.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import AddressDraft, AddressKind, ClientStatus, display_name, field_label
from calqi_desktop.domain.errors import LetterNotApplicableError
from calqi_desktop.domain.requests import (
    LetterKind,
    RequestChannel,
    RequestOutcome,
    RequestStatus,
    RequestType,
    StepKind,
    extended_deadline,
    first_deadline,
    internal_target,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.export.request_letters import ANONYMOUS_ADDRESSEE, LetterContent, render_letter
from calqi_desktop.services import requests, settings
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import client_store
from calqi_desktop.storage.models import (
    Client,
    ConsentPurposeRow,
    ConsentRow,
    DataSubjectRequestRow,
    FieldChangeRecord,
    PrivacyStatementVersionRow,
    RequestStepRow,
)

#: The decision letter that fits each way of closing a request.
_DECISIONS = {
    LetterKind.GRANTED: (RequestOutcome.GRANTED,),
    LetterKind.PARTLY_GRANTED: (RequestOutcome.PARTLY_GRANTED,),
    LetterKind.REFUSED: (RequestOutcome.REFUSED, RequestOutcome.IDENTITY_FAILED),
}


def letter(workspace: Workspace, request_id: int, kind: LetterKind, *, today: date | None = None) -> bytes:
    """The letter's PDF; `LetterNotApplicableError` when the request is not at that point."""
    workspace.require(Permission.HANDLE_REQUESTS)
    with workspace.transaction() as session:
        row = requests.find_row(session, request_id)
        if not applicable(row, kind):
            raise LetterNotApplicableError()
        data = _render(workspace, session, row, kind, today or date.today())
        requests.add_step(workspace, session, request_id, StepKind.LETTER_MADE, detail=kind.value)
        workspace.record(
            session,
            AuditAction.DOCUMENT_PRINTED,
            client_id=row.client_id,
            on_request_of=f"request:{request_id}",
            details={"document": f"letter-{kind.value}", "request_id": request_id},
        )
    return data


def render_in(
    workspace: Workspace,
    session: Session,
    request_id: int,
    kind: LetterKind,
    *,
    today: date | None = None,
) -> bytes:
    """Render in the caller's transaction from the row as it is in `session` (no checks, no audit).

    The decision letters read `outcome` and `outcome_grounds` from the row:
    set them (flushed or not) before calling.
    """
    return _render(workspace, session, requests.find_row(session, request_id), kind, today or date.today())


def applicable(row: DataSubjectRequestRow, kind: LetterKind) -> bool:
    """True when a letter of `kind` fits where the request stands now."""
    is_open = row.status != RequestStatus.CLOSED.value
    if kind is LetterKind.ACKNOWLEDGEMENT:
        return is_open
    if kind is LetterKind.IDENTITY_REQUEST:
        return is_open and row.identity_method is None
    if kind is LetterKind.EXTENSION:
        return row.extension_months is not None
    return not is_open and row.outcome in {outcome.value for outcome in _DECISIONS[kind]}


def address_withheld(row: DataSubjectRequestRow) -> bool:
    """True when a letter must not carry the dossier's address: the request came in by e-mail and
    the sender's identity has not been verified (the letter goes back to that e-mail address)."""
    return row.channel == RequestChannel.EMAIL.value and row.identity_method is None


# --- gathering what the letter says ----------------------------------------------------------------


def _render(
    workspace: Workspace, session: Session, row: DataSubjectRequestRow, kind: LetterKind, today: date
) -> bytes:
    letterhead = settings.letterhead(workspace)
    request_type = RequestType(row.request_type)
    decision = kind in _DECISIONS
    content = LetterContent(
        kind=kind,
        reference=row.reference,
        request_type=request_type,
        addressee=_addressee(session, row),
        received_on=row.received_on,
        first_deadline=first_deadline(row.received_on),
        deadline=(
            extended_deadline(row.received_on, row.extension_months)
            if row.extension_months
            else first_deadline(row.received_on)
        ),
        internal_target=internal_target(row.received_on),
        letter_date=today,
        signer=workspace.user.display_name or workspace.user.user_name,
        firm_name=letterhead.firm_name,
        identity_verified=row.identity_method is not None,
        extension_months=row.extension_months,
        extension_reason=row.extension_reason,
        extension_decided_on=row.extended_on,
        outcome=RequestOutcome(row.outcome) if row.outcome else None,
        outcome_grounds=row.outcome_grounds,
        identity_failed_reason=row.identity_failed_reason,
        corrected_fields=(
            _corrected_fields(session, row) if decision and request_type is RequestType.RECTIFICATION else ()
        ),
        withdrawn_consents=(
            _withdrawn_consents(session, row)
            if decision and request_type in (RequestType.OBJECTION, RequestType.WITHDRAWAL)
            else ()
        ),
        statement_version=(
            _statement_version(session, today) if request_type is RequestType.INFORMATION else ""
        ),
    )
    return render_letter(content, letterhead)


def _addressee(session: Session, row: DataSubjectRequestRow) -> tuple[str, ...]:
    """Name over the postal address lines (the name alone while `address_withheld`); never anything
    else from the dossier."""
    if row.client_id is None:
        name = row.requester_name.strip()
        lines = [line.strip() for line in row.requester_address.splitlines() if line.strip()]
        return (name, *lines) if name else (ANONYMOUS_ADDRESSEE, *lines)
    client = session.get(Client, row.client_id)
    if client is None or client.status == ClientStatus.ANONYMISED.value:
        return (ANONYMOUS_ADDRESSEE,)
    draft = client_store.draft_of(session, client)
    name = display_name(draft) or ANONYMOUS_ADDRESSEE
    address = None if address_withheld(row) else _postal_address(draft.addresses)
    return (name, *_address_lines(address)) if address else (name,)


def _postal_address(addresses: tuple[AddressDraft, ...]) -> AddressDraft | None:
    for kind in (AddressKind.POSTAL, AddressKind.HOME):
        for address in addresses:
            if address.kind is kind:
                return address
    return addresses[0] if addresses else None


def _address_lines(address: AddressDraft) -> tuple[str, ...]:
    """'Oudegracht 231-A' / '3511 NK  UTRECHT'-style lines, as on an envelope (country when abroad)."""
    number = f"{address.house_number}-{address.addition}" if address.addition else address.house_number
    street = " ".join(part for part in (address.street, number) if part)
    place = " ".join(part for part in (address.postcode, address.city) if part)
    default = AddressDraft().country
    country = address.country if address.country and address.country != default else ""
    return tuple(line for line in (street, place, country) if line)


def _corrected_fields(session: Session, row: DataSubjectRequestRow) -> tuple[str, ...]:
    """The labels of the fields changed for this request, each once, in the order they were changed."""
    fields = session.scalars(
        select(FieldChangeRecord.field)
        .where(FieldChangeRecord.request_id == row.id, FieldChangeRecord.client_id == row.client_id)
        .order_by(FieldChangeRecord.changed_at, FieldChangeRecord.id)
    ).all()
    return tuple(dict.fromkeys(field_label(field) for field in fields))


def _withdrawn_consents(session: Session, row: DataSubjectRequestRow) -> tuple[str, ...]:
    """The consents withdrawn for this request: its CONSENT_WITHDRAWN steps name them by id."""
    details = session.scalars(
        select(RequestStepRow.detail)
        .where(RequestStepRow.request_id == row.id, RequestStepRow.kind == StepKind.CONSENT_WITHDRAWN.value)
        .order_by(RequestStepRow.id)
    ).all()
    consent_ids = [int(detail) for detail in details if detail.isdigit()]
    if not consent_ids or row.client_id is None:
        return ()
    found = session.execute(
        select(ConsentRow.id, ConsentPurposeRow.label_nl, ConsentRow.recipient)
        .join(ConsentPurposeRow, ConsentPurposeRow.id == ConsentRow.purpose_id)
        .where(ConsentRow.id.in_(consent_ids), ConsentRow.client_id == row.client_id)
    ).all()
    titles = {
        consent_id: f"{label} \u2014 {recipient}" if recipient else label
        for consent_id, label, recipient in found
    }
    return tuple(dict.fromkeys(titles[consent_id] for consent_id in consent_ids if consent_id in titles))


def _statement_version(session: Session, today: date) -> str:
    """The version of the privacy statement in force `today` (empty when none is recorded)."""
    version = session.scalar(
        select(PrivacyStatementVersionRow.version)
        .where(PrivacyStatementVersionRow.effective_on <= today)
        .order_by(PrivacyStatementVersionRow.effective_on.desc())
        .limit(1)
    )
    return version or ""
