# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'add_document_dialog.ui'
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

class Ui_AddDocumentDialog(object):
    def setupUi(self, add_document_dialog):
        if not add_document_dialog.objectName():
            add_document_dialog.setObjectName(u"add_document_dialog")
        add_document_dialog.resize(480, 240)
        self.main_layout = QVBoxLayout(add_document_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.file_label = QLabel(add_document_dialog)
        self.file_label.setObjectName(u"file_label")
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_label.setWordWrap(True)

        self.main_layout.addWidget(self.file_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.kind_caption = QLabel(add_document_dialog)
        self.kind_caption.setObjectName(u"kind_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_caption)

        self.kind_combo = QComboBox(add_document_dialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.description_caption = QLabel(add_document_dialog)
        self.description_caption.setObjectName(u"description_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.description_caption)

        self.description_edit = QLineEdit(add_document_dialog)
        self.description_edit.setObjectName(u"description_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.main_layout.addLayout(self.form_layout)

        self.kind_hint_label = QLabel(add_document_dialog)
        self.kind_hint_label.setObjectName(u"kind_hint_label")
        self.kind_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.kind_hint_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(add_document_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.kind_caption.setBuddy(self.kind_combo)
        self.description_caption.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.description_edit)

        self.retranslateUi(add_document_dialog)

        QMetaObject.connectSlotsByName(add_document_dialog)
    # setupUi

    def retranslateUi(self, add_document_dialog):
        add_document_dialog.setWindowTitle(QCoreApplication.translate("AddDocumentDialog", u"Document toevoegen", None))
        self.kind_caption.setText(QCoreApplication.translate("AddDocumentDialog", u"&Soort document", None))
        self.description_caption.setText(QCoreApplication.translate("AddDocumentDialog", u"&Omschrijving", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("AddDocumentDialog", u"bijv. paspoort, geldig tot 2031", None))
    # retranslateUi

