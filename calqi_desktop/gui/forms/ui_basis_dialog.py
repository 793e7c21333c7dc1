# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'basis_dialog.ui'
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

class Ui_BasisDialog(object):
    def setupUi(self, basis_dialog):
        if not basis_dialog.objectName():
            basis_dialog.setObjectName(u"basis_dialog")
        basis_dialog.resize(480, 260)
        self.main_layout = QVBoxLayout(basis_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(basis_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.basis_caption = QLabel(basis_dialog)
        self.basis_caption.setObjectName(u"basis_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.basis_caption)

        self.basis_combo = QComboBox(basis_dialog)
        self.basis_combo.setObjectName(u"basis_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.basis_combo)

        self.note_caption = QLabel(basis_dialog)
        self.note_caption.setObjectName(u"note_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_edit = QLineEdit(basis_dialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.basis_hint_label = QLabel(basis_dialog)
        self.basis_hint_label.setObjectName(u"basis_hint_label")
        self.basis_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.basis_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.basis_hint_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(basis_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.basis_caption.setBuddy(self.basis_combo)
        self.note_caption.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.basis_combo, self.note_edit)

        self.retranslateUi(basis_dialog)

        QMetaObject.connectSlotsByName(basis_dialog)
    # setupUi

    def retranslateUi(self, basis_dialog):
        basis_dialog.setWindowTitle(QCoreApplication.translate("BasisDialog", u"Grondslag vastleggen", None))
        self.basis_caption.setText(QCoreApplication.translate("BasisDialog", u"&Grondslag", None))
        self.note_caption.setText(QCoreApplication.translate("BasisDialog", u"&Toelichting", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("BasisDialog", u"bijv. opdrachtbevestiging van 12-01-2026", None))
    # retranslateUi

