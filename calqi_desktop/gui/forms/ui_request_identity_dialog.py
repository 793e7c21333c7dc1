# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_identity_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RequestIdentityDialog(object):
    def setupUi(self, request_identity_dialog):
        if not request_identity_dialog.objectName():
            request_identity_dialog.setObjectName(u"request_identity_dialog")
        request_identity_dialog.resize(560, 420)
        self.main_layout = QVBoxLayout(request_identity_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(request_identity_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.verify_widget = QWidget(request_identity_dialog)
        self.verify_widget.setObjectName(u"verify_widget")
        self.form_layout = QFormLayout(self.verify_widget)
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setContentsMargins(0, 0, 0, 0)
        self.method_caption = QLabel(self.verify_widget)
        self.method_caption.setObjectName(u"method_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.method_caption)

        self.method_combo = QComboBox(self.verify_widget)
        self.method_combo.setObjectName(u"method_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.masked_check = QCheckBox(self.verify_widget)
        self.masked_check.setObjectName(u"masked_check")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.masked_check)

        self.masked_error_label = QLabel(self.verify_widget)
        self.masked_error_label.setObjectName(u"masked_error_label")
        self.masked_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.masked_error_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.masked_error_label)

        self.checked_caption = QLabel(self.verify_widget)
        self.checked_caption.setObjectName(u"checked_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.checked_caption)

        self.checked_date_edit = QDateEdit(self.verify_widget)
        self.checked_date_edit.setObjectName(u"checked_date_edit")
        self.checked_date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.checked_date_edit)

        self.checked_error_label = QLabel(self.verify_widget)
        self.checked_error_label.setObjectName(u"checked_error_label")
        self.checked_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.checked_error_label.setWordWrap(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.checked_error_label)

        self.note_caption = QLabel(self.verify_widget)
        self.note_caption.setObjectName(u"note_caption")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_edit = QLineEdit(self.verify_widget)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.note_error_label = QLabel(self.verify_widget)
        self.note_error_label.setObjectName(u"note_error_label")
        self.note_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.note_error_label.setWordWrap(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.note_error_label)


        self.main_layout.addWidget(self.verify_widget)

        self.failed_group = QGroupBox(request_identity_dialog)
        self.failed_group.setObjectName(u"failed_group")
        self.failed_layout = QVBoxLayout(self.failed_group)
        self.failed_layout.setObjectName(u"failed_layout")
        self.failed_hint_label = QLabel(self.failed_group)
        self.failed_hint_label.setObjectName(u"failed_hint_label")
        self.failed_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.failed_hint_label.setWordWrap(True)

        self.failed_layout.addWidget(self.failed_hint_label)

        self.reason_caption = QLabel(self.failed_group)
        self.reason_caption.setObjectName(u"reason_caption")

        self.failed_layout.addWidget(self.reason_caption)

        self.reason_edit = QPlainTextEdit(self.failed_group)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.failed_layout.addWidget(self.reason_edit)

        self.reason_error_label = QLabel(self.failed_group)
        self.reason_error_label.setObjectName(u"reason_error_label")
        self.reason_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_error_label.setWordWrap(True)

        self.failed_layout.addWidget(self.reason_error_label)


        self.main_layout.addWidget(self.failed_group)

        self.failed_button_layout = QHBoxLayout()
        self.failed_button_layout.setObjectName(u"failed_button_layout")
        self.identity_failed_button = QPushButton(request_identity_dialog)
        self.identity_failed_button.setObjectName(u"identity_failed_button")

        self.failed_button_layout.addWidget(self.identity_failed_button)

        self.failed_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.failed_button_layout.addItem(self.failed_button_spacer)


        self.main_layout.addLayout(self.failed_button_layout)

        self.error_label = QLabel(request_identity_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(request_identity_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.method_caption.setBuddy(self.method_combo)
        self.checked_caption.setBuddy(self.checked_date_edit)
        self.note_caption.setBuddy(self.note_edit)
        self.reason_caption.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.method_combo, self.masked_check)
        QWidget.setTabOrder(self.masked_check, self.checked_date_edit)
        QWidget.setTabOrder(self.checked_date_edit, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.identity_failed_button)

        self.retranslateUi(request_identity_dialog)

        QMetaObject.connectSlotsByName(request_identity_dialog)
    # setupUi

    def retranslateUi(self, request_identity_dialog):
        request_identity_dialog.setWindowTitle(QCoreApplication.translate("RequestIdentityDialog", u"Identiteit van de verzoeker", None))
        self.explanation_label.setText(QCoreApplication.translate("RequestIdentityDialog", u"Leg vast hoe is vastgesteld dat de verzoeker echt de betrokkene is. Pas daarna worden gegevens verstrekt of gewijzigd.", None))
        self.method_caption.setText(QCoreApplication.translate("RequestIdentityDialog", u"&Hoe", None))
        self.masked_check.setText(QCoreApplication.translate("RequestIdentityDialog", u"BSN en pasfoto op de kopie zijn &afgeschermd (onleesbaar gemaakt)", None))
        self.checked_caption.setText(QCoreApplication.translate("RequestIdentityDialog", u"&Datum", None))
        self.checked_date_edit.setDisplayFormat(QCoreApplication.translate("RequestIdentityDialog", u"dd-MM-yyyy", None))
        self.note_caption.setText(QCoreApplication.translate("RequestIdentityDialog", u"&Toelichting", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("RequestIdentityDialog", u"bijv. rijbewijs getoond aan de balie (geen nummers overnemen)", None))
        self.failed_group.setTitle(QCoreApplication.translate("RequestIdentityDialog", u"Identiteit kon niet worden vastgesteld", None))
        self.failed_hint_label.setText(QCoreApplication.translate("RequestIdentityDialog", u"Het verzoek wordt dan afgesloten. De verzoeker krijgt een brief met de reden en de mogelijkheid om te klagen bij de Autoriteit Persoonsgegevens.", None))
        self.reason_caption.setText(QCoreApplication.translate("RequestIdentityDialog", u"&Reden", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("RequestIdentityDialog", u"bijv. geen afgeschermde kopie ontvangen na herhaald verzoek", None))
        self.identity_failed_button.setText(QCoreApplication.translate("RequestIdentityDialog", u"Identiteit kon &niet worden vastgesteld\u2026", None))
    # retranslateUi

