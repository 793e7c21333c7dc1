"""What the home dashboard shows: the work that needs action, counted, with the first rows of each.

Each section has a `kind`, a total `count` and up to `limit` `items`, each
naming its client and what to open (the dossier tab, the statement
version's list, or a data-subject request's window). The queries behind it
live in `services.dashboard`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from calqi_desktop.domain.labels import Labelled, register_labels

#: Rows per section on the dashboard; the count gives the rest.
SECTION_LIMIT = 50


class DashboardKind(Labelled):
    """The sections, in the order the dashboard shows them: requests first, their term is the law's."""

    REQUESTS_DUE = "requests-due"
    AUTHORISATIONS_EXPIRING = "authorisations-expiring"
    VIA_AWAITING_ACTIVATION = "via-awaiting-activation"
    CONSENTS_TO_RENEW = "consents-to-renew"
    CLIENTS_TO_INFORM = "clients-to-inform"


register_labels(
    [
        (
            DashboardKind.REQUESTS_DUE,
            (
                "AVG-verzoeken met een termijn binnen 7 dagen of verstreken",
                "Data-subject requests due within 7 days or overdue",
            ),
        ),
        (
            DashboardKind.AUTHORISATIONS_EXPIRING,
            (
                "Machtigingen die binnen 30 dagen verlopen",
                "Authorisations expiring within 30 days",
            ),
        ),
        (
            DashboardKind.VIA_AWAITING_ACTIVATION,
            (
                "VIA-machtigingen die wachten op de activeringscode",
                "VIA authorisations awaiting the activation code",
            ),
        ),
        (
            DashboardKind.CONSENTS_TO_RENEW,
            (
                "Toestemmingen te vernieuwen (klant is 16 geworden)",
                "Consents to renew (client has turned 16)",
            ),
        ),
        (
            DashboardKind.CLIENTS_TO_INFORM,
            (
                "Klanten te informeren over een nieuwe privacyverklaring",
                "Clients to inform of a new privacy statement",
            ),
        ),
    ]
)


class Target(Labelled):
    """Where a click on an item leads."""

    CONSENTS_TAB = "consents"
    AUTHORISATIONS_TAB = "authorisations"
    STATEMENT_VERSION = "statement-version"
    REQUEST = "request"


register_labels(
    [
        (Target.CONSENTS_TAB, ("Toestemmingen", "Consents")),
        (Target.AUTHORISATIONS_TAB, ("Machtigingen", "Authorisations")),
        (Target.STATEMENT_VERSION, ("Privacyverklaring", "Privacy statement")),
        (Target.REQUEST, ("AVG-verzoek", "Data-subject request")),
    ]
)


@dataclass(frozen=True)
class DashboardItem:
    """One row: the client, what it is about ('VIA 2025'), the date that matters, where a click leads.

    `target_id` is the authorisation, consent, statement version or request the row is about.
    `client_id` is None for a request from a requester not (yet) linked to a dossier; the
    name is then the requester's and the client number empty.
    """

    client_id: int | None
    client_number: str
    client_name: str
    about: str
    due_on: date | None
    target: Target
    target_id: int


@dataclass(frozen=True)
class DashboardSection:
    kind: DashboardKind
    count: int
    items: tuple[DashboardItem, ...]


@dataclass(frozen=True)
class Dashboard:
    """The sections the signed-in member may act on, in a fixed order; a role without the
    permission for a section does not get it at all."""

    today: date
    sections: tuple[DashboardSection, ...]

    def section(self, kind: DashboardKind) -> DashboardSection | None:
        return next((section for section in self.sections if section.kind is kind), None)

    @property
    def total(self) -> int:
        return sum(section.count for section in self.sections)
