# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bank_account_dialog.ui'
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

class Ui_BankAccountDialog(object):
    def setupUi(self, bank_account_dialog):
        if not bank_account_dialog.objectName():
            bank_account_dialog.setObjectName(u"bank_account_dialog")
        bank_account_dialog.resize(460, 220)
        self.main_layout = QVBoxLayout(bank_account_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(bank_account_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.iban_caption = QLabel(bank_account_dialog)
        self.iban_caption.setObjectName(u"iban_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.iban_caption)

        self.iban_layout = QVBoxLayout()
        self.iban_layout.setSpacing(2)
        self.iban_layout.setObjectName(u"iban_layout")
        self.iban_edit = QLineEdit(bank_account_dialog)
        self.iban_edit.setObjectName(u"iban_edit")

        self.iban_layout.addWidget(self.iban_edit)

        self.iban_error_label = QLabel(bank_account_dialog)
        self.iban_error_label.setObjectName(u"iban_error_label")
        self.iban_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.iban_error_label.setWordWrap(True)

        self.iban_layout.addWidget(self.iban_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.iban_layout)

        self.holder_caption = QLabel(bank_account_dialog)
        self.holder_caption.setObjectName(u"holder_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.holder_caption)

        self.holder_layout = QVBoxLayout()
        self.holder_layout.setSpacing(2)
        self.holder_layout.setObjectName(u"holder_layout")
        self.holder_edit = QLineEdit(bank_account_dialog)
        self.holder_edit.setObjectName(u"holder_edit")

        self.holder_layout.addWidget(self.holder_edit)

        self.holder_error_label = QLabel(bank_account_dialog)
        self.holder_error_label.setObjectName(u"holder_error_label")
        self.holder_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.holder_error_label.setWordWrap(True)

        self.holder_layout.addWidget(self.holder_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.holder_layout)


        self.main_layout.addLayout(self.form_layout)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(bank_account_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.iban_caption.setBuddy(self.iban_edit)
        self.holder_caption.setBuddy(self.holder_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.iban_edit, self.holder_edit)

        self.retranslateUi(bank_account_dialog)

        QMetaObject.connectSlotsByName(bank_account_dialog)
    # setupUi

    def retranslateUi(self, bank_account_dialog):
        bank_account_dialog.setWindowTitle(QCoreApplication.translate("BankAccountDialog", u"Bankrekening", None))
        self.explanation_label.setText(QCoreApplication.translate("BankAccountDialog", u"De rekening wordt opgeslagen met het dossier en daarna afgeschermd getoond.", None))
        self.iban_caption.setText(QCoreApplication.translate("BankAccountDialog", u"&IBAN", None))
        self.iban_edit.setPlaceholderText(QCoreApplication.translate("BankAccountDialog", u"NL00 BANK 0123 4567 89", None))
        self.holder_caption.setText(QCoreApplication.translate("BankAccountDialog", u"&Tenaamstelling", None))
        self.holder_edit.setPlaceholderText(QCoreApplication.translate("BankAccountDialog", u"bijv. J. de Vries", None))
    # retranslateUi

