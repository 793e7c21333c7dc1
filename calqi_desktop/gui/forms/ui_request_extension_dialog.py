# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_extension_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_RequestExtensionDialog(object):
    def setupUi(self, request_extension_dialog):
        if not request_extension_dialog.objectName():
            request_extension_dialog.setObjectName(u"request_extension_dialog")
        request_extension_dialog.resize(540, 360)
        self.main_layout = QVBoxLayout(request_extension_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(request_extension_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.current_deadline_caption = QLabel(request_extension_dialog)
        self.current_deadline_caption.setObjectName(u"current_deadline_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.current_deadline_caption)

        self.current_deadline_label = QLabel(request_extension_dialog)
        self.current_deadline_label.setObjectName(u"current_deadline_label")
        self.current_deadline_label.setTextFormat(Qt.TextFormat.PlainText)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.current_deadline_label)

        self.months_caption = QLabel(request_extension_dialog)
        self.months_caption.setObjectName(u"months_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.months_caption)

        self.months_combo = QComboBox(request_extension_dialog)
        self.months_combo.setObjectName(u"months_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.months_combo)

        self.months_error_label = QLabel(request_extension_dialog)
        self.months_error_label.setObjectName(u"months_error_label")
        self.months_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.months_error_label.setWordWrap(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.months_error_label)

        self.new_deadline_caption = QLabel(request_extension_dialog)
        self.new_deadline_caption.setObjectName(u"new_deadline_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.new_deadline_caption)

        self.new_deadline_label = QLabel(request_extension_dialog)
        self.new_deadline_label.setObjectName(u"new_deadline_label")
        self.new_deadline_label.setTextFormat(Qt.TextFormat.PlainText)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.new_deadline_label)

        self.reason_caption = QLabel(request_extension_dialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reason_caption)

        self.reason_edit = QPlainTextEdit(request_extension_dialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.reason_error_label = QLabel(request_extension_dialog)
        self.reason_error_label.setObjectName(u"reason_error_label")
        self.reason_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reason_error_label.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason_error_label)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(request_extension_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(request_extension_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.months_caption.setBuddy(self.months_combo)
        self.reason_caption.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.months_combo, self.reason_edit)

        self.retranslateUi(request_extension_dialog)

        QMetaObject.connectSlotsByName(request_extension_dialog)
    # setupUi

    def retranslateUi(self, request_extension_dialog):
        request_extension_dialog.setWindowTitle(QCoreApplication.translate("RequestExtensionDialog", u"Termijn verlengen", None))
        self.explanation_label.setText(QCoreApplication.translate("RequestExtensionDialog", u"De termijn kan \u00e9\u00e9n keer worden verlengd, met ten hoogste twee maanden, en alleen zolang de eerste termijn nog loopt (AVG art. 12 lid 3). De verzoeker krijgt bericht met de reden.", None))
        self.current_deadline_caption.setText(QCoreApplication.translate("RequestExtensionDialog", u"Huidige termijn", None))
        self.months_caption.setText(QCoreApplication.translate("RequestExtensionDialog", u"&Verlengen met", None))
        self.new_deadline_caption.setText(QCoreApplication.translate("RequestExtensionDialog", u"Nieuwe termijn", None))
        self.reason_caption.setText(QCoreApplication.translate("RequestExtensionDialog", u"&Reden", None))
        self.reason_edit.setPlaceholderText(QCoreApplication.translate("RequestExtensionDialog", u"bijv. het verzoek is complex: gegevens uit meerdere jaren moeten worden verzameld", None))
    # retranslateUi

