"""The program's keyboard shortcuts, in one place.

The main window and the pages take their key sequences from the constants
here, and Help (F1) lists `SHORTCUTS`, so the list cannot drift from what the
keys do. Keys are portable `QKeySequence` strings ("Ctrl+L"; on macOS Qt
shows ⌘L). Descriptions are Dutch source texts, marked for lupdate with
`QT_TRANSLATE_NOOP` in the context "shortcuts" and translated where shown with
`translated(text)`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks `text` for lupdate (which looks for this name) and returns it untranslated.

    Defined here rather than imported from PySide6.QtCore, whose stub types the result as `object`.
    """
    return text


LOCK = "Ctrl+L"
SETTINGS = "Ctrl+,"
HELP = "F1"
QUIT = "Ctrl+Q"
ADD_STAFF = "Ctrl+N"  # on the staff page
NEW_DOSSIER = "Ctrl+N"  # on the dossier page: each page's own Ctrl+N
NEW_STATEMENT_VERSION = "Ctrl+N"  # on the privacy-statement page
IMPORT_CLIENTS = "Ctrl+I"
OPEN = ("Return", "Enter")  # the main key and the one on the number pad
SAVE = "Ctrl+S"
CLOSE_WINDOW = ("Esc", "Ctrl+W")
FIND = "Ctrl+F"
GIVE_CONSENT = "Ctrl+Shift+T"  # dossier window: record a consent
ADD_AUTHORISATION = "Ctrl+Shift+M"  # dossier window: record an authorisation (machtiging)
RECORD_DISCLOSURE = "Ctrl+Shift+V"  # dossier window: log a disclosure (verstrekking)
PRINT_PDF = "Ctrl+P"  # the PDF of the selected row (consent receipt, authorisation form)
REFRESH = "F5"  # the home dashboard
NEW_REQUEST = "Ctrl+N"  # on the requests page
VERIFY_IDENTITY = "Ctrl+Shift+I"  # request window: record the identity check
CARRY_OUT_REQUEST = "Ctrl+Shift+U"  # request window: carry out the right (report, export, erasure…)
MAKE_LETTER = "Ctrl+Shift+B"  # request window: a letter (brief) to the requester
EXTEND_TERM = "Ctrl+Shift+L"  # request window: extend the term (verlengen)
CLOSE_REQUEST = "Ctrl+Shift+H"  # request window: close the request (afhandelen)
DOSSIER_SUMMARY = "Ctrl+Shift+P"  # dossier window: the dossier summary as PDF
#: Ctrl+1 … Ctrl+9: the first nine sections of the sidebar, in order.
PAGES = tuple(f"Ctrl+{number}" for number in range(1, 10))


@dataclass(frozen=True)
class Shortcut:
    """One row of the list in Help: the keys, what they do, and where."""

    keys: tuple[str, ...]
    action: str  # Dutch source text, marked with QT_TRANSLATE_NOOP("shortcuts", …)
    where: str  # idem
    key_range: bool = False  # keys are the first and last of a series (Ctrl+1 … Ctrl+9)


