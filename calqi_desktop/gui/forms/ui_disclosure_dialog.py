# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'disclosure_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QSpacerItem,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_DisclosureDialog(object):
    def setupUi(self, disclosure_dialog):
        if not disclosure_dialog.objectName():
            disclosure_dialog.setObjectName(u"disclosure_dialog")
        disclosure_dialog.resize(520, 420)
        self.main_layout = QVBoxLayout(disclosure_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(disclosure_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.document_type_caption = QLabel(disclosure_dialog)
        self.document_type_caption.setObjectName(u"document_type_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.document_type_caption)

        self.document_type_combo = QComboBox(disclosure_dialog)
        self.document_type_combo.setObjectName(u"document_type_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.document_type_combo)

        self.tax_type_caption = QLabel(disclosure_dialog)
        self.tax_type_caption.setObjectName(u"tax_type_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.tax_type_caption)

        self.tax_type_combo = QComboBox(disclosure_dialog)
        self.tax_type_combo.setObjectName(u"tax_type_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.tax_type_combo)

        self.year_caption = QLabel(disclosure_dialog)
        self.year_caption.setObjectName(u"year_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.year_caption)

        self.year_line_layout = QHBoxLayout()
        self.year_line_layout.setObjectName(u"year_line_layout")
        self.year_spin = QSpinBox(disclosure_dialog)
        self.year_spin.setObjectName(u"year_spin")

        self.year_line_layout.addWidget(self.year_spin)

        self.year_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.year_line_layout.addItem(self.year_spacer)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.year_line_layout)

        self.recipient_kind_caption = QLabel(disclosure_dialog)
        self.recipient_kind_caption.setObjectName(u"recipient_kind_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.recipient_kind_caption)

        self.recipient_kind_combo = QComboBox(disclosure_dialog)
        self.recipient_kind_combo.setObjectName(u"recipient_kind_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.recipient_kind_combo)

        self.recipient_name_caption = QLabel(disclosure_dialog)
        self.recipient_name_caption.setObjectName(u"recipient_name_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.recipient_name_caption)

        self.recipient_name_edit = QLineEdit(disclosure_dialog)
        self.recipient_name_edit.setObjectName(u"recipient_name_edit")
        self.recipient_name_edit.setMaxLength(200)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.recipient_name_edit)

        self.disclosed_on_caption = QLabel(disclosure_dialog)
        self.disclosed_on_caption.setObjectName(u"disclosed_on_caption")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.disclosed_on_caption)

        self.disclosed_on_edit = QLineEdit(disclosure_dialog)
        self.disclosed_on_edit.setObjectName(u"disclosed_on_edit")
        self.disclosed_on_edit.setMaxLength(10)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.disclosed_on_edit)

        self.channel_caption = QLabel(disclosure_dialog)
        self.channel_caption.setObjectName(u"channel_caption")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.channel_caption)

        self.channel_combo = QComboBox(disclosure_dialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.sale_caption = QLabel(disclosure_dialog)
        self.sale_caption.setObjectName(u"sale_caption")
        self.sale_caption.setTextFormat(Qt.TextFormat.PlainText)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.sale_caption)

        self.sale_check = QCheckBox(disclosure_dialog)
        self.sale_check.setObjectName(u"sale_check")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.sale_check)

        self.note_caption = QLabel(disclosure_dialog)
        self.note_caption.setObjectName(u"note_caption")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_edit = QLineEdit(disclosure_dialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(2000)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.verdict_label = QLabel(disclosure_dialog)
        self.verdict_label.setObjectName(u"verdict_label")
        self.verdict_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verdict_label.setWordWrap(True)

        self.main_layout.addWidget(self.verdict_label)

        self.error_label = QLabel(disclosure_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(disclosure_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.document_type_caption.setBuddy(self.document_type_combo)
        self.tax_type_caption.setBuddy(self.tax_type_combo)
        self.year_caption.setBuddy(self.year_spin)
        self.recipient_kind_caption.setBuddy(self.recipient_kind_combo)
        self.recipient_name_caption.setBuddy(self.recipient_name_edit)
        self.disclosed_on_caption.setBuddy(self.disclosed_on_edit)
        self.channel_caption.setBuddy(self.channel_combo)
        self.note_caption.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.document_type_combo, self.tax_type_combo)
        QWidget.setTabOrder(self.tax_type_combo, self.year_spin)
        QWidget.setTabOrder(self.year_spin, self.recipient_kind_combo)
        QWidget.setTabOrder(self.recipient_kind_combo, self.recipient_name_edit)
        QWidget.setTabOrder(self.recipient_name_edit, self.disclosed_on_edit)
        QWidget.setTabOrder(self.disclosed_on_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.sale_check)
        QWidget.setTabOrder(self.sale_check, self.note_edit)

        self.retranslateUi(disclosure_dialog)

        QMetaObject.connectSlotsByName(disclosure_dialog)
    # setupUi

    def retranslateUi(self, disclosure_dialog):
        disclosure_dialog.setWindowTitle(QCoreApplication.translate("DisclosureDialog", u"Verstrekking vastleggen", None))
        self.explanation_label.setText(QCoreApplication.translate("DisclosureDialog", u"Leg vast wat de firma verlaat. Naar de overheid of een bank alleen met een geldige machtiging, naar een andere derde alleen met toestemming van de klant; het liefst verstuurt de klant het stuk zelf.", None))
        self.document_type_caption.setText(QCoreApplication.translate("DisclosureDialog", u"&Stuk", None))
        self.tax_type_caption.setText(QCoreApplication.translate("DisclosureDialog", u"&Belastingmiddel", None))
        self.year_caption.setText(QCoreApplication.translate("DisclosureDialog", u"&Jaar", None))
        self.recipient_kind_caption.setText(QCoreApplication.translate("DisclosureDialog", u"&Ontvanger", None))
        self.recipient_name_caption.setText(QCoreApplication.translate("DisclosureDialog", u"&Naam ontvanger", None))
        self.recipient_name_edit.setPlaceholderText(QCoreApplication.translate("DisclosureDialog", u"bijv. ING Bank N.V. of Hypotheekadvies Noord B.V.", None))
        self.disclosed_on_caption.setText(QCoreApplication.translate("DisclosureDialog", u"&Verstrekt op", None))
        self.disclosed_on_edit.setPlaceholderText(QCoreApplication.translate("DisclosureDialog", u"dd-mm-jjjj", None))
        self.channel_caption.setText(QCoreApplication.translate("DisclosureDialog", u"&Hoe", None))
        self.sale_check.setText(QCoreApplication.translate("DisclosureDialog", u"Het gaat om ver&koop van gegevens", None))
        self.note_caption.setText(QCoreApplication.translate("DisclosureDialog", u"Notiti&e", None))
    # retranslateUi

