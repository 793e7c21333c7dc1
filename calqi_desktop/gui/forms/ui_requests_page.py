# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_RequestsPage(object):
    def setupUi(self, requests_page):
        if not requests_page.objectName():
            requests_page.setObjectName(u"requests_page")
        requests_page.resize(900, 560)
        self.main_layout = QVBoxLayout(requests_page)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.request_filter = QLineEdit(requests_page)
        self.request_filter.setObjectName(u"request_filter")
        self.request_filter.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.request_filter)

        self.open_only_check = QCheckBox(requests_page)
        self.open_only_check.setObjectName(u"open_only_check")
        self.open_only_check.setChecked(True)

        self.filter_layout.addWidget(self.open_only_check)


        self.main_layout.addLayout(self.filter_layout)

        self.request_table = QTableView(requests_page)
        self.request_table.setObjectName(u"request_table")
        self.request_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.request_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.request_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.request_table.setWordWrap(False)
        self.request_table.horizontalHeader().setStretchLastSection(True)
        self.request_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.request_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.request_count_label = QLabel(requests_page)
        self.request_count_label.setObjectName(u"request_count_label")
        self.request_count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.button_layout.addWidget(self.request_count_label)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.new_request_button = QPushButton(requests_page)
        self.new_request_button.setObjectName(u"new_request_button")

        self.button_layout.addWidget(self.new_request_button)

        self.open_request_button = QPushButton(requests_page)
        self.open_request_button.setObjectName(u"open_request_button")

        self.button_layout.addWidget(self.open_request_button)


        self.main_layout.addLayout(self.button_layout)

        self.request_status_label = QLabel(requests_page)
        self.request_status_label.setObjectName(u"request_status_label")
        self.request_status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.request_status_label.setWordWrap(True)

        self.main_layout.addWidget(self.request_status_label)

        QWidget.setTabOrder(self.request_filter, self.open_only_check)
        QWidget.setTabOrder(self.open_only_check, self.request_table)
        QWidget.setTabOrder(self.request_table, self.new_request_button)
        QWidget.setTabOrder(self.new_request_button, self.open_request_button)

        self.retranslateUi(requests_page)

        QMetaObject.connectSlotsByName(requests_page)
    # setupUi

    def retranslateUi(self, requests_page):
        self.request_filter.setPlaceholderText(QCoreApplication.translate("RequestsPage", u"Zoek op kenmerk, klantnummer of naam", None))
        self.open_only_check.setText(QCoreApplication.translate("RequestsPage", u"&Alleen openstaande", None))
#if QT_CONFIG(tooltip)
        self.new_request_button.setToolTip(QCoreApplication.translate("RequestsPage", u"Een binnengekomen AVG-verzoek inboeken (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.new_request_button.setText(QCoreApplication.translate("RequestsPage", u"&Nieuw verzoek\u2026", None))
#if QT_CONFIG(tooltip)
        self.open_request_button.setToolTip(QCoreApplication.translate("RequestsPage", u"Het gekozen verzoek openen (Enter)", None))
#endif // QT_CONFIG(tooltip)
        self.open_request_button.setText(QCoreApplication.translate("RequestsPage", u"&Openen", None))
        pass
    # retranslateUi

