# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_page.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        AuditPage.resize(960, 600)
        self.main_layout = QVBoxLayout(AuditPage)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(AuditPage)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.filter_group = QGroupBox(AuditPage)
        self.filter_group.setObjectName(u"filter_group")
        self.filter_layout = QGridLayout(self.filter_group)
        self.filter_layout.setObjectName(u"filter_layout")
        self.from_date_caption = QLabel(self.filter_group)
        self.from_date_caption.setObjectName(u"from_date_caption")

        self.filter_layout.addWidget(self.from_date_caption, 0, 0, 1, 1)

        self.from_date_edit = QDateEdit(self.filter_group)
        self.from_date_edit.setObjectName(u"from_date_edit")
        self.from_date_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.from_date_edit, 0, 1, 1, 1)

        self.to_date_caption = QLabel(self.filter_group)
        self.to_date_caption.setObjectName(u"to_date_caption")

        self.filter_layout.addWidget(self.to_date_caption, 0, 2, 1, 1)

        self.to_date_edit = QDateEdit(self.filter_group)
        self.to_date_edit.setObjectName(u"to_date_edit")
        self.to_date_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.to_date_edit, 0, 3, 1, 1)

        self.user_filter_caption = QLabel(self.filter_group)
        self.user_filter_caption.setObjectName(u"user_filter_caption")

        self.filter_layout.addWidget(self.user_filter_caption, 0, 4, 1, 1)

        self.user_filter_combo = QComboBox(self.filter_group)
        self.user_filter_combo.setObjectName(u"user_filter_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.user_filter_combo.sizePolicy().hasHeightForWidth())
        self.user_filter_combo.setSizePolicy(sizePolicy)
        self.user_filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filter_layout.addWidget(self.user_filter_combo, 0, 5, 1, 1)

        self.action_filter_caption = QLabel(self.filter_group)
        self.action_filter_caption.setObjectName(u"action_filter_caption")

        self.filter_layout.addWidget(self.action_filter_caption, 1, 0, 1, 1)

        self.action_filter_combo = QComboBox(self.filter_group)
        self.action_filter_combo.setObjectName(u"action_filter_combo")
        self.action_filter_combo.setMaxVisibleItems(20)

        self.filter_layout.addWidget(self.action_filter_combo, 1, 1, 1, 3)

        self.client_filter_caption = QLabel(self.filter_group)
        self.client_filter_caption.setObjectName(u"client_filter_caption")

        self.filter_layout.addWidget(self.client_filter_caption, 1, 4, 1, 1)

        self.client_filter_edit = QLineEdit(self.filter_group)
        self.client_filter_edit.setObjectName(u"client_filter_edit")
        self.client_filter_edit.setMaxLength(9)
        self.client_filter_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.client_filter_edit, 1, 5, 1, 1)

        self.filter_button_layout = QVBoxLayout()
        self.filter_button_layout.setObjectName(u"filter_button_layout")
        self.apply_filter_button = QPushButton(self.filter_group)
        self.apply_filter_button.setObjectName(u"apply_filter_button")

        self.filter_button_layout.addWidget(self.apply_filter_button)

        self.reset_filter_button = QPushButton(self.filter_group)
        self.reset_filter_button.setObjectName(u"reset_filter_button")

        self.filter_button_layout.addWidget(self.reset_filter_button)


        self.filter_layout.addLayout(self.filter_button_layout, 0, 6, 2, 1)


        self.main_layout.addWidget(self.filter_group)

        self.audit_table = QTableView(AuditPage)
        self.audit_table.setObjectName(u"audit_table")
        self.audit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.audit_table.setAlternatingRowColors(True)
        self.audit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.audit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.audit_table.setWordWrap(False)
        self.audit_table.horizontalHeader().setStretchLastSection(True)
        self.audit_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.audit_table)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.audit_count_label = QLabel(AuditPage)
        self.audit_count_label.setObjectName(u"audit_count_label")
        self.audit_count_label.setTextFormat(Qt.TextFormat.PlainText)

        self.bottom_layout.addWidget(self.audit_count_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.verify_chain_button = QPushButton(AuditPage)
        self.verify_chain_button.setObjectName(u"verify_chain_button")

        self.bottom_layout.addWidget(self.verify_chain_button)

        self.export_csv_button = QPushButton(AuditPage)
        self.export_csv_button.setObjectName(u"export_csv_button")

        self.bottom_layout.addWidget(self.export_csv_button)


        self.main_layout.addLayout(self.bottom_layout)

        self.chain_result_label = QLabel(AuditPage)
        self.chain_result_label.setObjectName(u"chain_result_label")
        self.chain_result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.chain_result_label.setWordWrap(True)
        self.chain_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.chain_result_label)

