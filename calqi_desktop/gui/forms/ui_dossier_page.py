# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_DossierPage(object):
    def setupUi(self, dossier_page):
        if not dossier_page.objectName():
            dossier_page.setObjectName(u"dossier_page")
        dossier_page.resize(900, 560)
        self.main_layout = QVBoxLayout(dossier_page)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.dossier_search = QLineEdit(dossier_page)
        self.dossier_search.setObjectName(u"dossier_search")
        self.dossier_search.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.dossier_search)

        self.status_filter_caption = QLabel(dossier_page)
        self.status_filter_caption.setObjectName(u"status_filter_caption")

        self.filter_layout.addWidget(self.status_filter_caption)

        self.status_filter_combo = QComboBox(dossier_page)
        self.status_filter_combo.setObjectName(u"status_filter_combo")

        self.filter_layout.addWidget(self.status_filter_combo)

        self.kind_filter_caption = QLabel(dossier_page)
        self.kind_filter_caption.setObjectName(u"kind_filter_caption")

        self.filter_layout.addWidget(self.kind_filter_caption)

        self.kind_filter_combo = QComboBox(dossier_page)
        self.kind_filter_combo.setObjectName(u"kind_filter_combo")

        self.filter_layout.addWidget(self.kind_filter_combo)


        self.main_layout.addLayout(self.filter_layout)

        self.dossier_table = QTableView(dossier_page)
        self.dossier_table.setObjectName(u"dossier_table")
        self.dossier_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dossier_table.setAlternatingRowColors(True)
        self.dossier_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dossier_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dossier_table.setSortingEnabled(True)
        self.dossier_table.setWordWrap(False)
        self.dossier_table.horizontalHeader().setStretchLastSection(True)
        self.dossier_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.dossier_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.dossier_count_label = QLabel(dossier_page)
        self.dossier_count_label.setObjectName(u"dossier_count_label")
        self.dossier_count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.button_layout.addWidget(self.dossier_count_label)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.new_dossier_button = QPushButton(dossier_page)
        self.new_dossier_button.setObjectName(u"new_dossier_button")

        self.button_layout.addWidget(self.new_dossier_button)

        self.open_dossier_button = QPushButton(dossier_page)
        self.open_dossier_button.setObjectName(u"open_dossier_button")

        self.button_layout.addWidget(self.open_dossier_button)

        self.import_clients_button = QPushButton(dossier_page)
        self.import_clients_button.setObjectName(u"import_clients_button")

        self.button_layout.addWidget(self.import_clients_button)


        self.main_layout.addLayout(self.button_layout)

        self.dossier_status_label = QLabel(dossier_page)
        self.dossier_status_label.setObjectName(u"dossier_status_label")
        self.dossier_status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dossier_status_label.setWordWrap(True)

        self.main_layout.addWidget(self.dossier_status_label)

#if QT_CONFIG(shortcut)
        self.status_filter_caption.setBuddy(self.status_filter_combo)
        self.kind_filter_caption.setBuddy(self.kind_filter_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dossier_search, self.status_filter_combo)
        QWidget.setTabOrder(self.status_filter_combo, self.kind_filter_combo)
        QWidget.setTabOrder(self.kind_filter_combo, self.dossier_table)
        QWidget.setTabOrder(self.dossier_table, self.new_dossier_button)
        QWidget.setTabOrder(self.new_dossier_button, self.open_dossier_button)
        QWidget.setTabOrder(self.open_dossier_button, self.import_clients_button)

        self.retranslateUi(dossier_page)

        QMetaObject.connectSlotsByName(dossier_page)
    # setupUi

    def retranslateUi(self, dossier_page):
        self.dossier_search.setPlaceholderText(QCoreApplication.translate("DossierPage", u"Zoek op naam, klantnummer, postcode, plaats, e-mail of KvK (BSN alleen volledig)", None))
        self.status_filter_caption.setText(QCoreApplication.translate("DossierPage", u"S&tatus", None))
        self.kind_filter_caption.setText(QCoreApplication.translate("DossierPage", u"&Soort", None))
#if QT_CONFIG(tooltip)
        self.new_dossier_button.setToolTip(QCoreApplication.translate("DossierPage", u"Een nieuw dossier aanmaken (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_dossier_button.setText(QCoreApplication.translate("DossierPage", u"&Nieuw dossier", None))
#if QT_CONFIG(tooltip)
        self.open_dossier_button.setToolTip(QCoreApplication.translate("DossierPage", u"Het gekozen dossier openen (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.open_dossier_button.setText(QCoreApplication.translate("DossierPage", u"&Openen", None))
#if QT_CONFIG(tooltip)
        self.import_clients_button.setToolTip(QCoreApplication.translate("DossierPage", u"Klanten inlezen uit een CSV- of Excel-bestand (Ctrl+I)", None))
#endif // QT_CONFIG(tooltip)
        self.import_clients_button.setText(QCoreApplication.translate("DossierPage", u"&Importeren\u2026", None))
        pass
    # retranslateUi

