# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_consent_tab.ui'
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

class Ui_DossierConsentTab(object):
    def setupUi(self, dossier_consent_tab):
        if not dossier_consent_tab.objectName():
            dossier_consent_tab.setObjectName(u"dossier_consent_tab")
        dossier_consent_tab.resize(760, 480)
        self.main_layout = QVBoxLayout(dossier_consent_tab)
        self.main_layout.setObjectName(u"main_layout")
        self.consent_intro_label = QLabel(dossier_consent_tab)
        self.consent_intro_label.setObjectName(u"consent_intro_label")
        self.consent_intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.consent_intro_label)

        self.save_first_label = QLabel(dossier_consent_tab)
        self.save_first_label.setObjectName(u"save_first_label")
        self.save_first_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_first_label.setWordWrap(True)

        self.main_layout.addWidget(self.save_first_label)

        self.consent_state_label = QLabel(dossier_consent_tab)
        self.consent_state_label.setObjectName(u"consent_state_label")
        self.consent_state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_state_label.setWordWrap(True)

        self.main_layout.addWidget(self.consent_state_label)

        self.consent_table = QTableView(dossier_consent_tab)
        self.consent_table.setObjectName(u"consent_table")
        self.consent_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_table.setAlternatingRowColors(True)
        self.consent_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consent_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_table.setWordWrap(False)
        self.consent_table.horizontalHeader().setStretchLastSection(True)
        self.consent_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.consent_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.give_consent_button = QPushButton(dossier_consent_tab)
        self.give_consent_button.setObjectName(u"give_consent_button")

        self.button_layout.addWidget(self.give_consent_button)

        self.withdraw_consent_button = QPushButton(dossier_consent_tab)
        self.withdraw_consent_button.setObjectName(u"withdraw_consent_button")

        self.button_layout.addWidget(self.withdraw_consent_button)

        self.consent_form_button = QPushButton(dossier_consent_tab)
        self.consent_form_button.setObjectName(u"consent_form_button")

        self.button_layout.addWidget(self.consent_form_button)

        self.consent_receipt_button = QPushButton(dossier_consent_tab)
        self.consent_receipt_button.setObjectName(u"consent_receipt_button")

        self.button_layout.addWidget(self.consent_receipt_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

        self.history_caption = QLabel(dossier_consent_tab)
        self.history_caption.setObjectName(u"history_caption")

        self.main_layout.addWidget(self.history_caption)

        self.consent_history_table = QTableView(dossier_consent_tab)
        self.consent_history_table.setObjectName(u"consent_history_table")
        self.consent_history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consent_history_table.setAlternatingRowColors(True)
        self.consent_history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consent_history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consent_history_table.setWordWrap(False)
        self.consent_history_table.horizontalHeader().setStretchLastSection(True)
        self.consent_history_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.consent_history_table)

#if QT_CONFIG(shortcut)
        self.history_caption.setBuddy(self.consent_history_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.consent_table, self.give_consent_button)
        QWidget.setTabOrder(self.give_consent_button, self.withdraw_consent_button)
        QWidget.setTabOrder(self.withdraw_consent_button, self.consent_form_button)
        QWidget.setTabOrder(self.consent_form_button, self.consent_receipt_button)
        QWidget.setTabOrder(self.consent_receipt_button, self.consent_history_table)

        self.retranslateUi(dossier_consent_tab)

        QMetaObject.connectSlotsByName(dossier_consent_tab)
    # setupUi

    def retranslateUi(self, dossier_consent_tab):
        self.consent_intro_label.setText(QCoreApplication.translate("DossierConsentTab", u"Toestemming geldt per doel (en bij doorgeven per ontvanger). Elke gebeurtenis \u2014 gegeven of ingetrokken \u2014 blijft bewaard met moment, vastlegger, manier, bewijsstuk en de versie van de privacyverklaring. Een klant jonger dan 16 jaar geeft toestemming via een ouder of wettelijk vertegenwoordiger.", None))
        self.save_first_label.setText(QCoreApplication.translate("DossierConsentTab", u"Sla het dossier eerst op; daarna kunt u toestemming vastleggen.", None))
#if QT_CONFIG(tooltip)
        self.give_consent_button.setToolTip(QCoreApplication.translate("DossierConsentTab", u"Vastleggen dat de klant toestemming heeft gegeven (Ctrl+Shift+T)", None))
#endif // QT_CONFIG(tooltip)
        self.give_consent_button.setText(QCoreApplication.translate("DossierConsentTab", u"Toestemming &vastleggen\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdraw_consent_button.setToolTip(QCoreApplication.translate("DossierConsentTab", u"Vastleggen dat de klant de gekozen toestemming intrekt", None))
#endif // QT_CONFIG(tooltip)
        self.withdraw_consent_button.setText(QCoreApplication.translate("DossierConsentTab", u"&Intrekken\u2026", None))
#if QT_CONFIG(tooltip)
        self.consent_form_button.setToolTip(QCoreApplication.translate("DossierConsentTab", u"Een toestemmingsformulier als PDF maken, om te laten ondertekenen", None))
#endif // QT_CONFIG(tooltip)
        self.consent_form_button.setText(QCoreApplication.translate("DossierConsentTab", u"&Formulier afdrukken\u2026", None))
#if QT_CONFIG(tooltip)
        self.consent_receipt_button.setToolTip(QCoreApplication.translate("DossierConsentTab", u"Het ontvangstbewijs van de gekozen toestemming als PDF opslaan (Ctrl+P)", None))
#endif // QT_CONFIG(tooltip)
        self.consent_receipt_button.setText(QCoreApplication.translate("DossierConsentTab", u"Ontvangstbewij&s\u2026", None))
        self.history_caption.setText(QCoreApplication.translate("DossierConsentTab", u"Ges&chiedenis van de gekozen toestemming (nieuwste eerst)", None))
        pass
    # retranslateUi