#if QT_CONFIG(shortcut)
        self.from_date_caption.setBuddy(self.from_date_edit)
        self.to_date_caption.setBuddy(self.to_date_edit)
        self.user_filter_caption.setBuddy(self.user_filter_combo)
        self.action_filter_caption.setBuddy(self.action_filter_combo)
        self.client_filter_caption.setBuddy(self.client_filter_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.from_date_edit, self.to_date_edit)
        QWidget.setTabOrder(self.to_date_edit, self.user_filter_combo)
        QWidget.setTabOrder(self.user_filter_combo, self.action_filter_combo)
        QWidget.setTabOrder(self.action_filter_combo, self.client_filter_edit)
        QWidget.setTabOrder(self.client_filter_edit, self.apply_filter_button)
        QWidget.setTabOrder(self.apply_filter_button, self.reset_filter_button)
        QWidget.setTabOrder(self.reset_filter_button, self.audit_table)
        QWidget.setTabOrder(self.audit_table, self.verify_chain_button)
        QWidget.setTabOrder(self.verify_chain_button, self.export_csv_button)

        self.retranslateUi(AuditPage)

        QMetaObject.connectSlotsByName(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
        self.intro_label.setText(QCoreApplication.translate("AuditPage", u"Alles wat in deze kluis is gebeurd: wanneer, door wie, welke handeling en voor welke cli\u00ebnt. De audittrail bevat geen persoonsgegevens, alleen nummers en veldnamen, en kan niet worden gewijzigd.", None))
        self.filter_group.setTitle(QCoreApplication.translate("AuditPage", u"Filter", None))
        self.from_date_caption.setText(QCoreApplication.translate("AuditPage", u"&Van", None))
#if QT_CONFIG(tooltip)
        self.from_date_edit.setToolTip(QCoreApplication.translate("AuditPage", u"Eerste dag van de periode (dd-mm-jjjj)", None))
#endif // QT_CONFIG(tooltip)
        self.from_date_edit.setDisplayFormat(QCoreApplication.translate("AuditPage", u"dd-MM-yyyy", None))
        self.to_date_caption.setText(QCoreApplication.translate("AuditPage", u"&Tot en met", None))
#if QT_CONFIG(tooltip)
        self.to_date_edit.setToolTip(QCoreApplication.translate("AuditPage", u"Laatste dag van de periode, die dag meegerekend (dd-mm-jjjj)", None))
#endif // QT_CONFIG(tooltip)
        self.to_date_edit.setDisplayFormat(QCoreApplication.translate("AuditPage", u"dd-MM-yyyy", None))
        self.user_filter_caption.setText(QCoreApplication.translate("AuditPage", u"&Medewerker", None))
        self.action_filter_caption.setText(QCoreApplication.translate("AuditPage", u"&Actie", None))
        self.client_filter_caption.setText(QCoreApplication.translate("AuditPage", u"&Cli\u00ebntnummer", None))
#if QT_CONFIG(tooltip)
        self.client_filter_edit.setToolTip(QCoreApplication.translate("AuditPage", u"Alleen gebeurtenissen van deze cli\u00ebnt (alleen cijfers); leeg: alle cli\u00ebnten", None))
#endif // QT_CONFIG(tooltip)
        self.client_filter_edit.setPlaceholderText(QCoreApplication.translate("AuditPage", u"alle cli\u00ebnten", None))
#if QT_CONFIG(tooltip)
        self.apply_filter_button.setToolTip(QCoreApplication.translate("AuditPage", u"De lijst tonen met deze filters", None))
#endif // QT_CONFIG(tooltip)
        self.apply_filter_button.setText(QCoreApplication.translate("AuditPage", u"&Filteren", None))
#if QT_CONFIG(tooltip)
        self.reset_filter_button.setToolTip(QCoreApplication.translate("AuditPage", u"Terug naar de laatste 30 dagen, iedereen, alle acties en alle cli\u00ebnten", None))
#endif // QT_CONFIG(tooltip)
        self.reset_filter_button.setText(QCoreApplication.translate("AuditPage", u"&Wissen", None))
#if QT_CONFIG(tooltip)
        self.verify_chain_button.setToolTip(QCoreApplication.translate("AuditPage", u"Nagaan dat geen enkele gebeurtenis is gewijzigd of verwijderd (de hele audittrail, niet alleen het filter)", None))
#endif // QT_CONFIG(tooltip)
        self.verify_chain_button.setText(QCoreApplication.translate("AuditPage", u"&Keten controleren", None))
#if QT_CONFIG(tooltip)
        self.export_csv_button.setToolTip(QCoreApplication.translate("AuditPage", u"De gebeurtenissen in de lijst opslaan als CSV-bestand voor Excel; het exporteren wordt vastgelegd", None))
#endif // QT_CONFIG(tooltip)
        self.export_csv_button.setText(QCoreApplication.translate("AuditPage", u"&Exporteren naar CSV\u2026", None))
        pass
    # retranslateUi

