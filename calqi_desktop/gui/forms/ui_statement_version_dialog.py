# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statement_version_dialog.ui'
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
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_StatementVersionDialog(object):
    def setupUi(self, statement_version_dialog):
        if not statement_version_dialog.objectName():
            statement_version_dialog.setObjectName(u"statement_version_dialog")
        statement_version_dialog.resize(720, 620)
        self.main_layout = QVBoxLayout(statement_version_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(statement_version_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.version_caption = QLabel(statement_version_dialog)
        self.version_caption.setObjectName(u"version_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.version_caption)

        self.version_edit = QLineEdit(statement_version_dialog)
        self.version_edit.setObjectName(u"version_edit")
        self.version_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.version_edit)

        self.version_error_label = QLabel(statement_version_dialog)
        self.version_error_label.setObjectName(u"version_error_label")
        self.version_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.version_error_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.version_error_label)

        self.effective_on_caption = QLabel(statement_version_dialog)
        self.effective_on_caption.setObjectName(u"effective_on_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.effective_on_caption)

        self.effective_on_edit = QLineEdit(statement_version_dialog)
        self.effective_on_edit.setObjectName(u"effective_on_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.effective_on_edit)

        self.effective_on_error_label = QLabel(statement_version_dialog)
        self.effective_on_error_label.setObjectName(u"effective_on_error_label")
        self.effective_on_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.effective_on_error_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.effective_on_error_label)

        self.summary_caption = QLabel(statement_version_dialog)
        self.summary_caption.setObjectName(u"summary_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.summary_caption)

        self.summary_edit = QLineEdit(statement_version_dialog)
        self.summary_edit.setObjectName(u"summary_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.summary_error_label = QLabel(statement_version_dialog)
        self.summary_error_label.setObjectName(u"summary_error_label")
        self.summary_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_error_label.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.summary_error_label)


        self.main_layout.addLayout(self.form_layout)

        self.text_caption_layout = QHBoxLayout()
        self.text_caption_layout.setObjectName(u"text_caption_layout")
        self.text_caption = QLabel(statement_version_dialog)
        self.text_caption.setObjectName(u"text_caption")

        self.text_caption_layout.addWidget(self.text_caption)

        self.text_caption_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.text_caption_layout.addItem(self.text_caption_spacer)

        self.load_text_button = QPushButton(statement_version_dialog)
        self.load_text_button.setObjectName(u"load_text_button")
        self.load_text_button.setAutoDefault(False)

        self.text_caption_layout.addWidget(self.load_text_button)


        self.main_layout.addLayout(self.text_caption_layout)

        self.text_edit = QPlainTextEdit(statement_version_dialog)
        self.text_edit.setObjectName(u"text_edit")
        self.text_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.text_edit)

        self.text_error_label = QLabel(statement_version_dialog)
        self.text_error_label.setObjectName(u"text_error_label")
        self.text_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.text_error_label)

        self.pdf_layout = QHBoxLayout()
        self.pdf_layout.setObjectName(u"pdf_layout")
        self.pdf_button = QPushButton(statement_version_dialog)
        self.pdf_button.setObjectName(u"pdf_button")
        self.pdf_button.setAutoDefault(False)

        self.pdf_layout.addWidget(self.pdf_button)

        self.remove_pdf_button = QPushButton(statement_version_dialog)
        self.remove_pdf_button.setObjectName(u"remove_pdf_button")
        self.remove_pdf_button.setAutoDefault(False)

        self.pdf_layout.addWidget(self.remove_pdf_button)

        self.pdf_label = QLabel(statement_version_dialog)
        self.pdf_label.setObjectName(u"pdf_label")
        self.pdf_label.setTextFormat(Qt.TextFormat.PlainText)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.pdf_label.sizePolicy().hasHeightForWidth())
        self.pdf_label.setSizePolicy(sizePolicy)

        self.pdf_layout.addWidget(self.pdf_label)


        self.main_layout.addLayout(self.pdf_layout)

        self.pdf_error_label = QLabel(statement_version_dialog)
        self.pdf_error_label.setObjectName(u"pdf_error_label")
        self.pdf_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pdf_error_label.setWordWrap(True)

        self.main_layout.addWidget(self.pdf_error_label)

        self.error_label = QLabel(statement_version_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(statement_version_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.version_caption.setBuddy(self.version_edit)
        self.effective_on_caption.setBuddy(self.effective_on_edit)
        self.summary_caption.setBuddy(self.summary_edit)
        self.text_caption.setBuddy(self.text_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.version_edit, self.effective_on_edit)
        QWidget.setTabOrder(self.effective_on_edit, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.text_edit)
        QWidget.setTabOrder(self.text_edit, self.load_text_button)
        QWidget.setTabOrder(self.load_text_button, self.pdf_button)
        QWidget.setTabOrder(self.pdf_button, self.remove_pdf_button)

        self.retranslateUi(statement_version_dialog)

        QMetaObject.connectSlotsByName(statement_version_dialog)
    # setupUi

    def retranslateUi(self, statement_version_dialog):
        statement_version_dialog.setWindowTitle(QCoreApplication.translate("StatementVersionDialog", u"Nieuwe versie van de privacyverklaring", None))
        self.explanation_label.setText(QCoreApplication.translate("StatementVersionDialog", u"Leg de nieuwe versie vast met de tekst, een PDF of beide. Klanten die toestemming gaven onder een oudere versie komen op de lijst van te informeren klanten.", None))
        self.version_caption.setText(QCoreApplication.translate("StatementVersionDialog", u"&Versie", None))
        self.version_edit.setPlaceholderText(QCoreApplication.translate("StatementVersionDialog", u"bijv. 2026-1", None))
        self.effective_on_caption.setText(QCoreApplication.translate("StatementVersionDialog", u"&Ingangsdatum", None))
        self.effective_on_edit.setPlaceholderText(QCoreApplication.translate("StatementVersionDialog", u"dd-mm-jjjj", None))
        self.summary_caption.setText(QCoreApplication.translate("StatementVersionDialog", u"&Wat is gewijzigd", None))
        self.summary_edit.setPlaceholderText(QCoreApplication.translate("StatementVersionDialog", u"in een zin of twee, voor het bericht aan de klanten", None))
        self.text_caption.setText(QCoreApplication.translate("StatementVersionDialog", u"T&ekst", None))
#if QT_CONFIG(tooltip)
        self.load_text_button.setToolTip(QCoreApplication.translate("StatementVersionDialog", u"De tekst uit een tekstbestand (.txt, UTF-8) laden", None))
#endif // QT_CONFIG(tooltip)
        self.load_text_button.setText(QCoreApplication.translate("StatementVersionDialog", u"Tekst uit &bestand\u2026", None))
#if QT_CONFIG(tooltip)
        self.pdf_button.setToolTip(QCoreApplication.translate("StatementVersionDialog", u"De privacyverklaring als PDF toevoegen", None))
#endif // QT_CONFIG(tooltip)
        self.pdf_button.setText(QCoreApplication.translate("StatementVersionDialog", u"&PDF kiezen\u2026", None))
        self.remove_pdf_button.setText(QCoreApplication.translate("StatementVersionDialog", u"PDF weg&halen", None))
        self.pdf_label.setText(QCoreApplication.translate("StatementVersionDialog", u"Geen PDF gekozen.", None))
    # retranslateUi

