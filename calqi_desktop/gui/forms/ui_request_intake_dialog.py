# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_intake_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RequestIntakeDialog(object):
    def setupUi(self, request_intake_dialog):
        if not request_intake_dialog.objectName():
            request_intake_dialog.setObjectName(u"request_intake_dialog")
        request_intake_dialog.resize(640, 720)
        self.main_layout = QVBoxLayout(request_intake_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.type_caption = QLabel(request_intake_dialog)
        self.type_caption.setObjectName(u"type_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.type_caption)

        self.type_combo = QComboBox(request_intake_dialog)
        self.type_combo.setObjectName(u"type_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.received_caption = QLabel(request_intake_dialog)
        self.received_caption.setObjectName(u"received_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.received_caption)

        self.received_date_edit = QDateEdit(request_intake_dialog)
        self.received_date_edit.setObjectName(u"received_date_edit")
        self.received_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.received_date_edit)

        self.received_error_label = QLabel(request_intake_dialog)
        self.received_error_label.setObjectName(u"received_error_label")
        self.received_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.received_error_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.received_error_label)

        self.channel_caption = QLabel(request_intake_dialog)
        self.channel_caption.setObjectName(u"channel_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channel_caption)

        self.channel_combo = QComboBox(request_intake_dialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channel_combo)


        self.main_layout.addLayout(self.form_layout)

        self.requester_group = QGroupBox(request_intake_dialog)
        self.requester_group.setObjectName(u"requester_group")
        self.requester_layout = QVBoxLayout(self.requester_group)
        self.requester_layout.setObjectName(u"requester_layout")
        self.requester_choice_layout = QHBoxLayout()
        self.requester_choice_layout.setObjectName(u"requester_choice_layout")
        self.in_vault_radio = QRadioButton(self.requester_group)
        self.in_vault_radio.setObjectName(u"in_vault_radio")
        self.in_vault_radio.setChecked(True)

        self.requester_choice_layout.addWidget(self.in_vault_radio)

        self.not_in_vault_radio = QRadioButton(self.requester_group)
        self.not_in_vault_radio.setObjectName(u"not_in_vault_radio")

        self.requester_choice_layout.addWidget(self.not_in_vault_radio)

        self.requester_choice_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.requester_choice_layout.addItem(self.requester_choice_spacer)


        self.requester_layout.addLayout(self.requester_choice_layout)

        self.client_widget = QWidget(self.requester_group)
        self.client_widget.setObjectName(u"client_widget")
        self.client_layout = QVBoxLayout(self.client_widget)
        self.client_layout.setObjectName(u"client_layout")
        self.client_layout.setContentsMargins(0, 0, 0, 0)
        self.client_search_edit = QLineEdit(self.client_widget)
        self.client_search_edit.setObjectName(u"client_search_edit")
        self.client_search_edit.setClearButtonEnabled(True)

        self.client_layout.addWidget(self.client_search_edit)

        self.client_list = QListWidget(self.client_widget)
        self.client_list.setObjectName(u"client_list")

        self.client_layout.addWidget(self.client_list)

        self.client_error_label = QLabel(self.client_widget)
        self.client_error_label.setObjectName(u"client_error_label")
        self.client_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.client_error_label.setWordWrap(True)

        self.client_layout.addWidget(self.client_error_label)


        self.requester_layout.addWidget(self.client_widget)

        self.requester_widget = QWidget(self.requester_group)
        self.requester_widget.setObjectName(u"requester_widget")
        self.requester_form_layout = QFormLayout(self.requester_widget)
        self.requester_form_layout.setObjectName(u"requester_form_layout")
        self.requester_form_layout.setContentsMargins(0, 0, 0, 0)
        self.requester_name_caption = QLabel(self.requester_widget)
        self.requester_name_caption.setObjectName(u"requester_name_caption")

        self.requester_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requester_name_caption)

        self.requester_name_edit = QLineEdit(self.requester_widget)
        self.requester_name_edit.setObjectName(u"requester_name_edit")
        self.requester_name_edit.setMaxLength(200)

        self.requester_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requester_name_edit)

        self.requester_name_error_label = QLabel(self.requester_widget)
        self.requester_name_error_label.setObjectName(u"requester_name_error_label")
        self.requester_name_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requester_name_error_label.setWordWrap(True)

        self.requester_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requester_name_error_label)

        self.requester_email_caption = QLabel(self.requester_widget)
        self.requester_email_caption.setObjectName(u"requester_email_caption")

        self.requester_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requester_email_caption)

        self.requester_email_edit = QLineEdit(self.requester_widget)
        self.requester_email_edit.setObjectName(u"requester_email_edit")

        self.requester_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requester_email_edit)

        self.requester_email_error_label = QLabel(self.requester_widget)
        self.requester_email_error_label.setObjectName(u"requester_email_error_label")
        self.requester_email_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requester_email_error_label.setWordWrap(True)

        self.requester_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requester_email_error_label)

        self.requester_phone_caption = QLabel(self.requester_widget)
        self.requester_phone_caption.setObjectName(u"requester_phone_caption")

        self.requester_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.requester_phone_caption)

        self.requester_phone_edit = QLineEdit(self.requester_widget)
        self.requester_phone_edit.setObjectName(u"requester_phone_edit")

        self.requester_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.requester_phone_edit)

        self.requester_phone_error_label = QLabel(self.requester_widget)
        self.requester_phone_error_label.setObjectName(u"requester_phone_error_label")
        self.requester_phone_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requester_phone_error_label.setWordWrap(True)

        self.requester_form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.requester_phone_error_label)

        self.requester_address_caption = QLabel(self.requester_widget)
        self.requester_address_caption.setObjectName(u"requester_address_caption")

        self.requester_form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.requester_address_caption)

        self.requester_address_edit = QPlainTextEdit(self.requester_widget)
        self.requester_address_edit.setObjectName(u"requester_address_edit")
        self.requester_address_edit.setTabChangesFocus(True)

        self.requester_form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.requester_address_edit)

        self.requester_address_error_label = QLabel(self.requester_widget)
        self.requester_address_error_label.setObjectName(u"requester_address_error_label")
        self.requester_address_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requester_address_error_label.setWordWrap(True)

        self.requester_form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.requester_address_error_label)


        self.requester_layout.addWidget(self.requester_widget)


        self.main_layout.addWidget(self.requester_group)

        self.details_layout = QFormLayout()
        self.details_layout.setObjectName(u"details_layout")
        self.description_caption = QLabel(request_intake_dialog)
        self.description_caption.setObjectName(u"description_caption")

        self.details_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.description_caption)

        self.description_edit = QPlainTextEdit(request_intake_dialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.details_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.description_error_label = QLabel(request_intake_dialog)
        self.description_error_label.setObjectName(u"description_error_label")
        self.description_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_error_label.setWordWrap(True)

        self.details_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_error_label)

        self.attachment_caption = QLabel(request_intake_dialog)
        self.attachment_caption.setObjectName(u"attachment_caption")

        self.details_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.attachment_caption)

        self.attachment_layout = QHBoxLayout()
        self.attachment_layout.setObjectName(u"attachment_layout")
        self.attachment_label = QLabel(request_intake_dialog)
        self.attachment_label.setObjectName(u"attachment_label")
        self.attachment_label.setTextFormat(Qt.TextFormat.PlainText)

        self.attachment_layout.addWidget(self.attachment_label)

        self.attachment_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attachment_layout.addItem(self.attachment_spacer)

        self.attachment_button = QPushButton(request_intake_dialog)
        self.attachment_button.setObjectName(u"attachment_button")

        self.attachment_layout.addWidget(self.attachment_button)

        self.attachment_clear_button = QPushButton(request_intake_dialog)
        self.attachment_clear_button.setObjectName(u"attachment_clear_button")

        self.attachment_layout.addWidget(self.attachment_clear_button)


        self.details_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.attachment_layout)


        self.main_layout.addLayout(self.details_layout)

        self.error_label = QLabel(request_intake_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(request_intake_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.type_caption.setBuddy(self.type_combo)
        self.received_caption.setBuddy(self.received_date_edit)
        self.channel_caption.setBuddy(self.channel_combo)
        self.requester_name_caption.setBuddy(self.requester_name_edit)
        self.requester_email_caption.setBuddy(self.requester_email_edit)
        self.requester_phone_caption.setBuddy(self.requester_phone_edit)
        self.requester_address_caption.setBuddy(self.requester_address_edit)
        self.description_caption.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.type_combo, self.received_date_edit)
        QWidget.setTabOrder(self.received_date_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.in_vault_radio)
        QWidget.setTabOrder(self.in_vault_radio, self.not_in_vault_radio)
        QWidget.setTabOrder(self.not_in_vault_radio, self.client_search_edit)
        QWidget.setTabOrder(self.client_search_edit, self.client_list)
        QWidget.setTabOrder(self.client_list, self.requester_name_edit)
        QWidget.setTabOrder(self.requester_name_edit, self.requester_email_edit)
        QWidget.setTabOrder(self.requester_email_edit, self.requester_phone_edit)
        QWidget.setTabOrder(self.requester_phone_edit, self.requester_address_edit)
        QWidget.setTabOrder(self.requester_address_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.attachment_button)
        QWidget.setTabOrder(self.attachment_button, self.attachment_clear_button)

        self.retranslateUi(request_intake_dialog)

        QMetaObject.connectSlotsByName(request_intake_dialog)
    # setupUi

    def retranslateUi(self, request_intake_dialog):
        request_intake_dialog.setWindowTitle(QCoreApplication.translate("RequestIntakeDialog", u"Nieuw AVG-verzoek", None))
        self.type_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Soort verzoek", None))
        self.received_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Ontvangen op", None))
        self.received_date_edit.setDisplayFormat(QCoreApplication.translate("RequestIntakeDialog", u"dd-MM-yyyy", None))
        self.channel_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Binnengekomen per", None))
        self.requester_group.setTitle(QCoreApplication.translate("RequestIntakeDialog", u"Verzoeker", None))
        self.in_vault_radio.setText(QCoreApplication.translate("RequestIntakeDialog", u"Een &klant in de kluis", None))
        self.not_in_vault_radio.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Niet in de kluis", None))
        self.client_search_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"Zoek het dossier op naam, klantnummer, postcode of plaats", None))
        self.requester_name_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"Na&am", None))
        self.requester_email_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"&E-mailadres", None))
        self.requester_phone_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Telefoon", None))
        self.requester_address_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Adres", None))
        self.requester_address_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"straat en huisnummer, postcode en plaats", None))
        self.description_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Omschrijving", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("RequestIntakeDialog", u"wat er wordt gevraagd, in eigen woorden (zonder BSN of andere bijzondere gegevens)", None))
        self.attachment_caption.setText(QCoreApplication.translate("RequestIntakeDialog", u"Brief of e-mail", None))
        self.attachment_button.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Bestand kiezen\u2026", None))
        self.attachment_clear_button.setText(QCoreApplication.translate("RequestIntakeDialog", u"&Weghalen", None))
    # retranslateUi

