# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'reset_password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ResetPasswordDialog(object):
    def setupUi(self, reset_password_dialog):
        if not reset_password_dialog.objectName():
            reset_password_dialog.setObjectName(u"reset_password_dialog")
        reset_password_dialog.resize(520, 400)
        self.main_layout = QVBoxLayout(reset_password_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(reset_password_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.password_caption = QLabel(reset_password_dialog)
        self.password_caption.setObjectName(u"password_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(reset_password_dialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_repeat_caption = QLabel(reset_password_dialog)
        self.password_repeat_caption.setObjectName(u"password_repeat_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_repeat_caption)

        self.password_repeat_edit = QLineEdit(reset_password_dialog)
        self.password_repeat_edit.setObjectName(u"password_repeat_edit")
        self.password_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_repeat_edit)


        self.main_layout.addLayout(self.form_layout)

        self.suggestion_layout = QHBoxLayout()
        self.suggestion_layout.setObjectName(u"suggestion_layout")
        self.suggest_password_button = QPushButton(reset_password_dialog)
        self.suggest_password_button.setObjectName(u"suggest_password_button")

        self.suggestion_layout.addWidget(self.suggest_password_button)

        self.suggested_password_edit = QLineEdit(reset_password_dialog)
        self.suggested_password_edit.setObjectName(u"suggested_password_edit")
        self.suggested_password_edit.setReadOnly(True)

        self.suggestion_layout.addWidget(self.suggested_password_edit)

        self.copy_password_button = QPushButton(reset_password_dialog)
        self.copy_password_button.setObjectName(u"copy_password_button")

        self.suggestion_layout.addWidget(self.copy_password_button)


        self.main_layout.addLayout(self.suggestion_layout)

        self.copy_note_label = QLabel(reset_password_dialog)
        self.copy_note_label.setObjectName(u"copy_note_label")
        self.copy_note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_note_label.setWordWrap(True)

        self.main_layout.addWidget(self.copy_note_label)

        self.password_hint_label = QLabel(reset_password_dialog)
        self.password_hint_label.setObjectName(u"password_hint_label")
        self.password_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.password_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.password_hint_label)

        self.error_label = QLabel(reset_password_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(reset_password_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.password_caption.setBuddy(self.password_edit)
        self.password_repeat_caption.setBuddy(self.password_repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.password_edit, self.password_repeat_edit)
        QWidget.setTabOrder(self.password_repeat_edit, self.suggest_password_button)
        QWidget.setTabOrder(self.suggest_password_button, self.suggested_password_edit)
        QWidget.setTabOrder(self.suggested_password_edit, self.copy_password_button)

        self.retranslateUi(reset_password_dialog)

        QMetaObject.connectSlotsByName(reset_password_dialog)
    # setupUi

    def retranslateUi(self, reset_password_dialog):
        reset_password_dialog.setWindowTitle(QCoreApplication.translate("ResetPasswordDialog", u"Wachtwoord opnieuw instellen", None))
        self.password_caption.setText(QCoreApplication.translate("ResetPasswordDialog", u"&Tijdelijk wachtwoord", None))
        self.password_repeat_caption.setText(QCoreApplication.translate("ResetPasswordDialog", u"&Herhaal wachtwoord", None))
        self.suggest_password_button.setText(QCoreApplication.translate("ResetPasswordDialog", u"Wachtwoord &voorstellen", None))
        self.copy_password_button.setText(QCoreApplication.translate("ResetPasswordDialog", u"&Kopi\u00ebren", None))
    # retranslateUi

