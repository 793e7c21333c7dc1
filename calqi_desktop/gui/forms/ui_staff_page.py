# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'staff_page.ui'
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
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_StaffPage(object):
    def setupUi(self, staff_page):
        if not staff_page.objectName():
            staff_page.setObjectName(u"staff_page")
        staff_page.resize(760, 460)
        self.main_layout = QVBoxLayout(staff_page)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(staff_page)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.recovery_hint_label = QLabel(staff_page)
        self.recovery_hint_label.setObjectName(u"recovery_hint_label")
        self.recovery_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.recovery_hint_label)

        self.show_deactivated_check = QCheckBox(staff_page)
        self.show_deactivated_check.setObjectName(u"show_deactivated_check")

        self.main_layout.addWidget(self.show_deactivated_check)

        self.staff_table = QTableView(staff_page)
        self.staff_table.setObjectName(u"staff_table")
        self.staff_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.staff_table.setAlternatingRowColors(True)
        self.staff_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.staff_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.staff_table.setWordWrap(False)
        self.staff_table.horizontalHeader().setStretchLastSection(True)
        self.staff_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.staff_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_staff_button = QPushButton(staff_page)
        self.add_staff_button.setObjectName(u"add_staff_button")

        self.button_layout.addWidget(self.add_staff_button)

        self.reset_password_button = QPushButton(staff_page)
        self.reset_password_button.setObjectName(u"reset_password_button")

        self.button_layout.addWidget(self.reset_password_button)

        self.change_role_button = QPushButton(staff_page)
        self.change_role_button.setObjectName(u"change_role_button")

        self.button_layout.addWidget(self.change_role_button)

        self.deactivate_button = QPushButton(staff_page)
        self.deactivate_button.setObjectName(u"deactivate_button")

        self.button_layout.addWidget(self.deactivate_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

        self.staff_status_label = QLabel(staff_page)
        self.staff_status_label.setObjectName(u"staff_status_label")
        self.staff_status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_status_label.setWordWrap(True)

        self.main_layout.addWidget(self.staff_status_label)

        QWidget.setTabOrder(self.show_deactivated_check, self.staff_table)
        QWidget.setTabOrder(self.staff_table, self.add_staff_button)
        QWidget.setTabOrder(self.add_staff_button, self.reset_password_button)
        QWidget.setTabOrder(self.reset_password_button, self.change_role_button)
        QWidget.setTabOrder(self.change_role_button, self.deactivate_button)

        self.retranslateUi(staff_page)

        QMetaObject.connectSlotsByName(staff_page)
    # setupUi

    def retranslateUi(self, staff_page):
        self.intro_label.setText(QCoreApplication.translate("StaffPage", u"Medewerkers met toegang tot deze kluis. Elke medewerker heeft een eigen wachtwoord en een rol die bepaalt wat hij of zij mag zien en doen.", None))
        self.recovery_hint_label.setText(QCoreApplication.translate("StaffPage", u"U bent aangemeld met de herstelcode. In deze herstelsessie kunt u alleen wachtwoorden van medewerkers opnieuw instellen.", None))
        self.show_deactivated_check.setText(QCoreApplication.translate("StaffPage", u"&Gedeactiveerde medewerkers tonen", None))
#if QT_CONFIG(tooltip)
        self.add_staff_button.setToolTip(QCoreApplication.translate("StaffPage", u"Een nieuwe medewerker met een eigen wachtwoord toevoegen (Ctrl+N)", None))
#endif // QT_CONFIG(tooltip)
        self.add_staff_button.setText(QCoreApplication.translate("StaffPage", u"Medewerker &toevoegen\u2026", None))
#if QT_CONFIG(tooltip)
        self.reset_password_button.setToolTip(QCoreApplication.translate("StaffPage", u"Een tijdelijk wachtwoord instellen; de medewerker kiest bij de volgende aanmelding een eigen wachtwoord", None))
#endif // QT_CONFIG(tooltip)
        self.reset_password_button.setText(QCoreApplication.translate("StaffPage", u"&Wachtwoord opnieuw instellen\u2026", None))
        self.change_role_button.setText(QCoreApplication.translate("StaffPage", u"&Rol wijzigen\u2026", None))
#if QT_CONFIG(tooltip)
        self.deactivate_button.setToolTip(QCoreApplication.translate("StaffPage", u"De medewerker de toegang tot de kluis ontnemen; de kluis krijgt een nieuwe sleutel", None))
#endif // QT_CONFIG(tooltip)
        self.deactivate_button.setText(QCoreApplication.translate("StaffPage", u"&Deactiveren\u2026", None))
        pass
    # retranslateUi

