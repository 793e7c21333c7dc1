# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_purposes_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView,
    QVBoxLayout, QWidget)

class Ui_ConsentPurposesDialog(object):
    def setupUi(self, consent_purposes_dialog):
        if not consent_purposes_dialog.objectName():
            consent_purposes_dialog.setObjectName(u"consent_purposes_dialog")
        consent_purposes_dialog.resize(1040, 620)
        self.main_layout = QVBoxLayout(consent_purposes_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(consent_purposes_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.purpose_table = QTableView(consent_purposes_dialog)
        self.purpose_table.setObjectName(u"purpose_table")
        self.purpose_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.purpose_table.setAlternatingRowColors(True)
        self.purpose_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.purpose_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.purpose_table.setWordWrap(False)
        self.purpose_table.horizontalHeader().setStretchLastSection(True)
        self.purpose_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.purpose_table)

        self.list_button_layout = QHBoxLayout()
        self.list_button_layout.setObjectName(u"list_button_layout")
        self.add_purpose_button = QPushButton(consent_purposes_dialog)
        self.add_purpose_button.setObjectName(u"add_purpose_button")
        self.add_purpose_button.setAutoDefault(False)

        self.list_button_layout.addWidget(self.add_purpose_button)

        self.edit_purpose_button = QPushButton(consent_purposes_dialog)
        self.edit_purpose_button.setObjectName(u"edit_purpose_button")
        self.edit_purpose_button.setAutoDefault(False)

        self.list_button_layout.addWidget(self.edit_purpose_button)

        self.list_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.list_button_layout.addItem(self.list_button_spacer)


        self.main_layout.addLayout(self.list_button_layout)

        self.read_only_label = QLabel(consent_purposes_dialog)
        self.read_only_label.setObjectName(u"read_only_label")
        self.read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.read_only_label.setWordWrap(True)

        self.main_layout.addWidget(self.read_only_label)

        self.purpose_form_group = QGroupBox(consent_purposes_dialog)
        self.purpose_form_group.setObjectName(u"purpose_form_group")
        self.purpose_form_layout = QVBoxLayout(self.purpose_form_group)
        self.purpose_form_layout.setObjectName(u"purpose_form_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.label_nl_caption = QLabel(self.purpose_form_group)
        self.label_nl_caption.setObjectName(u"label_nl_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.label_nl_caption)

        self.label_nl_edit = QLineEdit(self.purpose_form_group)
        self.label_nl_edit.setObjectName(u"label_nl_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.label_nl_edit)

        self.label_nl_error_label = QLabel(self.purpose_form_group)
        self.label_nl_error_label.setObjectName(u"label_nl_error_label")
        self.label_nl_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.label_nl_error_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.label_nl_error_label)

        self.label_en_caption = QLabel(self.purpose_form_group)
        self.label_en_caption.setObjectName(u"label_en_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.label_en_caption)

        self.label_en_edit = QLineEdit(self.purpose_form_group)
        self.label_en_edit.setObjectName(u"label_en_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.label_en_edit)

        self.label_en_error_label = QLabel(self.purpose_form_group)
        self.label_en_error_label.setObjectName(u"label_en_error_label")
        self.label_en_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.label_en_error_label.setWordWrap(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.label_en_error_label)

        self.description_caption = QLabel(self.purpose_form_group)
        self.description_caption.setObjectName(u"description_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.description_caption)

        self.description_edit = QLineEdit(self.purpose_form_group)
        self.description_edit.setObjectName(u"description_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.description_edit)

        self.description_error_label = QLabel(self.purpose_form_group)
        self.description_error_label.setObjectName(u"description_error_label")
        self.description_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_error_label.setWordWrap(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.description_error_label)


        self.purpose_form_layout.addLayout(self.form_layout)

        self.needs_recipient_check = QCheckBox(self.purpose_form_group)
        self.needs_recipient_check.setObjectName(u"needs_recipient_check")

        self.purpose_form_layout.addWidget(self.needs_recipient_check)

        self.explicit_check = QCheckBox(self.purpose_form_group)
        self.explicit_check.setObjectName(u"explicit_check")

        self.purpose_form_layout.addWidget(self.explicit_check)

        self.ends_service_check = QCheckBox(self.purpose_form_group)
        self.ends_service_check.setObjectName(u"ends_service_check")

        self.purpose_form_layout.addWidget(self.ends_service_check)

        self.active_check = QCheckBox(self.purpose_form_group)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.purpose_form_layout.addWidget(self.active_check)

        self.form_button_layout = QHBoxLayout()
        self.form_button_layout.setObjectName(u"form_button_layout")
        self.form_button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.form_button_layout.addItem(self.form_button_spacer)

        self.save_purpose_button = QPushButton(self.purpose_form_group)
        self.save_purpose_button.setObjectName(u"save_purpose_button")

        self.form_button_layout.addWidget(self.save_purpose_button)

        self.cancel_purpose_button = QPushButton(self.purpose_form_group)
        self.cancel_purpose_button.setObjectName(u"cancel_purpose_button")
        self.cancel_purpose_button.setAutoDefault(False)

        self.form_button_layout.addWidget(self.cancel_purpose_button)


        self.purpose_form_layout.addLayout(self.form_button_layout)


        self.main_layout.addWidget(self.purpose_form_group)

        self.error_label = QLabel(consent_purposes_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(consent_purposes_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.label_nl_caption.setBuddy(self.label_nl_edit)
        self.label_en_caption.setBuddy(self.label_en_edit)
        self.description_caption.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.purpose_table, self.add_purpose_button)
        QWidget.setTabOrder(self.add_purpose_button, self.edit_purpose_button)
        QWidget.setTabOrder(self.edit_purpose_button, self.label_nl_edit)
        QWidget.setTabOrder(self.label_nl_edit, self.label_en_edit)
        QWidget.setTabOrder(self.label_en_edit, self.description_edit)
        QWidget.setTabOrder(self.description_edit, self.needs_recipient_check)
        QWidget.setTabOrder(self.needs_recipient_check, self.explicit_check)
        QWidget.setTabOrder(self.explicit_check, self.ends_service_check)
        QWidget.setTabOrder(self.ends_service_check, self.active_check)
        QWidget.setTabOrder(self.active_check, self.save_purpose_button)
        QWidget.setTabOrder(self.save_purpose_button, self.cancel_purpose_button)

        self.retranslateUi(consent_purposes_dialog)

        self.save_purpose_button.setDefault(True)


        QMetaObject.connectSlotsByName(consent_purposes_dialog)
    # setupUi

    def retranslateUi(self, consent_purposes_dialog):
        consent_purposes_dialog.setWindowTitle(QCoreApplication.translate("ConsentPurposesDialog", u"Doelen van toestemming", None))
        self.explanation_label.setText(QCoreApplication.translate("ConsentPurposesDialog", u"De doelen waarvoor het kantoor toestemming kan vragen. De doelen uit de privacyverklaring staan vast; de beheerder kan doelen toevoegen. Een toegevoegd doel wordt nooit verwijderd, alleen uitgezet, zodat eerdere toestemmingen hun doel houden.", None))
        self.add_purpose_button.setText(QCoreApplication.translate("ConsentPurposesDialog", u"Doel &toevoegen\u2026", None))
        self.edit_purpose_button.setText(QCoreApplication.translate("ConsentPurposesDialog", u"Doel &wijzigen\u2026", None))
        self.read_only_label.setText(QCoreApplication.translate("ConsentPurposesDialog", u"Alleen de beheerder kan doelen toevoegen of wijzigen.", None))
        self.purpose_form_group.setTitle(QCoreApplication.translate("ConsentPurposesDialog", u"Doel", None))
        self.label_nl_caption.setText(QCoreApplication.translate("ConsentPurposesDialog", u"&Naam", None))
        self.label_nl_edit.setPlaceholderText(QCoreApplication.translate("ConsentPurposesDialog", u"bijv. Klanttevredenheidsonderzoek", None))
        self.label_en_caption.setText(QCoreApplication.translate("ConsentPurposesDialog", u"&Engelse naam", None))
        self.label_en_edit.setPlaceholderText(QCoreApplication.translate("ConsentPurposesDialog", u"voor de Engelse weergave; mag leeg blijven", None))
        self.description_caption.setText(QCoreApplication.translate("ConsentPurposesDialog", u"Omsch&rijving", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("ConsentPurposesDialog", u"waarvoor de gegevens worden gebruikt, zoals de klant het te lezen krijgt", None))
        self.needs_recipient_check.setText(QCoreApplication.translate("ConsentPurposesDialog", u"Toestemming &per genoemde ontvanger (gegevens doorgeven aan een derde)", None))
        self.explicit_check.setText(QCoreApplication.translate("ConsentPurposesDialog", u"&Uitdrukkelijke toestemming nodig", None))
        self.ends_service_check.setText(QCoreApplication.translate("ConsentPurposesDialog", u"Intrekken kan betekenen dat de &dienstverlening stopt", None))
        self.active_check.setText(QCoreApplication.translate("ConsentPurposesDialog", u"&Actief: nieuwe toestemming kan voor dit doel worden vastgelegd", None))
        self.save_purpose_button.setText(QCoreApplication.translate("ConsentPurposesDialog", u"Doel &opslaan", None))
        self.cancel_purpose_button.setText(QCoreApplication.translate("ConsentPurposesDialog", u"Annu&leren", None))
    # retranslateUi

