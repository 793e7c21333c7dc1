"""Loading the interface language: the program's own translations and Qt's.

The source texts in the code are Dutch. `calqi_<lang>.qm` (made from
`resources/translations/calqi_<lang>.ts` by `scripts/update_translations.py`)
translates them; `qtbase_<lang>.qm` from Qt's translations folder translates
Qt's own texts (standard buttons, context menus, file dialogs). Both are
loaded for Dutch too: the Dutch file maps every text to itself, and Qt's own
texts are English unless `qtbase_nl` is loaded.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from calqi_desktop.gui.local_settings import LANGUAGES
from calqi_desktop.paths import resource_path

log = logging.getLogger("calqi.gui")

_installed: list[QTranslator] = []


def calqi_catalogue(language: str) -> str:
    """The file name of the program's compiled translations for `language`."""
    return f"calqi_{language}.qm"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Replace the translators installed earlier by those for `language`; returns what was installed.

    A missing file is logged, not raised: the program then shows its Dutch
    source texts (or Qt's English ones), which beats not starting.
    """
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    remove_translators(app)
    sources = (
        (calqi_catalogue(language), str(resource_path("translations"))),
        (f"qtbase_{language}.qm", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for file_name, folder in sources:
        translator = QTranslator(app)
        if translator.load(file_name, folder) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            log.warning("translation %s not found in %s", file_name, folder)
            translator.deleteLater()
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Take out what `install_translators` put in; texts are then the Dutch source texts."""
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.deleteLater()