_EVERYWHERE = QT_TRANSLATE_NOOP("shortcuts", "Overal")
_DOSSIERS = QT_TRANSLATE_NOOP("shortcuts", "Pagina Dossiers")
_DOSSIER_WINDOW = QT_TRANSLATE_NOOP("shortcuts", "Dossiervenster")
_REQUEST_WINDOW = QT_TRANSLATE_NOOP("shortcuts", "Venster AVG-verzoek")

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(
        (HELP,),
        QT_TRANSLATE_NOOP("shortcuts", "Help: sneltoetsen, over het programma, licenties"),
        _EVERYWHERE,
    ),
    Shortcut((LOCK,), QT_TRANSLATE_NOOP("shortcuts", "Vergrendelen"), _EVERYWHERE),
    Shortcut((SETTINGS,), QT_TRANSLATE_NOOP("shortcuts", "Instellingen"), _EVERYWHERE),
    Shortcut((QUIT,), QT_TRANSLATE_NOOP("shortcuts", "Afsluiten"), _EVERYWHERE),
    Shortcut(
        (PAGES[0], PAGES[-1]),
        QT_TRANSLATE_NOOP("shortcuts", "Naar het eerste tot en met het negende onderdeel in de zijbalk"),
        _EVERYWHERE,
        key_range=True,
    ),
    Shortcut(
        (FIND,),
        QT_TRANSLATE_NOOP("shortcuts", "Naar het zoek- of filterveld"),
        QT_TRANSLATE_NOOP("shortcuts", "Pagina’s met een lijst"),
    ),
    Shortcut(
        (ADD_STAFF,),
        QT_TRANSLATE_NOOP("shortcuts", "Medewerker toevoegen"),
        QT_TRANSLATE_NOOP("shortcuts", "Pagina Medewerkers"),
    ),
    Shortcut(
        (NEW_DOSSIER,),
        QT_TRANSLATE_NOOP("shortcuts", "Nieuw dossier"),
        _DOSSIERS,
    ),
    Shortcut(
        (OPEN[1],),  # shown as "Enter", the name people use; the main Return key works as well
        QT_TRANSLATE_NOOP("shortcuts", "Het gekozen dossier openen"),
        _DOSSIERS,
    ),
    Shortcut(
        (NEW_STATEMENT_VERSION,),
        QT_TRANSLATE_NOOP("shortcuts", "Nieuwe versie van de privacyverklaring"),
        QT_TRANSLATE_NOOP("shortcuts", "Pagina Privacyverklaring"),
    ),
    Shortcut(
        (IMPORT_CLIENTS,),
        QT_TRANSLATE_NOOP("shortcuts", "Klanten importeren"),
        _DOSSIERS,
    ),
    Shortcut((SAVE,), QT_TRANSLATE_NOOP("shortcuts", "Dossier opslaan"), _DOSSIER_WINDOW),
    Shortcut((GIVE_CONSENT,), QT_TRANSLATE_NOOP("shortcuts", "Toestemming vastleggen"), _DOSSIER_WINDOW),
    Shortcut((ADD_AUTHORISATION,), QT_TRANSLATE_NOOP("shortcuts", "Machtiging vastleggen"), _DOSSIER_WINDOW),
    Shortcut(
        (RECORD_DISCLOSURE,), QT_TRANSLATE_NOOP("shortcuts", "Verstrekking vastleggen"), _DOSSIER_WINDOW
    ),
    Shortcut(
        (PRINT_PDF,),
        QT_TRANSLATE_NOOP("shortcuts", "PDF van de gekozen regel (ontvangstbewijs, machtigingsformulier)"),
        QT_TRANSLATE_NOOP("shortcuts", "Tabbladen Toestemmingen en Machtigingen"),
    ),
    Shortcut(
        (REFRESH,),
        QT_TRANSLATE_NOOP("shortcuts", "Overzicht vernieuwen"),
        QT_TRANSLATE_NOOP("shortcuts", "Startpagina"),
    ),
    Shortcut((DOSSIER_SUMMARY,), QT_TRANSLATE_NOOP("shortcuts", "Dossieroverzicht als PDF"), _DOSSIER_WINDOW),
    Shortcut(
        (NEW_REQUEST,),
        QT_TRANSLATE_NOOP("shortcuts", "Nieuw AVG-verzoek inboeken"),
        QT_TRANSLATE_NOOP("shortcuts", "Pagina AVG-verzoeken"),
    ),
    Shortcut((VERIFY_IDENTITY,), QT_TRANSLATE_NOOP("shortcuts", "Identiteit vastleggen"), _REQUEST_WINDOW),
    Shortcut(
        (CARRY_OUT_REQUEST,),
        QT_TRANSLATE_NOOP("shortcuts", "Verzoek uitvoeren (inzage, export, wissen, beperken, corrigeren)"),
        _REQUEST_WINDOW,
    ),
    Shortcut((MAKE_LETTER,), QT_TRANSLATE_NOOP("shortcuts", "Brief aan de verzoeker"), _REQUEST_WINDOW),
    Shortcut((EXTEND_TERM,), QT_TRANSLATE_NOOP("shortcuts", "Termijn verlengen"), _REQUEST_WINDOW),
    Shortcut((CLOSE_REQUEST,), QT_TRANSLATE_NOOP("shortcuts", "Verzoek afhandelen"), _REQUEST_WINDOW),
    Shortcut(
        CLOSE_WINDOW,
        QT_TRANSLATE_NOOP(
            "shortcuts", "Dossiervenster sluiten (vraagt eerst om niet-opgeslagen wijzigingen)"
        ),
        _DOSSIER_WINDOW,
    ),
)


def translated(text: str) -> str:
    """A description from `SHORTCUTS` in the interface language."""
    return QCoreApplication.translate("shortcuts", text)
