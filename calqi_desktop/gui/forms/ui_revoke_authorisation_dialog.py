# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'revoke_authorisation_dialog.ui'
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

class Ui_RevokeAuthorisationDialog(object):
    def setupUi(self, revoke_authorisation_dialog):
        if not revoke_authorisation_dialog.objectName():
            revoke_authorisation_dialog.setObjectName(u"revoke_authorisation_dialog")
        revoke_authorisation_dialog.resize(460, 200)
        self.main_layout = QVBoxLayout(revoke_authorisation_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(revoke_authorisation_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.revoked_on_caption = QLabel(revoke_authorisation_dialog)
        self.revoked_on_caption.setObjectName(u"revoked_on_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.revoked_on_caption)

        self.revoked_on_layout = QVBoxLayout()
        self.revoked_on_layout.setSpacing(2)
        self.revoked_on_layout.setObjectName(u"revoked_on_layout")
        self.revoked_on_edit = QLineEdit(revoke_authorisation_dialog)
        self.revoked_on_edit.setObjectName(u"revoked_on_edit")
        self.revoked_on_edit.setMaxLength(10)

        self.revoked_on_layout.addWidget(self.revoked_on_edit)

        self.revoked_on_error_label = QLabel(revoke_authorisation_dialog)
        self.revoked_on_error_label.setObjectName(u"revoked_on_error_label")
        self.revoked_on_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.revoked_on_error_label.setWordWrap(True)

        self.revoked_on_layout.addWidget(self.revoked_on_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.revoked_on_layout)

        self.reason_caption = QLabel(revoke_authorisation_dialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason_layout = QVBoxLayout()
        self.reason_layout.setSpacing(2)
        self.reason_layout.setObjectName(u"reason_layout")
        self.reason_edit = QLineEdit(revoke_authorisation_dialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setMaxLength(2000)

        self.reason_layout.addWidget(self.reason_edit)

        self.reason_error_label = QLabel(revoke_authorisation_dialog)
        self.reason_error_label.setObjectName(u"reason_error_label")
        self.reason_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_error_label.setWordWrap(True)

        self.reason_layout.addWidget(self.reason_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.reason_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(revoke_authorisation_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(revoke_authorisation_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.revoked_on_caption.setBuddy(self.revoked_on_edit)
        self.reason_caption.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.revoked_on_edit, self.reason_edit)

        self.retranslateUi(revoke_authorisation_dialog)

        QMetaObject.connectSlotsByName(revoke_authorisation_dialog)
    # setupUi

    def retranslateUi(self, revoke_authorisation_dialog):
        revoke_authorisation_dialog.setWindowTitle(QCoreApplication.translate("RevokeAuthorisationDialog", u"Machtiging intrekken", None))
        self.revoked_on_caption.setText(QCoreApplication.translate("RevokeAuthorisationDialog", u"&Ingetrokken op", None))
        self.revoked_on_edit.setPlaceholderText(QCoreApplication.translate("RevokeAuthorisationDialog", u"dd-mm-jjjj", None))
        self.reason_caption.setText(QCoreApplication.translate("RevokeAuthorisationDialog", u"&Reden", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("RevokeAuthorisationDialog", u"bijv. de klant heeft de machtiging ingetrokken", None))
    # retranslateUi

