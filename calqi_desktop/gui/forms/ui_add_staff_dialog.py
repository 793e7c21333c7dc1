# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_staff_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_AddStaffDialog(object):
    def setupUi(self, add_staff_dialog):
        if not add_staff_dialog.objectName():
            add_staff_dialog.setObjectName(u"add_staff_dialog")
        add_staff_dialog.resize(480, 380)
        self.main_layout = QVBoxLayout(add_staff_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.user_name_caption = QLabel(add_staff_dialog)
        self.user_name_caption.setObjectName(u"user_name_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_name_caption)

        self.user_name_edit = QLineEdit(add_staff_dialog)
        self.user_name_edit.setObjectName(u"user_name_edit")
        self.user_name_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_name_edit)

        self.display_name_caption = QLabel(add_staff_dialog)
        self.display_name_caption.setObjectName(u"display_name_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_caption)

        self.display_name_edit = QLineEdit(add_staff_dialog)
        self.display_name_edit.setObjectName(u"display_name_edit")
        self.display_name_edit.setMaxLength(100)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.role_caption = QLabel(add_staff_dialog)
        self.role_caption.setObjectName(u"role_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_caption)

        self.role_combo = QComboBox(add_staff_dialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.password_caption = QLabel(add_staff_dialog)
        self.password_caption.setObjectName(u"password_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(add_staff_dialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.password_repeat_caption = QLabel(add_staff_dialog)
        self.password_repeat_caption.setObjectName(u"password_repeat_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_repeat_caption)

        self.password_repeat_edit = QLineEdit(add_staff_dialog)
        self.password_repeat_edit.setObjectName(u"password_repeat_edit")
        self.password_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_repeat_edit)


        self.main_layout.addLayout(self.form_layout)

        self.password_hint_label = QLabel(add_staff_dialog)
        self.password_hint_label.setObjectName(u"password_hint_label")
        self.password_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.password_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.password_hint_label)

        self.error_label = QLabel(add_staff_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(add_staff_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.user_name_caption.setBuddy(self.user_name_edit)
        self.display_name_caption.setBuddy(self.display_name_edit)
        self.role_caption.setBuddy(self.role_combo)
        self.password_caption.setBuddy(self.password_edit)
        self.password_repeat_caption.setBuddy(self.password_repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_name_edit, self.display_name_edit)
        QWidget.setTabOrder(self.display_name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.password_repeat_edit)

        self.retranslateUi(add_staff_dialog)

        QMetaObject.connectSlotsByName(add_staff_dialog)
    # setupUi

    def retranslateUi(self, add_staff_dialog):
        add_staff_dialog.setWindowTitle(QCoreApplication.translate("AddStaffDialog", u"Medewerker toevoegen", None))
        self.user_name_caption.setText(QCoreApplication.translate("AddStaffDialog", u"&Gebruikersnaam", None))
        self.user_name_edit.setPlaceholderText(QCoreApplication.translate("AddStaffDialog", u"bijv. jdeboer", None))
        self.display_name_caption.setText(QCoreApplication.translate("AddStaffDialog", u"&Naam", None))
        self.display_name_edit.setPlaceholderText(QCoreApplication.translate("AddStaffDialog", u"bijv. Jan de Boer", None))
        self.role_caption.setText(QCoreApplication.translate("AddStaffDialog", u"&Rol", None))
        self.password_caption.setText(QCoreApplication.translate("AddStaffDialog", u"&Wachtwoord", None))
        self.password_repeat_caption.setText(QCoreApplication.translate("AddStaffDialog", u"&Herhaal wachtwoord", None))
    # retranslateUi

