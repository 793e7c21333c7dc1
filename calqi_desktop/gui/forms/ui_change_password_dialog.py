# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, change_password_dialog):
        if not change_password_dialog.objectName():
            change_password_dialog.setObjectName(u"change_password_dialog")
        change_password_dialog.resize(480, 340)
        self.main_layout = QVBoxLayout(change_password_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(change_password_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.current_password_caption = QLabel(change_password_dialog)
        self.current_password_caption.setObjectName(u"current_password_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_password_caption)

        self.current_password_edit = QLineEdit(change_password_dialog)
        self.current_password_edit.setObjectName(u"current_password_edit")
        self.current_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_password_edit)

        self.new_password_caption = QLabel(change_password_dialog)
        self.new_password_caption.setObjectName(u"new_password_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.new_password_caption)

        self.new_password_edit = QLineEdit(change_password_dialog)
        self.new_password_edit.setObjectName(u"new_password_edit")
        self.new_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.new_password_edit)

        self.password_repeat_caption = QLabel(change_password_dialog)
        self.password_repeat_caption.setObjectName(u"password_repeat_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_repeat_caption)

        self.password_repeat_edit = QLineEdit(change_password_dialog)
        self.password_repeat_edit.setObjectName(u"password_repeat_edit")
        self.password_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_repeat_edit)


        self.main_layout.addLayout(self.form_layout)

        self.password_hint_label = QLabel(change_password_dialog)
        self.password_hint_label.setObjectName(u"password_hint_label")
        self.password_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.password_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.password_hint_label)

        self.error_label = QLabel(change_password_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(change_password_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.current_password_caption.setBuddy(self.current_password_edit)
        self.new_password_caption.setBuddy(self.new_password_edit)
        self.password_repeat_caption.setBuddy(self.password_repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.current_password_edit, self.new_password_edit)
        QWidget.setTabOrder(self.new_password_edit, self.password_repeat_edit)

        self.retranslateUi(change_password_dialog)

        QMetaObject.connectSlotsByName(change_password_dialog)
    # setupUi

    def retranslateUi(self, change_password_dialog):
        change_password_dialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Wachtwoord wijzigen", None))
        self.current_password_caption.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Huidig wachtwoord", None))
        self.new_password_caption.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Nieuw wachtwoord", None))
        self.password_repeat_caption.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Herhaal nieuw wachtwoord", None))
    # retranslateUi

