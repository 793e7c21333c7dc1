# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restriction_dialog.ui'
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
    QDialogButtonBox, QLabel, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_RestrictionDialog(object):
    def setupUi(self, restriction_dialog):
        if not restriction_dialog.objectName():
            restriction_dialog.setObjectName(u"restriction_dialog")
        restriction_dialog.resize(520, 340)
        self.main_layout = QVBoxLayout(restriction_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(restriction_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.reason_caption = QLabel(restriction_dialog)
        self.reason_caption.setObjectName(u"reason_caption")

        self.main_layout.addWidget(self.reason_caption)

        self.reason_edit = QPlainTextEdit(restriction_dialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.reason_edit)

        self.informed_check = QCheckBox(restriction_dialog)
        self.informed_check.setObjectName(u"informed_check")

        self.main_layout.addWidget(self.informed_check)

        self.error_label = QLabel(restriction_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(restriction_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_caption.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reason_edit, self.informed_check)

        self.retranslateUi(restriction_dialog)

        QMetaObject.connectSlotsByName(restriction_dialog)
    # setupUi

    def retranslateUi(self, restriction_dialog):
        restriction_dialog.setWindowTitle(QCoreApplication.translate("RestrictionDialog", u"Verwerking beperken", None))
        self.reason_caption.setText(QCoreApplication.translate("RestrictionDialog", u"&Reden", None))
        self.informed_check.setText(QCoreApplication.translate("RestrictionDialog", u"De verzoeker is &vooraf ge\u00efnformeerd dat de beperking wordt opgeheven", None))
    # retranslateUi

