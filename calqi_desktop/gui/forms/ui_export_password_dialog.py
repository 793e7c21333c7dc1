# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'export_password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExportPasswordDialog(object):
    def setupUi(self, export_password_dialog):
        if not export_password_dialog.objectName():
            export_password_dialog.setObjectName(u"export_password_dialog")
        export_password_dialog.resize(500, 300)
        self.main_layout = QVBoxLayout(export_password_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.protect_check = QCheckBox(export_password_dialog)
        self.protect_check.setObjectName(u"protect_check")
        self.protect_check.setChecked(True)

        self.main_layout.addWidget(self.protect_check)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.password_caption = QLabel(export_password_dialog)
        self.password_caption.setObjectName(u"password_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(export_password_dialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.repeat_caption = QLabel(export_password_dialog)
        self.repeat_caption.setObjectName(u"repeat_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.repeat_caption)

        self.repeat_edit = QLineEdit(export_password_dialog)
        self.repeat_edit.setObjectName(u"repeat_edit")
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.repeat_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(export_password_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.hint_label = QLabel(export_password_dialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(export_password_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.password_caption.setBuddy(self.password_edit)
        self.repeat_caption.setBuddy(self.repeat_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.protect_check, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.repeat_edit)

        self.retranslateUi(export_password_dialog)

        QMetaObject.connectSlotsByName(export_password_dialog)
    # setupUi

    def retranslateUi(self, export_password_dialog):
        export_password_dialog.setWindowTitle(QCoreApplication.translate("ExportPasswordDialog", u"PDF beveiligen", None))
        self.protect_check.setText(QCoreApplication.translate("ExportPasswordDialog", u"&Beveiligen met een wachtwoord (aanbevolen: dit document bevat bijzondere persoonsgegevens)", None))
        self.password_caption.setText(QCoreApplication.translate("ExportPasswordDialog", u"&Wachtwoord", None))
        self.repeat_caption.setText(QCoreApplication.translate("ExportPasswordDialog", u"&Herhaal wachtwoord", None))
        self.hint_label.setText(QCoreApplication.translate("ExportPasswordDialog", u"Kies minstens 12 tekens. Geef het wachtwoord telefonisch door aan de ontvanger, nooit in dezelfde brief of e-mail als het document.", None))
    # retranslateUi

