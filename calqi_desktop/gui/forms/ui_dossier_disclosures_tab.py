# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_disclosures_tab.ui'
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

class Ui_DossierDisclosuresTab(object):
    def setupUi(self, dossier_disclosures_tab):
        if not dossier_disclosures_tab.objectName():
            dossier_disclosures_tab.setObjectName(u"dossier_disclosures_tab")
        dossier_disclosures_tab.resize(860, 420)
        self.main_layout = QVBoxLayout(dossier_disclosures_tab)
        self.main_layout.setObjectName(u"main_layout")
        self.disclosures_intro_label = QLabel(dossier_disclosures_tab)
        self.disclosures_intro_label.setObjectName(u"disclosures_intro_label")
        self.disclosures_intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.disclosures_intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.disclosures_intro_label)

        self.save_first_label = QLabel(dossier_disclosures_tab)
        self.save_first_label.setObjectName(u"save_first_label")
        self.save_first_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_first_label.setWordWrap(True)

        self.main_layout.addWidget(self.save_first_label)

        self.disclosure_table = QTableView(dossier_disclosures_tab)
        self.disclosure_table.setObjectName(u"disclosure_table")
        self.disclosure_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disclosure_table.setAlternatingRowColors(True)
        self.disclosure_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.disclosure_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disclosure_table.setWordWrap(False)
        self.disclosure_table.horizontalHeader().setStretchLastSection(True)
        self.disclosure_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.disclosure_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.record_disclosure_button = QPushButton(dossier_disclosures_tab)
        self.record_disclosure_button.setObjectName(u"record_disclosure_button")

        self.button_layout.addWidget(self.record_disclosure_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.disclosure_overview_button = QPushButton(dossier_disclosures_tab)
        self.disclosure_overview_button.setObjectName(u"disclosure_overview_button")

        self.button_layout.addWidget(self.disclosure_overview_button)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(dossier_disclosures_tab)

        QMetaObject.connectSlotsByName(dossier_disclosures_tab)
    # setupUi

    def retranslateUi(self, dossier_disclosures_tab):
        self.disclosures_intro_label.setText(QCoreApplication.translate("DossierDisclosuresTab", u"Elke keer dat een belastingaangifte, jaarrekening of financi\u00eble rapportage de firma verlaat, wordt dat hier vastgelegd: wat, aan wie, wanneer, hoe en op grond waarvan. Een verstrekking zonder machtiging of toestemming wordt geweigerd.", None))
        self.save_first_label.setText(QCoreApplication.translate("DossierDisclosuresTab", u"Sla het dossier eerst op; daarna kunt u er verstrekkingen bij vastleggen.", None))
#if QT_CONFIG(tooltip)
        self.record_disclosure_button.setToolTip(QCoreApplication.translate("DossierDisclosuresTab", u"Vastleggen dat een stuk de firma verlaat (Ctrl+Shift+V)", None))
#endif // QT_CONFIG(tooltip)
        self.record_disclosure_button.setText(QCoreApplication.translate("DossierDisclosuresTab", u"Verstrekking &vastleggen\u2026", None))
#if QT_CONFIG(tooltip)
        self.disclosure_overview_button.setToolTip(QCoreApplication.translate("DossierDisclosuresTab", u"Alle verstrekkingen van deze klant als PDF", None))
#endif // QT_CONFIG(tooltip)
        self.disclosure_overview_button.setText(QCoreApplication.translate("DossierDisclosuresTab", u"Overzicht afd&rukken\u2026", None))
        pass
    # retranslateUi

