# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_authorisations_tab.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DossierAuthorisationsTab(object):
    def setupUi(self, dossier_authorisations_tab):
        if not dossier_authorisations_tab.objectName():
            dossier_authorisations_tab.setObjectName(u"dossier_authorisations_tab")
        dossier_authorisations_tab.resize(860, 420)
        self.main_layout = QVBoxLayout(dossier_authorisations_tab)
        self.main_layout.setObjectName(u"main_layout")
        self.authorisations_intro_label = QLabel(dossier_authorisations_tab)
        self.authorisations_intro_label.setObjectName(u"authorisations_intro_label")
        self.authorisations_intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.authorisations_intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.authorisations_intro_label)

        self.save_first_label = QLabel(dossier_authorisations_tab)
        self.save_first_label.setObjectName(u"save_first_label")
        self.save_first_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_first_label.setWordWrap(True)

        self.main_layout.addWidget(self.save_first_label)

        self.read_only_label = QLabel(dossier_authorisations_tab)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.setWordWrap(True)

        self.main_layout.addWidget(self.read_only_label)

        self.authorisation_table = QTableView(dossier_authorisations_tab)
        self.authorisation_table.setObjectName(u"authorisation_table")
        self.authorisation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.authorisation_table.setAlternatingRowColors(True)
        self.authorisation_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.authorisation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.authorisation_table.setWordWrap(False)
        self.authorisation_table.horizontalHeader().setStretchLastSection(True)
        self.authorisation_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.authorisation_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_authorisation_button = QPushButton(dossier_authorisations_tab)
        self.add_authorisation_button.setObjectName(u"add_authorisation_button")

        self.button_layout.addWidget(self.add_authorisation_button)

        self.edit_authorisation_button = QPushButton(dossier_authorisations_tab)
        self.edit_authorisation_button.setObjectName(u"edit_authorisation_button")

        self.button_layout.addWidget(self.edit_authorisation_button)

        self.activate_button = QPushButton(dossier_authorisations_tab)
        self.activate_button.setObjectName(u"activate_button")

        self.button_layout.addWidget(self.activate_button)

        self.revoke_button = QPushButton(dossier_authorisations_tab)
        self.revoke_button.setObjectName(u"revoke_button")

        self.button_layout.addWidget(self.revoke_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.reveal_code_button = QPushButton(dossier_authorisations_tab)
        self.reveal_code_button.setObjectName(u"reveal_code_button")

        self.button_layout.addWidget(self.reveal_code_button)

        self.copy_code_button = QPushButton(dossier_authorisations_tab)
        self.copy_code_button.setObjectName(u"copy_code_button")

        self.button_layout.addWidget(self.copy_code_button)

        self.authorisation_form_button = QPushButton(dossier_authorisations_tab)
        self.authorisation_form_button.setObjectName(u"authorisation_form_button")

        self.button_layout.addWidget(self.authorisation_form_button)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(dossier_authorisations_tab)

        QMetaObject.connectSlotsByName(dossier_authorisations_tab)
    # setupUi

    def retranslateUi(self, dossier_authorisations_tab):
        self.authorisations_intro_label.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"Belastingaangiften en financi\u00eble rapportages gaan alleen naar de overheid of een bank op grond van een machtiging van de klant. Activeringscodes van VIA-machtigingen zijn bijzondere gegevens: ze worden afgeschermd getoond en tonen wordt in de audittrail vastgelegd.", None))
        self.save_first_label.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"Sla het dossier eerst op; daarna kunt u er machtigingen aan toevoegen.", None))
#if QT_CONFIG(tooltip)
        self.add_authorisation_button.setToolTip(QCoreApplication.translate("DossierAuthorisationsTab", u"Een machtiging van de klant vastleggen (Ctrl+Shift+M)", None))
#endif // QT_CONFIG(tooltip)
        self.add_authorisation_button.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"Machtiging &vastleggen\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_authorisation_button.setToolTip(QCoreApplication.translate("DossierAuthorisationsTab", u"De gekozen machtiging wijzigen", None))
#endif // QT_CONFIG(tooltip)
        self.edit_authorisation_button.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"&Wijzigen\u2026", None))
#if QT_CONFIG(tooltip)
        self.activate_button.setToolTip(QCoreApplication.translate("DossierAuthorisationsTab", u"De activeringscode uit de brief van de Belastingdienst invoeren", None))
#endif // QT_CONFIG(tooltip)
        self.activate_button.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"Activeringscode invo&eren\u2026", None))
#if QT_CONFIG(tooltip)
        self.revoke_button.setToolTip(QCoreApplication.translate("DossierAuthorisationsTab", u"De gekozen machtiging intrekken", None))
#endif // QT_CONFIG(tooltip)
        self.revoke_button.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"&Intrekken\u2026", None))
#if QT_CONFIG(tooltip)
        self.reveal_code_button.setToolTip(QCoreApplication.translate("DossierAuthorisationsTab", u"De activeringscode van de gekozen machtiging tonen; dat wordt in de audittrail vastgelegd", None))
#endif // QT_CONFIG(tooltip)
        self.reveal_code_button.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"Code &tonen", None))
#if QT_CONFIG(tooltip)
        self.copy_code_button.setToolTip(QCoreApplication.translate("DossierAuthorisationsTab", u"De getoonde activeringscode kopi\u00ebren; het klembord wordt daarna gewist", None))
#endif // QT_CONFIG(tooltip)
        self.copy_code_button.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"Code ko&pi\u00ebren", None))
#if QT_CONFIG(tooltip)
        self.authorisation_form_button.setToolTip(QCoreApplication.translate("DossierAuthorisationsTab", u"Het formulier voor de klant om te tekenen, als PDF (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.authorisation_form_button.setText(QCoreApplication.translate("DossierAuthorisationsTab", u"Machtigings&formulier\u2026", None))
        pass
    # retranslateUi

