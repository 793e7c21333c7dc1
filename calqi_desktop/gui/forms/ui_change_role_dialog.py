# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_role_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChangeRoleDialog(object):
    def setupUi(self, change_role_dialog):
        if not change_role_dialog.objectName():
            change_role_dialog.setObjectName(u"change_role_dialog")
        change_role_dialog.resize(440, 240)
        self.main_layout = QVBoxLayout(change_role_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(change_role_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.role_caption = QLabel(change_role_dialog)
        self.role_caption.setObjectName(u"role_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.role_caption)

        self.role_combo = QComboBox(change_role_dialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role_combo)


        self.main_layout.addLayout(self.form_layout)

        self.own_role_warning_label = QLabel(change_role_dialog)
        self.own_role_warning_label.setObjectName(u"own_role_warning_label")
        self.own_role_warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.own_role_warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.own_role_warning_label)

        self.error_label = QLabel(change_role_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(change_role_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.role_caption.setBuddy(self.role_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(change_role_dialog)

        QMetaObject.connectSlotsByName(change_role_dialog)
    # setupUi

    def retranslateUi(self, change_role_dialog):
        change_role_dialog.setWindowTitle(QCoreApplication.translate("ChangeRoleDialog", u"Rol wijzigen", None))
        self.role_caption.setText(QCoreApplication.translate("ChangeRoleDialog", u"&Nieuwe rol", None))
        self.own_role_warning_label.setText(QCoreApplication.translate("ChangeRoleDialog", u"Let op: dit is uw eigen account. Als u geen beheerder meer bent, kunt u medewerkers niet meer beheren.", None))
    # retranslateUi

