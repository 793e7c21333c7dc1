# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_link_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

class Ui_RequestLinkDialog(object):
    def setupUi(self, request_link_dialog):
        if not request_link_dialog.objectName():
            request_link_dialog.setObjectName(u"request_link_dialog")
        request_link_dialog.resize(600, 520)
        self.main_layout = QVBoxLayout(request_link_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(request_link_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.requester_caption = QLabel(request_link_dialog)
        self.requester_caption.setObjectName(u"requester_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.requester_caption)

        self.requester_label = QLabel(request_link_dialog)
        self.requester_label.setObjectName(u"requester_label")
        self.requester_label.setTextFormat(Qt.TextFormat.PlainText)
        self.requester_label.setWordWrap(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.requester_label)

        self.client_search_caption = QLabel(request_link_dialog)
        self.client_search_caption.setObjectName(u"client_search_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_search_caption)

        self.client_search_edit = QLineEdit(request_link_dialog)
        self.client_search_edit.setObjectName(u"client_search_edit")
        self.client_search_edit.setClearButtonEnabled(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_search_edit)

        self.client_list = QListWidget(request_link_dialog)
        self.client_list.setObjectName(u"client_list")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.client_list)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(request_link_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(request_link_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.client_search_caption.setBuddy(self.client_search_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.client_search_edit, self.client_list)

        self.retranslateUi(request_link_dialog)

        QMetaObject.connectSlotsByName(request_link_dialog)
    # setupUi

    def retranslateUi(self, request_link_dialog):
        request_link_dialog.setWindowTitle(QCoreApplication.translate("RequestLinkDialog", u"Koppelen aan dossier", None))
        self.explanation_label.setText(QCoreApplication.translate("RequestLinkDialog", u"Zoek het dossier van de betrokkene en koppel het verzoek eraan. Dat kan alleen zolang de identiteit van de verzoeker niet is vastgesteld, en maar \u00e9\u00e9n keer. De naam en contactgegevens die bij de intake zijn ingevuld, vervallen: het dossier houdt ze.", None))
        self.requester_caption.setText(QCoreApplication.translate("RequestLinkDialog", u"Verzoeker", None))
        self.client_search_caption.setText(QCoreApplication.translate("RequestLinkDialog", u"&Dossier", None))
        self.client_search_edit.setPlaceholderText(QCoreApplication.translate("RequestLinkDialog", u"Zoek het dossier op naam, klantnummer, postcode of plaats", None))
    # retranslateUi

