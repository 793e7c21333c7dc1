# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_reason_dialog.ui'
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

class Ui_ChangeReasonDialog(object):
    def setupUi(self, change_reason_dialog):
        if not change_reason_dialog.objectName():
            change_reason_dialog.setObjectName(u"change_reason_dialog")
        change_reason_dialog.resize(480, 240)
        self.main_layout = QVBoxLayout(change_reason_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(change_reason_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.reason_caption = QLabel(change_reason_dialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason_combo = QComboBox(change_reason_dialog)
        self.reason_combo.setObjectName(u"reason_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_combo)

        self.note_caption = QLabel(change_reason_dialog)
        self.note_caption.setObjectName(u"note_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_edit = QLineEdit(change_reason_dialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(change_reason_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(change_reason_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_caption.setBuddy(self.reason_combo)
        self.note_caption.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_combo, self.note_edit)

        self.retranslateUi(change_reason_dialog)

        QMetaObject.connectSlotsByName(change_reason_dialog)
    # setupUi

    def retranslateUi(self, change_reason_dialog):
        change_reason_dialog.setWindowTitle(QCoreApplication.translate("ChangeReasonDialog", u"Reden van de wijziging", None))
        self.explanation_label.setText(QCoreApplication.translate("ChangeReasonDialog", u"Waarom wordt dit dossier gewijzigd? De reden komt met de wijziging in de historie van het dossier.", None))
        self.reason_caption.setText(QCoreApplication.translate("ChangeReasonDialog", u"&Reden", None))
        self.note_caption.setText(QCoreApplication.translate("ChangeReasonDialog", u"&Toelichting", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ChangeReasonDialog", u"bijv. nieuw adres doorgegeven per e-mail", None))
    # retranslateUi

