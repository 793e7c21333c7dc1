# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(420, 300)
        self.main_layout = QVBoxLayout(SignInDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.vault_name_label = QLabel(SignInDialog)
        self.vault_name_label.setObjectName(u"vault_name_label")
        self.vault_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.vault_name_label.setWordWrap(True)

        self.main_layout.addWidget(self.vault_name_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.user_name_caption = QLabel(SignInDialog)
        self.user_name_caption.setObjectName(u"user_name_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_name_caption)

        self.user_name_edit = QLineEdit(SignInDialog)
        self.user_name_edit.setObjectName(u"user_name_edit")
        self.user_name_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_name_edit)

        self.password_caption = QLabel(SignInDialog)
        self.password_caption.setObjectName(u"password_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(SignInDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.main_layout.addLayout(self.form_layout)

        self.message_label = QLabel(SignInDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.demo_hint_label = QLabel(SignInDialog)
        self.demo_hint_label.setObjectName(u"demo_hint_label")
        self.demo_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.demo_hint_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(SignInDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.user_name_caption.setBuddy(self.user_name_edit)
        self.password_caption.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_name_edit, self.password_edit)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Aanmelden \u2013 Calqi Desktop", None))
        self.vault_name_label.setText(QCoreApplication.translate("SignInDialog", u"Kluis", None))
        self.user_name_caption.setText(QCoreApplication.translate("SignInDialog", u"&Gebruikersnaam", None))
        self.password_caption.setText(QCoreApplication.translate("SignInDialog", u"&Wachtwoord", None))
    # retranslateUi

