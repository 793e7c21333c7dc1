"""The home dashboard's queries: what needs action today, counted, with the first rows.

One read transaction; each section only for roles that may act on it
(data-subject requests: HANDLE_REQUESTS; authorisations:
MANAGE_AUTHORISATIONS; consents to renew and clients to inform:
MANAGE_CONSENT). Every query runs on an index, so the dashboard stays fast at
100,000 dossiers (see `benchmarks/`). Anonymised clients are left out — except
from the requests: a request of an erased client must still be answered in
time, so it stays listed under the name "Geanonimiseerd".
No audit event: like the dossier list, the dashboard shows names only. A
consent to renew carries its date, the subject's 16th birthday, only for a
member who may view special data: it gives away the birth date.

Each section is a count and a LIMITed query with the same conditions. Rows
come in an order an index gives where one can (expiring: by end date; clients
to inform: per version by client number), so a long list costs no sort of all
its rows. Counting leaves out anonymised clients, whose status lives in
`client_search`: a short list is counted joined to it row by row; a long one
(a new statement version lists nearly every client) is counted on its own
index, less the rows of anonymised clients.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from calqi_desktop.domain.authorisations import EXPIRY_WARNING_DAYS, AuthorisationKind, RecipientKind, TaxType
from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.consent import ConsentStatus
from calqi_desktop.domain.dashboard import (
    SECTION_LIMIT,
    Dashboard,
    DashboardItem,
    DashboardKind,
    DashboardSection,
    Target,
)
from calqi_desktop.domain.formatting import format_date_nl
from calqi_desktop.domain.requests import DUE_SOON_DAYS, RequestStatus, RequestType
from calqi_desktop.domain.roles import Permission
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage.models import (
    AuthorisationRow,
    ClientSearchRow,
    ConsentPurposeRow,
    ConsentRow,
    DataSubjectRequestRow,
    PrivacyStatementVersionRow,
    StatementNotice,
)

#: A list of up to this many rows is counted joined to `client_search` (a look-up per row); a
#: longer one as its own count less its anonymised clients' rows (found on `ix_client_search_status`).
JOIN_COUNT_MAX = 200
#: A version with up to this many open notices has them read on their index and sorted; one with
#: more is read in client-number order, which stops at the limit.
SORT_IN_MEMORY_MAX = 2_000

_VIA = {"nl": "VIA-machtiging", "en": "VIA authorisation"}
_STATEMENT = {
    "nl": "Privacyverklaring versie {version} (ingang {date})",
    "en": "Privacy statement version {version} (effective {date})",
}

_ANONYMISED = {"nl": "Geanonimiseerd", "en": "Anonymised"}

_A = AuthorisationRow
_C = ClientSearchRow
_R = DataSubjectRequestRow
_N = StatementNotice
_V = PrivacyStatementVersionRow
_NOT_ANONYMISED = _C.status != ClientStatus.ANONYMISED.value


def load(
    workspace: Workspace, *, today: date | None = None, limit: int = SECTION_LIMIT, language: str = "nl"
) -> Dashboard:
    """The dashboard for the signed-in member on `today` (default: the local date).

    At most `limit` rows per section; `language` ('nl' or 'en') for the `about` texts.
    A member who may act on none of the sections gets an empty dashboard.
    """
    day = today or date.today()
    may_handle_requests = workspace.may(Permission.HANDLE_REQUESTS)
    may_authorise = workspace.may(Permission.MANAGE_AUTHORISATIONS)
    may_consent = workspace.may(Permission.MANAGE_CONSENT)
    if not (may_handle_requests or may_authorise or may_consent):
        return Dashboard(day, ())
    sections: list[DashboardSection] = []
    with workspace.transaction() as session:
        if may_handle_requests:
            sections.append(_requests_due(session, day, limit, language))
        if may_authorise:
            sections.append(_authorisations_expiring(session, day, limit, language))
            sections.append(_via_awaiting_activation(session, day, limit, language))
        if may_consent:
            may_view_special = workspace.may(Permission.VIEW_SPECIAL_DATA)
            sections.append(_consents_to_renew(session, day, limit, language, may_view_special))
            sections.append(_clients_to_inform(session, limit, language))
    return Dashboard(day, tuple(sections))


def _count(
    session: Session,
    client_id: InstrumentedAttribute[int],
    conditions: Sequence[ColumnElement[bool]],
    listed: int | None = None,
) -> tuple[int, int]:
    """How many rows of `client_id`'s table meet `conditions`: all of them, and those of clients
    not anonymised (the count shown).

    `listed` is the first figure when the caller has it already.
    """
    table = client_id.class_
    if listed is None:
        listed = session.scalar(select(func.count()).select_from(table).where(*conditions)) or 0
    if listed == 0:
        return 0, 0
    if listed <= JOIN_COUNT_MAX:
        joined = (
            select(func.count())
            .select_from(table)
            .join(_C, _C.client_id == client_id)
            .where(*conditions, _NOT_ANONYMISED)
        )
        return listed, session.scalar(joined) or 0
    anonymised = select(_C.client_id).where(_C.status == ClientStatus.ANONYMISED.value)
    left_out = select(func.count()).select_from(table).where(*conditions, client_id.in_(anonymised))
    return listed, listed - (session.scalar(left_out) or 0)


def _item(row: Any, about: str, due_on: date | None, target: Target, target_id: int) -> DashboardItem:
    return DashboardItem(
        client_id=row.client_id,
        client_number=row.client_number,
        client_name=row.name,
        about=about,
        due_on=due_on,
        target=target,
        target_id=target_id,
    )


# --- data-subject requests ---------------------------------------------------------------------


def _requests_due(session: Session, day: date, limit: int, language: str) -> DashboardSection:
    """Open requests whose deadline is at most DUE_SOON_DAYS away or has passed; soonest first.

    Read on `ix_data_subject_request_open` (status, due_on): the open statuses are
    listed, so the index is searched per status instead of scanning the table. The
    name comes from the client list (left join: a requester not in the vault has
    none; then the requester's name is shown).
    """
    conditions = (
        _R.status.in_([status.value for status in RequestStatus if status is not RequestStatus.CLOSED]),
        _R.due_on <= day + timedelta(days=DUE_SOON_DAYS),
    )
    rows = session.execute(
        select(
            _R.id,
            _R.reference,
            _R.request_type,
            _R.due_on,
            _R.client_id,
            _R.requester_name,
            _C.client_number,
            _C.name,
            _C.status,
        )
        .outerjoin(_C, _C.client_id == _R.client_id)
        .where(*conditions)
        .order_by(_R.due_on, _R.id)
        .limit(limit)
    ).all()
    anonymised = _ANONYMISED["en" if language == "en" else "nl"]
    items = tuple(
        DashboardItem(
            client_id=row.client_id,
            client_number=row.client_number or "",
            client_name=_subject_name(row, anonymised),
            about=f"{RequestType(row.request_type).label(language)} — {row.reference}",
            due_on=row.due_on,
            target=Target.REQUEST,
            target_id=row.id,
        )
        for row in rows
    )
    count = session.scalar(select(func.count()).select_from(_R).where(*conditions)) or 0
    return DashboardSection(DashboardKind.REQUESTS_DUE, count, items)


def _subject_name(row: Any, anonymised: str) -> str:
    """The dossier's name as the client list shows it; "Geanonimiseerd" after an erasure; the
    requester's own name when the request is not linked to a dossier."""
    if row.client_id is None:
        return str(row.requester_name)
    if row.status == ClientStatus.ANONYMISED.value:
        return anonymised
    return str(row.name or "")


# --- authorisations --------------------------------------------------------------------------


def _not_revoked(day: date) -> ColumnElement[bool]:
    return or_(_A.revoked_on.is_(None), _A.revoked_on > day)


def _authorisations_expiring(session: Session, day: date, limit: int, language: str) -> DashboardSection:
    """In force today (from its valid-from date, a VIA once activated), not revoked by today,
    and ending between today and today + EXPIRY_WARNING_DAYS; soonest first."""
    conditions = (
        _A.valid_until >= day,
        _A.valid_until <= day + timedelta(days=EXPIRY_WARNING_DAYS),
        _not_revoked(day),
        _A.valid_from <= day,
        or_(_A.kind != AuthorisationKind.VIA.value, _A.activated_on.is_not(None)),
    )
    rows = session.execute(
        select(
            _A.id,
            _A.client_id,
            _A.kind,
            _A.tax_type,
            _A.year_from,
            _A.recipient_kind,
            _A.recipient_name,
            _A.valid_until,
            _C.client_number,
            _C.name,
        )
        .join(_C, _C.client_id == _A.client_id)
        .where(*conditions, _NOT_ANONYMISED)
        .order_by(_A.valid_until, _A.id)
        .limit(limit)
    ).all()
    items = tuple(
        _item(
            row,
            describe_authorisation(
                row.kind, row.tax_type, row.year_from, row.recipient_kind, row.recipient_name, language
            ),
            row.valid_until,
            Target.AUTHORISATIONS_TAB,
            row.id,
        )
        for row in rows
    )
    _listed, count = _count(session, _A.client_id, conditions)
    return DashboardSection(DashboardKind.AUTHORISATIONS_EXPIRING, count, items)


def _via_awaiting_activation(session: Session, day: date, limit: int, language: str) -> DashboardSection:
    """VIA authorisations without an activation date, not revoked by today; longest waiting first.

    The rows are sorted without the client list (the join comes after the LIMIT), taking as many
    more as the list holds rows of anonymised clients, which the join then leaves out.
    """
    conditions = (_A.kind == AuthorisationKind.VIA.value, _A.activated_on.is_(None), _not_revoked(day))
    listed, count = _count(session, _A.client_id, conditions)
    first = (
        select(_A.id, _A.client_id, _A.year_from, _A.requested_on)
        .where(*conditions)
        .order_by(_A.requested_on.is_(None), _A.requested_on, _A.id)
        .limit(limit + listed - count)
        .subquery()
    )
    rows = session.execute(
        select(first, _C.client_number, _C.name)
        .join(_C, _C.client_id == first.c.client_id)
        .where(_NOT_ANONYMISED)
        .order_by(first.c.requested_on.is_(None), first.c.requested_on, first.c.id)
        .limit(limit)
    ).all()
    items = tuple(
        _item(row, _via_label(row.year_from, language), row.requested_on, Target.AUTHORISATIONS_TAB, row.id)
        for row in rows
    )
    return DashboardSection(DashboardKind.VIA_AWAITING_ACTIVATION, count, items)


def _via_label(year: int | None, language: str) -> str:
    name = _VIA["en" if language == "en" else "nl"]
    return f"{name} {year}" if year is not None else name


def describe_authorisation(
    kind: str,
    tax_type: str | None,
    year_from: int | None,
    recipient_kind: str,
    recipient_name: str,
    language: str = "nl",
) -> str:
    """What a dashboard row says of an authorisation: 'VIA-machtiging 2025',
    'Doorlopende machtiging – Inkomstenbelasting (IB)', 'Door de klant getekende machtiging – ING Bank N.V.'."""
    which = AuthorisationKind(kind)
    if which is AuthorisationKind.VIA:
        return _via_label(year_from, language)
    label = which.label(language)
    if which is AuthorisationKind.CONTINUING and tax_type:
        return f"{label} – {TaxType(tax_type).label(language)}"
    if which is AuthorisationKind.CLIENT_SIGNED:
        recipient = recipient_name or RecipientKind(recipient_kind).label(language)
        return f"{label} – {recipient}"
    return label


# --- consents ----------------------------------------------------------------------------------


def _consents_to_renew(
    session: Session, day: date, limit: int, language: str, may_view_special: bool
) -> DashboardSection:
    """Given consents that stand on a guardian's word and whose subject has turned 16 by today.

    The date is the 16th birthday, which gives away the birth date (special data): rows carry it
    only for a member who may view special data, `None` otherwise.
    """
    conditions = (ConsentRow.status == ConsentStatus.GIVEN.value, ConsentRow.renew_due_on <= day)
    rows = session.execute(
        select(
            ConsentRow.id,
            ConsentRow.client_id,
            ConsentRow.recipient,
            ConsentRow.renew_due_on,
            ConsentPurposeRow.label_nl,
            ConsentPurposeRow.label_en,
            _C.client_number,
            _C.name,
        )
        .join(_C, _C.client_id == ConsentRow.client_id)
        .join(ConsentPurposeRow, ConsentPurposeRow.id == ConsentRow.purpose_id)
        .where(*conditions, _NOT_ANONYMISED)
        .order_by(ConsentRow.renew_due_on, ConsentRow.id)
        .limit(limit)
    ).all()
    items = []
    for row in rows:
        purpose = (row.label_en or row.label_nl) if language == "en" else row.label_nl
        about = f"{purpose} — {row.recipient}" if row.recipient else purpose
        due_on = row.renew_due_on if may_view_special else None
        items.append(_item(row, about, due_on, Target.CONSENTS_TAB, row.id))
    _listed, count = _count(session, ConsentRow.client_id, conditions)
    return DashboardSection(DashboardKind.CONSENTS_TO_RENEW, count, tuple(items))


# --- clients to inform of a new statement version -------------------------------------------


def _clients_to_inform(session: Session, limit: int, language: str) -> DashboardSection:
    """Per version (earliest effective date first) its clients not yet informed, by client number.

    The versions are few; each is counted on `ix_statement_notice_open`.
    """
    versions = session.execute(
        select(_V.id, _V.version, _V.effective_on).order_by(_V.effective_on, _V.id)
    ).all()
    template = _STATEMENT["en" if language == "en" else "nl"]
    total = 0
    items: list[DashboardItem] = []
    for version in versions:
        conditions = (_N.informed_at.is_(None), _N.version_id == version.id)
        listed = session.scalar(select(func.count()).select_from(_N).where(*conditions)) or 0
        _listed, count = _count(session, _N.client_id, conditions, listed)
        total += count
        wanted = limit - len(items)
        if count == 0 or wanted <= 0:
            continue
        about = template.format(version=version.version, date=format_date_nl(version.effective_on))
        items.extend(
            _item(row, about, version.effective_on, Target.STATEMENT_VERSION, version.id)
            for row in _open_notices(session, version.id, listed, wanted)
        )
    return DashboardSection(DashboardKind.CLIENTS_TO_INFORM, total, tuple(items))


def _open_notices(
    session: Session, version_id: int, listed: int, wanted: int
) -> Sequence[Row[int, str, str]]:
    """The first `wanted` clients (by client number) not yet informed of the version."""
    columns = (_C.client_id, _C.client_number, _C.name)
    if listed <= SORT_IN_MEMORY_MAX:
        query = (
            select(*columns)
            .select_from(_N)
            .join(_C, _C.client_id == _N.client_id)
            .where(_N.informed_at.is_(None), _N.version_id == version_id)
        )
    else:
        notice = (
            select(_N.id)
            .where(_N.version_id == version_id, _N.client_id == _C.client_id, _N.informed_at.is_(None))
            .exists()
        )
        query = select(*columns).where(notice)
    ordered = query.where(_NOT_ANONYMISED).order_by(_C.client_number, _C.client_id).limit(wanted)
    return session.execute(ordered).all()
