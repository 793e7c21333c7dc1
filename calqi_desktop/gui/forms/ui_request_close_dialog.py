# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'request_close_dialog.ui'
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

class Ui_RequestCloseDialog(object):
    def setupUi(self, request_close_dialog):
        if not request_close_dialog.objectName():
            request_close_dialog.setObjectName(u"request_close_dialog")
        request_close_dialog.resize(540, 360)
        self.main_layout = QVBoxLayout(request_close_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(request_close_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.outcome_caption = QLabel(request_close_dialog)
        self.outcome_caption.setObjectName(u"outcome_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcome_caption)

        self.outcome_combo = QComboBox(request_close_dialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.outcome_hint_label = QLabel(request_close_dialog)
        self.outcome_hint_label.setObjectName(u"outcome_hint_label")
        self.outcome_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome_hint_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.outcome_hint_label)

        self.grounds_caption = QLabel(request_close_dialog)
        self.grounds_caption.setObjectName(u"grounds_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.grounds_caption)

        self.grounds_edit = QPlainTextEdit(request_close_dialog)
        self.grounds_edit.setObjectName(u"grounds_edit")
        self.grounds_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.grounds_edit)

        self.grounds_error_label = QLabel(request_close_dialog)
        self.grounds_error_label.setObjectName(u"grounds_error_label")
        self.grounds_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.grounds_error_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grounds_error_label)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(request_close_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(request_close_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.outcome_caption.setBuddy(self.outcome_combo)
        self.grounds_caption.setBuddy(self.grounds_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.outcome_combo, self.grounds_edit)

        self.retranslateUi(request_close_dialog)

        QMetaObject.connectSlotsByName(request_close_dialog)
    # setupUi

    def retranslateUi(self, request_close_dialog):
        request_close_dialog.setWindowTitle(QCoreApplication.translate("RequestCloseDialog", u"Verzoek afhandelen", None))
        self.explanation_label.setText(QCoreApplication.translate("RequestCloseDialog", u"Leg het besluit vast. Daarna kan aan het verzoek niets meer worden gedaan; de besluitbrief noemt de gronden en de mogelijkheid om te klagen bij de Autoriteit Persoonsgegevens.", None))
        self.outcome_caption.setText(QCoreApplication.translate("RequestCloseDialog", u"&Besluit", None))
        self.grounds_caption.setText(QCoreApplication.translate("RequestCloseDialog", u"&Gronden", None))
    # retranslateUi

