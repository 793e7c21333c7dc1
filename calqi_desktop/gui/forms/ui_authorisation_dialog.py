# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'authorisation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_AuthorisationDialog(object):
    def setupUi(self, authorisation_dialog):
        if not authorisation_dialog.objectName():
            authorisation_dialog.setObjectName(u"authorisation_dialog")
        authorisation_dialog.resize(560, 600)
        self.main_layout = QVBoxLayout(authorisation_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.kind_hint_label = QLabel(authorisation_dialog)
        self.kind_hint_label.setObjectName(u"kind_hint_label")
        self.kind_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.kind_hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_caption = QLabel(authorisation_dialog)
        self.kind_caption.setObjectName(u"kind_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_caption)

        self.kind_layout = QVBoxLayout()
        self.kind_layout.setSpacing(2)
        self.kind_layout.setObjectName(u"kind_layout")
        self.kind_combo = QComboBox(authorisation_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.kind_layout.addWidget(self.kind_combo)

        self.kind_error_label = QLabel(authorisation_dialog)
        self.kind_error_label.setObjectName(u"kind_error_label")
        self.kind_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_error_label.setWordWrap(True)

        self.kind_layout.addWidget(self.kind_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kind_layout)

        self.recipient_kind_caption = QLabel(authorisation_dialog)
        self.recipient_kind_caption.setObjectName(u"recipient_kind_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.recipient_kind_caption)

        self.recipient_kind_layout = QVBoxLayout()
        self.recipient_kind_layout.setSpacing(2)
        self.recipient_kind_layout.setObjectName(u"recipient_kind_layout")
        self.recipient_kind_combo = QComboBox(authorisation_dialog)
        self.recipient_kind_combo.setObjectName(u"recipient_kind_combo")

        self.recipient_kind_layout.addWidget(self.recipient_kind_combo)

        self.recipient_kind_error_label = QLabel(authorisation_dialog)
        self.recipient_kind_error_label.setObjectName(u"recipient_kind_error_label")
        self.recipient_kind_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recipient_kind_error_label.setWordWrap(True)

        self.recipient_kind_layout.addWidget(self.recipient_kind_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.recipient_kind_layout)

        self.recipient_name_caption = QLabel(authorisation_dialog)
        self.recipient_name_caption.setObjectName(u"recipient_name_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipient_name_caption)

        self.recipient_name_layout = QVBoxLayout()
        self.recipient_name_layout.setSpacing(2)
        self.recipient_name_layout.setObjectName(u"recipient_name_layout")
        self.recipient_name_edit = QLineEdit(authorisation_dialog)
        self.recipient_name_edit.setObjectName(u"recipient_name_edit")
        self.recipient_name_edit.setMaxLength(200)

        self.recipient_name_layout.addWidget(self.recipient_name_edit)

        self.recipient_name_error_label = QLabel(authorisation_dialog)
        self.recipient_name_error_label.setObjectName(u"recipient_name_error_label")
        self.recipient_name_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recipient_name_error_label.setWordWrap(True)

        self.recipient_name_layout.addWidget(self.recipient_name_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.recipient_name_layout)

        self.tax_type_caption = QLabel(authorisation_dialog)
        self.tax_type_caption.setObjectName(u"tax_type_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tax_type_caption)

        self.tax_type_layout = QVBoxLayout()
        self.tax_type_layout.setSpacing(2)
        self.tax_type_layout.setObjectName(u"tax_type_layout")
        self.tax_type_combo = QComboBox(authorisation_dialog)
        self.tax_type_combo.setObjectName(u"tax_type_combo")

        self.tax_type_layout.addWidget(self.tax_type_combo)

        self.tax_type_error_label = QLabel(authorisation_dialog)
        self.tax_type_error_label.setObjectName(u"tax_type_error_label")
        self.tax_type_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tax_type_error_label.setWordWrap(True)

        self.tax_type_layout.addWidget(self.tax_type_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.tax_type_layout)

        self.document_types_caption = QLabel(authorisation_dialog)
        self.document_types_caption.setObjectName(u"document_types_caption")
        self.document_types_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.document_types_caption)

        self.document_types_layout = QVBoxLayout()
        self.document_types_layout.setSpacing(2)
        self.document_types_layout.setObjectName(u"document_types_layout")
        self.document_checks_layout = QHBoxLayout()
        self.document_checks_layout.setObjectName(u"document_checks_layout")
        self.tax_return_check = QCheckBox(authorisation_dialog)
        self.tax_return_check.setObjectName(u"tax_return_check")

        self.document_checks_layout.addWidget(self.tax_return_check)

        self.annual_account_check = QCheckBox(authorisation_dialog)
        self.annual_account_check.setObjectName(u"annual_account_check")

        self.document_checks_layout.addWidget(self.annual_account_check)

        self.financial_report_check = QCheckBox(authorisation_dialog)
        self.financial_report_check.setObjectName(u"financial_report_check")

        self.document_checks_layout.addWidget(self.financial_report_check)

        self.document_checks_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.document_checks_layout.addItem(self.document_checks_spacer)


        self.document_types_layout.addLayout(self.document_checks_layout)

        self.document_types_error_label = QLabel(authorisation_dialog)
        self.document_types_error_label.setObjectName(u"document_types_error_label")
        self.document_types_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.document_types_error_label.setWordWrap(True)

        self.document_types_layout.addWidget(self.document_types_error_label)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.document_types_layout)

        self.years_caption = QLabel(authorisation_dialog)
        self.years_caption.setObjectName(u"years_caption")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.years_caption)

        self.years_layout = QVBoxLayout()
        self.years_layout.setSpacing(2)
        self.years_layout.setObjectName(u"years_layout")
        self.years_line_layout = QHBoxLayout()
        self.years_line_layout.setObjectName(u"years_line_layout")
        self.year_from_edit = QLineEdit(authorisation_dialog)
        self.year_from_edit.setObjectName(u"year_from_edit")
        self.year_from_edit.setMaxLength(4)
        self.year_from_edit.setMaximumSize(QSize(70, 16777215))

        self.years_line_layout.addWidget(self.year_from_edit)

        self.year_to_caption = QLabel(authorisation_dialog)
        self.year_to_caption.setObjectName(u"year_to_caption")
        self.year_to_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.years_line_layout.addWidget(self.year_to_caption)

        self.year_to_edit = QLineEdit(authorisation_dialog)
        self.year_to_edit.setObjectName(u"year_to_edit")
        self.year_to_edit.setMaxLength(4)
        self.year_to_edit.setMaximumSize(QSize(70, 16777215))

        self.years_line_layout.addWidget(self.year_to_edit)

        self.years_hint_label = QLabel(authorisation_dialog)
        self.years_hint_label.setObjectName(u"years_hint_label")
        self.years_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.years_hint_label.setWordWrap(True)

        self.years_line_layout.addWidget(self.years_hint_label)

        self.years_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.years_line_layout.addItem(self.years_spacer)


        self.years_layout.addLayout(self.years_line_layout)

        self.year_from_error_label = QLabel(authorisation_dialog)
        self.year_from_error_label.setObjectName(u"year_from_error_label")
        self.year_from_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.year_from_error_label.setWordWrap(True)

        self.years_layout.addWidget(self.year_from_error_label)

        self.year_to_error_label = QLabel(authorisation_dialog)
        self.year_to_error_label.setObjectName(u"year_to_error_label")
        self.year_to_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.year_to_error_label.setWordWrap(True)

        self.years_layout.addWidget(self.year_to_error_label)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.years_layout)

        self.requested_on_caption = QLabel(authorisation_dialog)
        self.requested_on_caption.setObjectName(u"requested_on_caption")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.requested_on_caption)

        self.requested_on_layout = QVBoxLayout()
        self.requested_on_layout.setSpacing(2)
        self.requested_on_layout.setObjectName(u"requested_on_layout")
        self.requested_on_edit = QLineEdit(authorisation_dialog)
        self.requested_on_edit.setObjectName(u"requested_on_edit")
        self.requested_on_edit.setMaxLength(10)

        self.requested_on_layout.addWidget(self.requested_on_edit)

        self.requested_on_error_label = QLabel(authorisation_dialog)
        self.requested_on_error_label.setObjectName(u"requested_on_error_label")
        self.requested_on_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requested_on_error_label.setWordWrap(True)

        self.requested_on_layout.addWidget(self.requested_on_error_label)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.requested_on_layout)

        self.valid_from_caption = QLabel(authorisation_dialog)
        self.valid_from_caption.setObjectName(u"valid_from_caption")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.valid_from_caption)

        self.valid_from_layout = QVBoxLayout()
        self.valid_from_layout.setSpacing(2)
        self.valid_from_layout.setObjectName(u"valid_from_layout")
        self.valid_from_edit = QLineEdit(authorisation_dialog)
        self.valid_from_edit.setObjectName(u"valid_from_edit")
        self.valid_from_edit.setMaxLength(10)

        self.valid_from_layout.addWidget(self.valid_from_edit)

        self.valid_from_error_label = QLabel(authorisation_dialog)
        self.valid_from_error_label.setObjectName(u"valid_from_error_label")
        self.valid_from_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.valid_from_error_label.setWordWrap(True)

        self.valid_from_layout.addWidget(self.valid_from_error_label)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.valid_from_layout)

        self.valid_until_caption = QLabel(authorisation_dialog)
        self.valid_until_caption.setObjectName(u"valid_until_caption")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.valid_until_caption)

        self.valid_until_layout = QVBoxLayout()
        self.valid_until_layout.setSpacing(2)
        self.valid_until_layout.setObjectName(u"valid_until_layout")
        self.valid_until_edit = QLineEdit(authorisation_dialog)
        self.valid_until_edit.setObjectName(u"valid_until_edit")
        self.valid_until_edit.setMaxLength(10)

        self.valid_until_layout.addWidget(self.valid_until_edit)

        self.valid_until_error_label = QLabel(authorisation_dialog)
        self.valid_until_error_label.setObjectName(u"valid_until_error_label")
        self.valid_until_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.valid_until_error_label.setWordWrap(True)

        self.valid_until_layout.addWidget(self.valid_until_error_label)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.valid_until_layout)

        self.activation_code_caption = QLabel(authorisation_dialog)
        self.activation_code_caption.setObjectName(u"activation_code_caption")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.activation_code_caption)

        self.activation_code_layout = QVBoxLayout()
        self.activation_code_layout.setSpacing(2)
        self.activation_code_layout.setObjectName(u"activation_code_layout")
        self.activation_code_line_layout = QHBoxLayout()
        self.activation_code_line_layout.setObjectName(u"activation_code_line_layout")
        self.activation_code_edit = QLineEdit(authorisation_dialog)
        self.activation_code_edit.setObjectName(u"activation_code_edit")
        self.activation_code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.activation_code_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData|Qt.InputMethodHint.ImhNoPredictiveText)
        self.activation_code_edit.setMaxLength(40)

        self.activation_code_line_layout.addWidget(self.activation_code_edit)

        self.show_code_check = QCheckBox(authorisation_dialog)
        self.show_code_check.setObjectName(u"show_code_check")

        self.activation_code_line_layout.addWidget(self.show_code_check)


        self.activation_code_layout.addLayout(self.activation_code_line_layout)

        self.activation_code_error_label = QLabel(authorisation_dialog)
        self.activation_code_error_label.setObjectName(u"activation_code_error_label")
        self.activation_code_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.activation_code_error_label.setWordWrap(True)

        self.activation_code_layout.addWidget(self.activation_code_error_label)


        self.form_layout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.activation_code_layout)

        self.activated_on_caption = QLabel(authorisation_dialog)
        self.activated_on_caption.setObjectName(u"activated_on_caption")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.activated_on_caption)

        self.activated_on_layout = QVBoxLayout()
        self.activated_on_layout.setSpacing(2)
        self.activated_on_layout.setObjectName(u"activated_on_layout")
        self.activated_on_edit = QLineEdit(authorisation_dialog)
        self.activated_on_edit.setObjectName(u"activated_on_edit")
        self.activated_on_edit.setMaxLength(10)

        self.activated_on_layout.addWidget(self.activated_on_edit)

        self.activated_on_error_label = QLabel(authorisation_dialog)
        self.activated_on_error_label.setObjectName(u"activated_on_error_label")
        self.activated_on_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.activated_on_error_label.setWordWrap(True)

        self.activated_on_layout.addWidget(self.activated_on_error_label)


        self.form_layout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.activated_on_layout)

        self.document_caption = QLabel(authorisation_dialog)
        self.document_caption.setObjectName(u"document_caption")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.document_caption)

        self.document_layout = QVBoxLayout()
        self.document_layout.setSpacing(2)
        self.document_layout.setObjectName(u"document_layout")
        self.document_line_layout = QHBoxLayout()
        self.document_line_layout.setObjectName(u"document_line_layout")
        self.document_combo = QComboBox(authorisation_dialog)
        self.document_combo.setObjectName(u"document_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.document_combo.sizePolicy().hasHeightForWidth())
        self.document_combo.setSizePolicy(sizePolicy)

        self.document_line_layout.addWidget(self.document_combo)

        self.add_document_button = QPushButton(authorisation_dialog)
        self.add_document_button.setObjectName(u"add_document_button")

        self.document_line_layout.addWidget(self.add_document_button)


        self.document_layout.addLayout(self.document_line_layout)

        self.document_error_label = QLabel(authorisation_dialog)
        self.document_error_label.setObjectName(u"document_error_label")
        self.document_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.document_error_label.setWordWrap(True)

        self.document_layout.addWidget(self.document_error_label)


        self.form_layout.setLayout(11, QFormLayout.ItemRole.FieldRole, self.document_layout)

        self.note_caption = QLabel(authorisation_dialog)
        self.note_caption.setObjectName(u"note_caption")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_layout = QVBoxLayout()
        self.note_layout.setSpacing(2)
        self.note_layout.setObjectName(u"note_layout")
        self.note_edit = QLineEdit(authorisation_dialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(2000)

        self.note_layout.addWidget(self.note_edit)

        self.note_error_label = QLabel(authorisation_dialog)
        self.note_error_label.setObjectName(u"note_error_label")
        self.note_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_error_label.setWordWrap(True)

        self.note_layout.addWidget(self.note_error_label)


        self.form_layout.setLayout(12, QFormLayout.ItemRole.FieldRole, self.note_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(authorisation_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(authorisation_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_caption.setBuddy(self.kind_combo)
        self.recipient_kind_caption.setBuddy(self.recipient_kind_combo)
        self.recipient_name_caption.setBuddy(self.recipient_name_edit)
        self.tax_type_caption.setBuddy(self.tax_type_combo)
        self.years_caption.setBuddy(self.year_from_edit)
        self.requested_on_caption.setBuddy(self.requested_on_edit)
        self.valid_from_caption.setBuddy(self.valid_from_edit)
        self.valid_until_caption.setBuddy(self.valid_until_edit)
        self.activation_code_caption.setBuddy(self.activation_code_edit)
        self.activated_on_caption.setBuddy(self.activated_on_edit)
        self.document_caption.setBuddy(self.document_combo)
        self.note_caption.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.recipient_kind_combo)
        QWidget.setTabOrder(self.recipient_kind_combo, self.recipient_name_edit)
        QWidget.setTabOrder(self.recipient_name_edit, self.tax_type_combo)
        QWidget.setTabOrder(self.tax_type_combo, self.tax_return_check)
        QWidget.setTabOrder(self.tax_return_check, self.annual_account_check)
        QWidget.setTabOrder(self.annual_account_check, self.financial_report_check)
        QWidget.setTabOrder(self.financial_report_check, self.year_from_edit)
        QWidget.setTabOrder(self.year_from_edit, self.year_to_edit)
        QWidget.setTabOrder(self.year_to_edit, self.requested_on_edit)
        QWidget.setTabOrder(self.requested_on_edit, self.valid_from_edit)
        QWidget.setTabOrder(self.valid_from_edit, self.valid_until_edit)
        QWidget.setTabOrder(self.valid_until_edit, self.activation_code_edit)
        QWidget.setTabOrder(self.activation_code_edit, self.show_code_check)
        QWidget.setTabOrder(self.show_code_check, self.activated_on_edit)
        QWidget.setTabOrder(self.activated_on_edit, self.document_combo)
        QWidget.setTabOrder(self.document_combo, self.add_document_button)
        QWidget.setTabOrder(self.add_document_button, self.note_edit)

        self.retranslateUi(authorisation_dialog)

        QMetaObject.connectSlotsByName(authorisation_dialog)
    # setupUi

    def retranslateUi(self, authorisation_dialog):
        authorisation_dialog.setWindowTitle(QCoreApplication.translate("AuthorisationDialog", u"Machtiging", None))
        self.kind_hint_label.setText(QCoreApplication.translate("AuthorisationDialog", u"Kies de soort machtiging; velden die er niet bij horen, staan uit.", None))
        self.kind_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"&Soort", None))
        self.recipient_kind_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"&Ontvanger", None))
        self.recipient_name_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"&Naam ontvanger", None))
        self.recipient_name_edit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"bijv. ING Bank N.V. of Gemeente Hoorn", None))
        self.tax_type_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"&Belastingmiddel", None))
        self.document_types_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"Stukken", None))
        self.tax_return_check.setText(QCoreApplication.translate("AuthorisationDialog", u"Belasting&aangifte", None))
        self.annual_account_check.setText(QCoreApplication.translate("AuthorisationDialog", u"&Jaarrekening", None))
        self.financial_report_check.setText(QCoreApplication.translate("AuthorisationDialog", u"&Financi\u00eble rapportage", None))
        self.years_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"Belastingja&ren", None))
        self.year_from_edit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"jjjj", None))
        self.year_to_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"t/m", None))
        self.year_to_edit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"jjjj", None))
        self.requested_on_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"Aangevraagd o&p", None))
        self.requested_on_edit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"dd-mm-jjjj", None))
        self.valid_from_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"&Geldig vanaf", None))
        self.valid_from_edit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"dd-mm-jjjj", None))
        self.valid_until_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"Geldig &tot en met", None))
        self.valid_until_edit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"dd-mm-jjjj", None))
        self.activation_code_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"Acti&veringscode", None))
        self.activation_code_edit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"uit de brief van de Belastingdienst", None))
        self.show_code_check.setText(QCoreApplication.translate("AuthorisationDialog", u"Tonen", None))
        self.activated_on_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"Geact&iveerd op", None))
        self.activated_on_edit.setPlaceholderText(QCoreApplication.translate("AuthorisationDialog", u"dd-mm-jjjj", None))
        self.document_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"Getekend stu&k", None))
        self.add_document_button.setText(QCoreApplication.translate("AuthorisationDialog", u"&Document toevoegen\u2026", None))
#if QT_CONFIG(tooltip)
        self.add_document_button.setToolTip(QCoreApplication.translate("AuthorisationDialog", u"Het getekende formulier (PDF, PNG of JPEG) aan het dossier toevoegen en hier koppelen", None))
#endif // QT_CONFIG(tooltip)
        self.note_caption.setText(QCoreApplication.translate("AuthorisationDialog", u"Notiti&e", None))
    # retranslateUi

