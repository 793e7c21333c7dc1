# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'privacy_statement_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView,
    QVBoxLayout, QWidget)

class Ui_PrivacyStatementPage(object):
    def setupUi(self, privacy_statement_page):
        if not privacy_statement_page.objectName():
            privacy_statement_page.setObjectName(u"privacy_statement_page")
        privacy_statement_page.resize(900, 640)
        self.main_layout = QVBoxLayout(privacy_statement_page)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(privacy_statement_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.page_splitter = QSplitter(privacy_statement_page)
        self.page_splitter.setObjectName(u"page_splitter")
        self.page_splitter.setOrientation(Qt.Orientation.Vertical)
        self.page_splitter.setChildrenCollapsible(False)
        self.versions_area = QWidget(self.page_splitter)
        self.versions_area.setObjectName(u"versions_area")
        self.versions_layout = QVBoxLayout(self.versions_area)
        self.versions_layout.setObjectName(u"versions_layout")
        self.versions_layout.setContentsMargins(0, 0, 0, 0)
        self.version_table = QTableView(self.versions_area)
        self.version_table.setObjectName(u"version_table")
        self.version_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.version_table.setAlternatingRowColors(True)
        self.version_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.version_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.version_table.setWordWrap(False)
        self.version_table.horizontalHeader().setStretchLastSection(True)
        self.version_table.verticalHeader().setVisible(False)

        self.versions_layout.addWidget(self.version_table)

        self.version_button_layout = QHBoxLayout()
        self.version_button_layout.setObjectName(u"version_button_layout")
        self.add_version_button = QPushButton(self.versions_area)
        self.add_version_button.setObjectName(u"add_version_button")

        self.version_button_layout.addWidget(self.add_version_button)

        self.view_text_button = QPushButton(self.versions_area)
        self.view_text_button.setObjectName(u"view_text_button")

        self.version_button_layout.addWidget(self.view_text_button)

        self.purposes_button = QPushButton(self.versions_area)
        self.purposes_button.setObjectName(u"purposes_button")

        self.version_button_layout.addWidget(self.purposes_button)

        self.version_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.version_button_layout.addItem(self.version_button_spacer)


        self.versions_layout.addLayout(self.version_button_layout)

        self.statement_status_label = QLabel(self.versions_area)
        self.statement_status_label.setObjectName(u"statement_status_label")
        self.statement_status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statement_status_label.setWordWrap(True)

        self.versions_layout.addWidget(self.statement_status_label)

        self.page_splitter.addWidget(self.versions_area)
        self.inform_group = QGroupBox(self.page_splitter)
        self.inform_group.setObjectName(u"inform_group")
        self.inform_layout = QVBoxLayout(self.inform_group)
        self.inform_layout.setObjectName(u"inform_layout")
        self.only_open_check = QCheckBox(self.inform_group)
        self.only_open_check.setObjectName(u"only_open_check")
        self.only_open_check.setChecked(True)

        self.inform_layout.addWidget(self.only_open_check)

        self.inform_table = QTableView(self.inform_group)
        self.inform_table.setObjectName(u"inform_table")
        self.inform_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.inform_table.setAlternatingRowColors(True)
        self.inform_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.inform_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inform_table.setWordWrap(False)
        self.inform_table.horizontalHeader().setStretchLastSection(True)
        self.inform_table.verticalHeader().setVisible(False)

        self.inform_layout.addWidget(self.inform_table)

        self.inform_button_layout = QHBoxLayout()
        self.inform_button_layout.setObjectName(u"inform_button_layout")
        self.mark_informed_button = QPushButton(self.inform_group)
        self.mark_informed_button.setObjectName(u"mark_informed_button")

        self.inform_button_layout.addWidget(self.mark_informed_button)

        self.inform_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inform_button_layout.addItem(self.inform_button_spacer)

        self.inform_count_label = QLabel(self.inform_group)
        self.inform_count_label.setObjectName(u"inform_count_label")
        self.inform_count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.inform_button_layout.addWidget(self.inform_count_label)


        self.inform_layout.addLayout(self.inform_button_layout)

        self.page_splitter.addWidget(self.inform_group)

        self.main_layout.addWidget(self.page_splitter)

        QWidget.setTabOrder(self.version_table, self.add_version_button)
        QWidget.setTabOrder(self.add_version_button, self.view_text_button)
        QWidget.setTabOrder(self.view_text_button, self.purposes_button)
        QWidget.setTabOrder(self.purposes_button, self.only_open_check)
        QWidget.setTabOrder(self.only_open_check, self.inform_table)
        QWidget.setTabOrder(self.inform_table, self.mark_informed_button)

        self.retranslateUi(privacy_statement_page)

        QMetaObject.connectSlotsByName(privacy_statement_page)
    # setupUi

    def retranslateUi(self, privacy_statement_page):
        self.intro_label.setText(QCoreApplication.translate("PrivacyStatementPage", u"De versies van de privacyverklaring van het kantoor. Elke toestemming verwijst naar de versie die de klant te zien kreeg. Bij een nieuwe versie staan hieronder de klanten die vooraf moeten worden ge\u00efnformeerd, zoals de verklaring belooft.", None))
#if QT_CONFIG(tooltip)
        self.add_version_button.setToolTip(QCoreApplication.translate("PrivacyStatementPage", u"Een nieuwe versie van de privacyverklaring vastleggen (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.add_version_button.setText(QCoreApplication.translate("PrivacyStatementPage", u"&Nieuwe versie\u2026", None))
#if QT_CONFIG(tooltip)
        self.view_text_button.setToolTip(QCoreApplication.translate("PrivacyStatementPage", u"De tekst of de PDF van de gekozen versie lezen", None))
#endif // QT_CONFIG(tooltip)
        self.view_text_button.setText(QCoreApplication.translate("PrivacyStatementPage", u"&Tekst bekijken", None))
#if QT_CONFIG(tooltip)
        self.purposes_button.setToolTip(QCoreApplication.translate("PrivacyStatementPage", u"De doelen waarvoor toestemming kan worden gevraagd", None))
#endif // QT_CONFIG(tooltip)
        self.purposes_button.setText(QCoreApplication.translate("PrivacyStatementPage", u"&Doelen van toestemming\u2026", None))
        self.inform_group.setTitle(QCoreApplication.translate("PrivacyStatementPage", u"Te informeren klanten", None))
        self.only_open_check.setText(QCoreApplication.translate("PrivacyStatementPage", u"&Alleen nog te informeren", None))
#if QT_CONFIG(tooltip)
        self.mark_informed_button.setToolTip(QCoreApplication.translate("PrivacyStatementPage", u"Vastleggen dat de gekozen klanten over deze versie zijn ge\u00efnformeerd, en hoe", None))
#endif // QT_CONFIG(tooltip)
        self.mark_informed_button.setText(QCoreApplication.translate("PrivacyStatementPage", u"&Markeren als ge\u00efnformeerd\u2026", None))
        pass
    # retranslateUi

