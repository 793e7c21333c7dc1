# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_window.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QFrame,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_RequestWindow(object):
    def setupUi(self, request_window):
        if not request_window.objectName():
            request_window.setObjectName(u"request_window")
        request_window.resize(920, 760)
        self.main_layout = QVBoxLayout(request_window)
        self.main_layout.setObjectName(u"main_layout")
        self.banner_label = QLabel(request_window)
        self.banner_label.setObjectName(u"banner_label")
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)

        self.main_layout.addWidget(self.banner_label)

        self.reference_label = QLabel(request_window)
        self.reference_label.setObjectName(u"reference_label")
        self.reference_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.reference_label)

        self.details_layout = QFormLayout()
        self.details_layout.setObjectName(u"details_layout")
        self.type_caption = QLabel(request_window)
        self.type_caption.setObjectName(u"type_caption")
        self.type_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.details_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_caption)

        self.type_label = QLabel(request_window)
        self.type_label.setObjectName(u"type_label")
        self.type_label.setTextFormat(Qt.TextFormat.PlainText)
        self.type_label.setWordWrap(True)

        self.details_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type_label)

        self.subject_caption = QLabel(request_window)
        self.subject_caption.setObjectName(u"subject_caption")
        self.subject_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.details_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subject_caption)

        self.subject_label = QLabel(request_window)
        self.subject_label.setObjectName(u"subject_label")
        self.subject_label.setTextFormat(Qt.TextFormat.PlainText)
        self.subject_label.setWordWrap(True)

        self.details_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subject_label)

        self.received_caption = QLabel(request_window)
        self.received_caption.setObjectName(u"received_caption")
        self.received_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.details_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.received_caption)

        self.received_label = QLabel(request_window)
        self.received_label.setObjectName(u"received_label")
        self.received_label.setTextFormat(Qt.TextFormat.PlainText)
        self.received_label.setWordWrap(True)

        self.details_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received_label)

        self.status_caption = QLabel(request_window)
        self.status_caption.setObjectName(u"status_caption")
        self.status_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.details_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status_label = QLabel(request_window)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        self.details_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.status_label)

        self.description_caption = QLabel(request_window)
        self.description_caption.setObjectName(u"description_caption")
        self.description_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.details_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.description_caption)

        self.description_label = QLabel(request_window)
        self.description_label.setObjectName(u"description_label")
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setWordWrap(True)

        self.details_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description_label)


        self.main_layout.addLayout(self.details_layout)

        self.deadline_frame = QFrame(request_window)
        self.deadline_frame.setObjectName(u"deadline_frame")
        self.deadline_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.deadline_layout = QVBoxLayout(self.deadline_frame)
        self.deadline_layout.setObjectName(u"deadline_layout")
        self.deadline_label = QLabel(self.deadline_frame)
        self.deadline_label.setObjectName(u"deadline_label")
        self.deadline_label.setTextFormat(Qt.TextFormat.PlainText)
        self.deadline_label.setWordWrap(True)

        self.deadline_layout.addWidget(self.deadline_label)

        self.target_label = QLabel(self.deadline_frame)
        self.target_label.setObjectName(u"target_label")
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.target_label.setWordWrap(True)

        self.deadline_layout.addWidget(self.target_label)

        self.extension_label = QLabel(self.deadline_frame)
        self.extension_label.setObjectName(u"extension_label")
        self.extension_label.setTextFormat(Qt.TextFormat.PlainText)
        self.extension_label.setWordWrap(True)

        self.deadline_layout.addWidget(self.extension_label)


        self.main_layout.addWidget(self.deadline_frame)

        self.identity_frame = QFrame(request_window)
        self.identity_frame.setObjectName(u"identity_frame")
        self.identity_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.identity_layout = QHBoxLayout(self.identity_frame)
        self.identity_layout.setObjectName(u"identity_layout")
        self.identity_label = QLabel(self.identity_frame)
        self.identity_label.setObjectName(u"identity_label")
        self.identity_label.setTextFormat(Qt.TextFormat.PlainText)
        self.identity_label.setWordWrap(True)

        self.identity_layout.addWidget(self.identity_label)

        self.link_client_button = QPushButton(self.identity_frame)
        self.link_client_button.setObjectName(u"link_client_button")

        self.identity_layout.addWidget(self.link_client_button)

        self.verify_identity_button = QPushButton(self.identity_frame)
        self.verify_identity_button.setObjectName(u"verify_identity_button")

        self.identity_layout.addWidget(self.verify_identity_button)

        self.identity_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.identity_frame)

        self.action_group = QGroupBox(request_window)
        self.action_group.setObjectName(u"action_group")
        self.action_layout = QVBoxLayout(self.action_group)
        self.action_layout.setObjectName(u"action_layout")
        self.action_button_layout = QHBoxLayout()
        self.action_button_layout.setObjectName(u"action_button_layout")
        self.carry_out_button = QPushButton(self.action_group)
        self.carry_out_button.setObjectName(u"carry_out_button")

        self.action_button_layout.addWidget(self.carry_out_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_button_layout.addItem(self.action_spacer)

        self.extend_button = QPushButton(self.action_group)
        self.extend_button.setObjectName(u"extend_button")

        self.action_button_layout.addWidget(self.extend_button)

        self.letter_button = QPushButton(self.action_group)
        self.letter_button.setObjectName(u"letter_button")

        self.action_button_layout.addWidget(self.letter_button)

        self.close_button = QPushButton(self.action_group)
        self.close_button.setObjectName(u"close_button")

        self.action_button_layout.addWidget(self.close_button)


        self.action_layout.addLayout(self.action_button_layout)

        self.carry_out_hint_label = QLabel(self.action_group)
        self.carry_out_hint_label.setObjectName(u"carry_out_hint_label")
        self.carry_out_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.carry_out_hint_label.setWordWrap(True)

        self.action_layout.addWidget(self.carry_out_hint_label)


        self.main_layout.addWidget(self.action_group)

        self.record_tabs = QTabWidget(request_window)
        self.record_tabs.setObjectName(u"record_tabs")
        self.timeline_tab = QWidget()
        self.timeline_tab.setObjectName(u"timeline_tab")
        self.timeline_layout = QVBoxLayout(self.timeline_tab)
        self.timeline_layout.setObjectName(u"timeline_layout")
        self.timeline_table = QTableView(self.timeline_tab)
        self.timeline_table.setObjectName(u"timeline_table")
        self.timeline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.setWordWrap(False)
        self.timeline_table.horizontalHeader().setStretchLastSection(True)
        self.timeline_table.verticalHeader().setVisible(False)

        self.timeline_layout.addWidget(self.timeline_table)

        self.record_tabs.addTab(self.timeline_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_layout = QVBoxLayout(self.documents_tab)
        self.documents_layout.setObjectName(u"documents_layout")
        self.document_list = QListWidget(self.documents_tab)
        self.document_list.setObjectName(u"document_list")

        self.documents_layout.addWidget(self.document_list)

        self.document_button_layout = QHBoxLayout()
        self.document_button_layout.setObjectName(u"document_button_layout")
        self.document_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.document_button_layout.addItem(self.document_spacer)

        self.add_document_button = QPushButton(self.documents_tab)
        self.add_document_button.setObjectName(u"add_document_button")

        self.document_button_layout.addWidget(self.add_document_button)

        self.save_document_button = QPushButton(self.documents_tab)
        self.save_document_button.setObjectName(u"save_document_button")

        self.document_button_layout.addWidget(self.save_document_button)


        self.documents_layout.addLayout(self.document_button_layout)

        self.record_tabs.addTab(self.documents_tab, "")

        self.main_layout.addWidget(self.record_tabs)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.message_label = QLabel(request_window)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.bottom_layout.addWidget(self.message_label)

        self.close_window_button = QPushButton(request_window)
        self.close_window_button.setObjectName(u"close_window_button")

        self.bottom_layout.addWidget(self.close_window_button)

        self.bottom_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.bottom_layout)

        QWidget.setTabOrder(self.link_client_button, self.verify_identity_button)
        QWidget.setTabOrder(self.verify_identity_button, self.carry_out_button)
        QWidget.setTabOrder(self.carry_out_button, self.extend_button)
        QWidget.setTabOrder(self.extend_button, self.letter_button)
        QWidget.setTabOrder(self.letter_button, self.close_button)
        QWidget.setTabOrder(self.close_button, self.record_tabs)
        QWidget.setTabOrder(self.record_tabs, self.timeline_table)
        QWidget.setTabOrder(self.timeline_table, self.document_list)
        QWidget.setTabOrder(self.document_list, self.add_document_button)
        QWidget.setTabOrder(self.add_document_button, self.save_document_button)
        QWidget.setTabOrder(self.save_document_button, self.close_window_button)

        self.retranslateUi(request_window)

        QMetaObject.connectSlotsByName(request_window)
    # setupUi

    def retranslateUi(self, request_window):
        request_window.setWindowTitle(QCoreApplication.translate("RequestWindow", u"AVG-verzoek", None))
        self.type_caption.setText(QCoreApplication.translate("RequestWindow", u"Soort", None))
        self.subject_caption.setText(QCoreApplication.translate("RequestWindow", u"Betrokkene", None))
        self.received_caption.setText(QCoreApplication.translate("RequestWindow", u"Ontvangen", None))
        self.status_caption.setText(QCoreApplication.translate("RequestWindow", u"Status", None))
        self.description_caption.setText(QCoreApplication.translate("RequestWindow", u"Omschrijving", None))
#if QT_CONFIG(tooltip)
        self.link_client_button.setToolTip(QCoreApplication.translate("RequestWindow", u"Het verzoek koppelen aan het dossier van de betrokkene (alleen v\u00f3\u00f3r de identiteitscontrole)", None))
#endif // QT_CONFIG(tooltip)
        self.link_client_button.setText(QCoreApplication.translate("RequestWindow", u"&Koppelen aan dossier\u2026", None))
#if QT_CONFIG(tooltip)
        self.verify_identity_button.setToolTip(QCoreApplication.translate("RequestWindow", u"De identiteitscontrole van de verzoeker vastleggen (Ctrl+Shift+I)", None))
#endif // QT_CONFIG(tooltip)
        self.verify_identity_button.setText(QCoreApplication.translate("RequestWindow", u"&Identiteit vastleggen\u2026", None))
        self.action_group.setTitle(QCoreApplication.translate("RequestWindow", u"Afhandeling", None))
#if QT_CONFIG(tooltip)
        self.carry_out_button.setToolTip(QCoreApplication.translate("RequestWindow", u"Het verzoek uitvoeren (Ctrl+Shift+U)", None))
#endif // QT_CONFIG(tooltip)
        self.carry_out_button.setText(QCoreApplication.translate("RequestWindow", u"&Uitvoeren\u2026", None))
#if QT_CONFIG(tooltip)
        self.extend_button.setToolTip(QCoreApplication.translate("RequestWindow", u"De termijn verlengen met \u00e9\u00e9n of twee maanden (Ctrl+Shift+L)", None))
#endif // QT_CONFIG(tooltip)
        self.extend_button.setText(QCoreApplication.translate("RequestWindow", u"Termijn &verlengen\u2026", None))
#if QT_CONFIG(tooltip)
        self.letter_button.setToolTip(QCoreApplication.translate("RequestWindow", u"Een brief aan de verzoeker maken (Ctrl+Shift+B)", None))
#endif // QT_CONFIG(tooltip)
        self.letter_button.setText(QCoreApplication.translate("RequestWindow", u"&Brief\u2026", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("RequestWindow", u"Het besluit vastleggen en het verzoek afsluiten (Ctrl+Shift+H)", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("RequestWindow", u"Af&handelen\u2026", None))
        self.record_tabs.setTabText(self.record_tabs.indexOf(self.timeline_tab), QCoreApplication.translate("RequestWindow", u"Verloop", None))
#if QT_CONFIG(tooltip)
        self.add_document_button.setToolTip(QCoreApplication.translate("RequestWindow", u"De brief of e-mail van de verzoeker toevoegen", None))
#endif // QT_CONFIG(tooltip)
        self.add_document_button.setText(QCoreApplication.translate("RequestWindow", u"Stuk &toevoegen\u2026", None))
#if QT_CONFIG(tooltip)
        self.save_document_button.setToolTip(QCoreApplication.translate("RequestWindow", u"Het gekozen stuk als bestand opslaan", None))
#endif // QT_CONFIG(tooltip)
        self.save_document_button.setText(QCoreApplication.translate("RequestWindow", u"&Opslaan als\u2026", None))
        self.record_tabs.setTabText(self.record_tabs.indexOf(self.documents_tab), QCoreApplication.translate("RequestWindow", u"Stukken", None))
#if QT_CONFIG(tooltip)
        self.close_window_button.setToolTip(QCoreApplication.translate("RequestWindow", u"Dit venster sluiten (Esc)", None))
#endif // QT_CONFIG(tooltip)
        self.close_window_button.setText(QCoreApplication.translate("RequestWindow", u"Sluiten", None))
    # retranslateUi

