# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFrame, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(900, 680)
        self.home_layout = QVBoxLayout(HomePage)
        self.home_layout.setObjectName(u"home_layout")
        self.dashboard_group = QGroupBox(HomePage)
        self.dashboard_group.setObjectName(u"dashboard_group")
        self.dashboard_layout = QVBoxLayout(self.dashboard_group)
        self.dashboard_layout.setObjectName(u"dashboard_layout")
        self.dashboard_header_layout = QHBoxLayout()
        self.dashboard_header_layout.setObjectName(u"dashboard_header_layout")
        self.dashboard_summary_label = QLabel(self.dashboard_group)
        self.dashboard_summary_label.setObjectName(u"dashboard_summary_label")
        self.dashboard_summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.dashboard_header_layout.addWidget(self.dashboard_summary_label)

        self.dashboard_header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dashboard_header_layout.addItem(self.dashboard_header_spacer)

        self.dashboard_refresh_button = QPushButton(self.dashboard_group)
        self.dashboard_refresh_button.setObjectName(u"dashboard_refresh_button")

        self.dashboard_header_layout.addWidget(self.dashboard_refresh_button)


        self.dashboard_layout.addLayout(self.dashboard_header_layout)

        self.dashboard_error_label = QLabel(self.dashboard_group)
        self.dashboard_error_label.setObjectName(u"dashboard_error_label")
        self.dashboard_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dashboard_error_label.setWordWrap(True)
        self.dashboard_error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dashboard_layout.addWidget(self.dashboard_error_label)

        self.dashboard_scroll = QScrollArea(self.dashboard_group)
        self.dashboard_scroll.setObjectName(u"dashboard_scroll")
        self.dashboard_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.dashboard_scroll.setWidgetResizable(True)
        self.dashboard_sections = QWidget()
        self.dashboard_sections.setObjectName(u"dashboard_sections")
        self.dashboard_sections_layout = QVBoxLayout(self.dashboard_sections)
        self.dashboard_sections_layout.setObjectName(u"dashboard_sections_layout")
        self.dashboard_sections_layout.setContentsMargins(0, 0, 0, 0)
        self.requests_due_label = QLabel(self.dashboard_sections)
        self.requests_due_label.setObjectName(u"requests_due_label")
        self.requests_due_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requests_due_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.requests_due_label)

        self.requests_due_table = QTableView(self.dashboard_sections)
        self.requests_due_table.setObjectName(u"requests_due_table")
        self.requests_due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.requests_due_table.setTabKeyNavigation(False)
        self.requests_due_table.setAlternatingRowColors(True)
        self.requests_due_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.requests_due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.requests_due_table.setWordWrap(False)
        self.requests_due_table.horizontalHeader().setStretchLastSection(False)
        self.requests_due_table.verticalHeader().setVisible(False)

        self.dashboard_sections_layout.addWidget(self.requests_due_table)

        self.requests_due_more_label = QLabel(self.dashboard_sections)
        self.requests_due_more_label.setObjectName(u"requests_due_more_label")
        self.requests_due_more_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requests_due_more_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.requests_due_more_label)

        self.authorisations_expiring_label = QLabel(self.dashboard_sections)
        self.authorisations_expiring_label.setObjectName(u"authorisations_expiring_label")
        self.authorisations_expiring_label.setTextFormat(Qt.TextFormat.PlainText)
        self.authorisations_expiring_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.authorisations_expiring_label)

        self.authorisations_expiring_table = QTableView(self.dashboard_sections)
        self.authorisations_expiring_table.setObjectName(u"authorisations_expiring_table")
        self.authorisations_expiring_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.authorisations_expiring_table.setTabKeyNavigation(False)
        self.authorisations_expiring_table.setAlternatingRowColors(True)
        self.authorisations_expiring_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.authorisations_expiring_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.authorisations_expiring_table.setWordWrap(False)
        self.authorisations_expiring_table.horizontalHeader().setStretchLastSection(False)
        self.authorisations_expiring_table.verticalHeader().setVisible(False)

        self.dashboard_sections_layout.addWidget(self.authorisations_expiring_table)

        self.authorisations_expiring_more_label = QLabel(self.dashboard_sections)
        self.authorisations_expiring_more_label.setObjectName(u"authorisations_expiring_more_label")
        self.authorisations_expiring_more_label.setTextFormat(Qt.TextFormat.PlainText)
        self.authorisations_expiring_more_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.authorisations_expiring_more_label)

        self.via_awaiting_activation_label = QLabel(self.dashboard_sections)
        self.via_awaiting_activation_label.setObjectName(u"via_awaiting_activation_label")
        self.via_awaiting_activation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.via_awaiting_activation_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.via_awaiting_activation_label)

        self.via_awaiting_activation_table = QTableView(self.dashboard_sections)
        self.via_awaiting_activation_table.setObjectName(u"via_awaiting_activation_table")
        self.via_awaiting_activation_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.via_awaiting_activation_table.setTabKeyNavigation(False)
        self.via_awaiting_activation_table.setAlternatingRowColors(True)
        self.via_awaiting_activation_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.via_awaiting_activation_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.via_awaiting_activation_table.setWordWrap(False)
        self.via_awaiting_activation_table.horizontalHeader().setStretchLastSection(False)
        self.via_awaiting_activation_table.verticalHeader().setVisible(False)

        self.dashboard_sections_layout.addWidget(self.via_awaiting_activation_table)

        self.via_awaiting_activation_more_label = QLabel(self.dashboard_sections)
        self.via_awaiting_activation_more_label.setObjectName(u"via_awaiting_activation_more_label")
        self.via_awaiting_activation_more_label.setTextFormat(Qt.TextFormat.PlainText)
        self.via_awaiting_activation_more_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.via_awaiting_activation_more_label)

        self.consents_to_renew_label = QLabel(self.dashboard_sections)
        self.consents_to_renew_label.setObjectName(u"consents_to_renew_label")
        self.consents_to_renew_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consents_to_renew_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.consents_to_renew_label)

        self.consents_to_renew_table = QTableView(self.dashboard_sections)
        self.consents_to_renew_table.setObjectName(u"consents_to_renew_table")
        self.consents_to_renew_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.consents_to_renew_table.setTabKeyNavigation(False)
        self.consents_to_renew_table.setAlternatingRowColors(True)
        self.consents_to_renew_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.consents_to_renew_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.consents_to_renew_table.setWordWrap(False)
        self.consents_to_renew_table.horizontalHeader().setStretchLastSection(False)
        self.consents_to_renew_table.verticalHeader().setVisible(False)

        self.dashboard_sections_layout.addWidget(self.consents_to_renew_table)

        self.consents_to_renew_more_label = QLabel(self.dashboard_sections)
        self.consents_to_renew_more_label.setObjectName(u"consents_to_renew_more_label")
        self.consents_to_renew_more_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consents_to_renew_more_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.consents_to_renew_more_label)

        self.clients_to_inform_label = QLabel(self.dashboard_sections)
        self.clients_to_inform_label.setObjectName(u"clients_to_inform_label")
        self.clients_to_inform_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clients_to_inform_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.clients_to_inform_label)

        self.clients_to_inform_table = QTableView(self.dashboard_sections)
        self.clients_to_inform_table.setObjectName(u"clients_to_inform_table")
        self.clients_to_inform_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clients_to_inform_table.setTabKeyNavigation(False)
        self.clients_to_inform_table.setAlternatingRowColors(True)
        self.clients_to_inform_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.clients_to_inform_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clients_to_inform_table.setWordWrap(False)
        self.clients_to_inform_table.horizontalHeader().setStretchLastSection(False)
        self.clients_to_inform_table.verticalHeader().setVisible(False)

        self.dashboard_sections_layout.addWidget(self.clients_to_inform_table)

        self.clients_to_inform_more_label = QLabel(self.dashboard_sections)
        self.clients_to_inform_more_label.setObjectName(u"clients_to_inform_more_label")
        self.clients_to_inform_more_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clients_to_inform_more_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.clients_to_inform_more_label)

        self.dashboard_empty_label = QLabel(self.dashboard_sections)
        self.dashboard_empty_label.setObjectName(u"dashboard_empty_label")
        self.dashboard_empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.dashboard_empty_label.setWordWrap(True)

        self.dashboard_sections_layout.addWidget(self.dashboard_empty_label)

        self.dashboard_sections_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dashboard_sections_layout.addItem(self.dashboard_sections_spacer)

        self.dashboard_scroll.setWidget(self.dashboard_sections)

        self.dashboard_layout.addWidget(self.dashboard_scroll)


        self.home_layout.addWidget(self.dashboard_group)

        self.welcome_layout = QHBoxLayout()
        self.welcome_layout.setObjectName(u"welcome_layout")
        self.welcome_label = QLabel(HomePage)
        self.welcome_label.setObjectName(u"welcome_label")
        self.welcome_label.setTextFormat(Qt.TextFormat.PlainText)

        self.welcome_layout.addWidget(self.welcome_label)

        self.firm_label = QLabel(HomePage)
        self.firm_label.setObjectName(u"firm_label")
        self.firm_label.setTextFormat(Qt.TextFormat.PlainText)

        self.welcome_layout.addWidget(self.firm_label)

        self.welcome_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.welcome_layout.addItem(self.welcome_spacer)


        self.home_layout.addLayout(self.welcome_layout)

        self.home_footer_layout = QHBoxLayout()
        self.home_footer_layout.setObjectName(u"home_footer_layout")
        self.account_group = QGroupBox(HomePage)
        self.account_group.setObjectName(u"account_group")
        self.account_layout = QVBoxLayout(self.account_group)
        self.account_layout.setObjectName(u"account_layout")
        self.account_label = QLabel(self.account_group)
        self.account_label.setObjectName(u"account_label")
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)
        self.account_label.setWordWrap(True)

        self.account_layout.addWidget(self.account_label)

        self.account_buttons_layout = QHBoxLayout()
        self.account_buttons_layout.setObjectName(u"account_buttons_layout")
        self.change_password_button = QPushButton(self.account_group)
        self.change_password_button.setObjectName(u"change_password_button")

        self.account_buttons_layout.addWidget(self.change_password_button)

        self.account_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.account_buttons_layout.addItem(self.account_spacer)


        self.account_layout.addLayout(self.account_buttons_layout)


        self.home_footer_layout.addWidget(self.account_group)

        self.vault_group = QGroupBox(HomePage)
        self.vault_group.setObjectName(u"vault_group")
        self.vault_layout = QVBoxLayout(self.vault_group)
        self.vault_layout.setObjectName(u"vault_layout")
        self.vault_folder_label = QLabel(self.vault_group)
        self.vault_folder_label.setObjectName(u"vault_folder_label")
        self.vault_folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.vault_folder_label.setWordWrap(True)
        self.vault_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.vault_layout.addWidget(self.vault_folder_label)

        self.vault_buttons_layout = QHBoxLayout()
        self.vault_buttons_layout.setObjectName(u"vault_buttons_layout")
        self.check_vault_button = QPushButton(self.vault_group)
        self.check_vault_button.setObjectName(u"check_vault_button")

        self.vault_buttons_layout.addWidget(self.check_vault_button)

        self.backup_button = QPushButton(self.vault_group)
        self.backup_button.setObjectName(u"backup_button")

        self.vault_buttons_layout.addWidget(self.backup_button)

        self.vault_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vault_buttons_layout.addItem(self.vault_spacer)


        self.vault_layout.addLayout(self.vault_buttons_layout)

        self.vault_result_label = QLabel(self.vault_group)
        self.vault_result_label.setObjectName(u"vault_result_label")
        self.vault_result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.vault_result_label.setWordWrap(True)
        self.vault_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.vault_layout.addWidget(self.vault_result_label)


        self.home_footer_layout.addWidget(self.vault_group)


        self.home_layout.addLayout(self.home_footer_layout)

        self.home_layout.setStretch(0, 1)
        QWidget.setTabOrder(self.requests_due_table, self.authorisations_expiring_table)
        QWidget.setTabOrder(self.authorisations_expiring_table, self.via_awaiting_activation_table)
        QWidget.setTabOrder(self.via_awaiting_activation_table, self.consents_to_renew_table)
        QWidget.setTabOrder(self.consents_to_renew_table, self.clients_to_inform_table)
        QWidget.setTabOrder(self.clients_to_inform_table, self.dashboard_refresh_button)
        QWidget.setTabOrder(self.dashboard_refresh_button, self.change_password_button)
        QWidget.setTabOrder(self.change_password_button, self.check_vault_button)
        QWidget.setTabOrder(self.check_vault_button, self.backup_button)

        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.dashboard_group.setTitle(QCoreApplication.translate("HomePage", u"Wat vraagt aandacht", None))
        self.dashboard_refresh_button.setText(QCoreApplication.translate("HomePage", u"&Vernieuwen", None))
        self.welcome_label.setText(QCoreApplication.translate("HomePage", u"Welkom", None))
        self.account_group.setTitle(QCoreApplication.translate("HomePage", u"Uw account", None))
        self.change_password_button.setText(QCoreApplication.translate("HomePage", u"Eigen &wachtwoord wijzigen\u2026", None))
        self.vault_group.setTitle(QCoreApplication.translate("HomePage", u"De kluis", None))
        self.check_vault_button.setText(QCoreApplication.translate("HomePage", u"Kluis &controleren", None))
        self.backup_button.setText(QCoreApplication.translate("HomePage", u"&Back-up maken\u2026", None))
        pass
    # retranslateUi

