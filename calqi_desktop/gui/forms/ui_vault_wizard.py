# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'vault_wizard.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget, QWizard,
    QWizardPage)

class Ui_VaultWizard(object):
    def setupUi(self, VaultWizard):
        if not VaultWizard.objectName():
            VaultWizard.setObjectName(u"VaultWizard")
        VaultWizard.resize(640, 560)
        VaultWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.location_page = QWizardPage()
        self.location_page.setObjectName(u"location_page")
        self.location_page_layout = QVBoxLayout(self.location_page)
        self.location_page_layout.setObjectName(u"location_page_layout")
        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_caption = QLabel(self.location_page)
        self.folder_caption.setObjectName(u"folder_caption")

        self.folder_layout.addWidget(self.folder_caption)

        self.folder_edit = QLineEdit(self.location_page)
        self.folder_edit.setObjectName(u"folder_edit")

        self.folder_layout.addWidget(self.folder_edit)

        self.browse_folder_button = QPushButton(self.location_page)
        self.browse_folder_button.setObjectName(u"browse_folder_button")

        self.folder_layout.addWidget(self.browse_folder_button)


        self.location_page_layout.addLayout(self.folder_layout)

        self.folder_message_label = QLabel(self.location_page)
        self.folder_message_label.setObjectName(u"folder_message_label")
        self.folder_message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_message_label.setWordWrap(True)

        self.location_page_layout.addWidget(self.folder_message_label)

        self.network_hint_label = QLabel(self.location_page)
        self.network_hint_label.setObjectName(u"network_hint_label")
        self.network_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.network_hint_label.setWordWrap(True)

        self.location_page_layout.addWidget(self.network_hint_label)

        self.location_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.location_page_layout.addItem(self.location_spacer)

        VaultWizard.addPage(self.location_page)
        self.firm_page = QWizardPage()
        self.firm_page.setObjectName(u"firm_page")
        self.firm_page_layout = QVBoxLayout(self.firm_page)
        self.firm_page_layout.setObjectName(u"firm_page_layout")
        self.firm_form_container = QWidget(self.firm_page)
        self.firm_form_container.setObjectName(u"firm_form_container")
        self.firm_form_layout = QVBoxLayout(self.firm_form_container)
        self.firm_form_layout.setObjectName(u"firm_form_layout")
        self.firm_form_layout.setContentsMargins(0, 0, 0, 0)

        self.firm_page_layout.addWidget(self.firm_form_container)

        VaultWizard.addPage(self.firm_page)
        self.admin_page = QWizardPage()
        self.admin_page.setObjectName(u"admin_page")
        self.admin_page_layout = QVBoxLayout(self.admin_page)
        self.admin_page_layout.setObjectName(u"admin_page_layout")
        self.admin_form_layout = QFormLayout()
        self.admin_form_layout.setObjectName(u"admin_form_layout")
        self.admin_name_caption = QLabel(self.admin_page)
        self.admin_name_caption.setObjectName(u"admin_name_caption")

        self.admin_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.admin_name_caption)

        self.admin_name_edit = QLineEdit(self.admin_page)
        self.admin_name_edit.setObjectName(u"admin_name_edit")
        self.admin_name_edit.setMaxLength(40)

        self.admin_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.admin_name_edit)

        self.admin_display_name_caption = QLabel(self.admin_page)
        self.admin_display_name_caption.setObjectName(u"admin_display_name_caption")

        self.admin_form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.admin_display_name_caption)

        self.admin_display_name_edit = QLineEdit(self.admin_page)
        self.admin_display_name_edit.setObjectName(u"admin_display_name_edit")
        self.admin_display_name_edit.setMaxLength(200)

        self.admin_form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.admin_display_name_edit)

        self.admin_password_caption = QLabel(self.admin_page)
        self.admin_password_caption.setObjectName(u"admin_password_caption")

        self.admin_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.admin_password_caption)

        self.admin_password_edit = QLineEdit(self.admin_page)
        self.admin_password_edit.setObjectName(u"admin_password_edit")
        self.admin_password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.admin_password_edit)

        self.admin_password_repeat_caption = QLabel(self.admin_page)
        self.admin_password_repeat_caption.setObjectName(u"admin_password_repeat_caption")

        self.admin_form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.admin_password_repeat_caption)

        self.admin_password_repeat_edit = QLineEdit(self.admin_page)
        self.admin_password_repeat_edit.setObjectName(u"admin_password_repeat_edit")
        self.admin_password_repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.admin_form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.admin_password_repeat_edit)


        self.admin_page_layout.addLayout(self.admin_form_layout)

        self.admin_message_label = QLabel(self.admin_page)
        self.admin_message_label.setObjectName(u"admin_message_label")
        self.admin_message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.admin_message_label.setWordWrap(True)

        self.admin_page_layout.addWidget(self.admin_message_label)

        self.admin_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.admin_page_layout.addItem(self.admin_spacer)

        VaultWizard.addPage(self.admin_page)
        self.recovery_page = QWizardPage()
        self.recovery_page.setObjectName(u"recovery_page")
        self.recovery_page_layout = QVBoxLayout(self.recovery_page)
        self.recovery_page_layout.setObjectName(u"recovery_page_layout")
        self.recovery_code_label = QLabel(self.recovery_page)
        self.recovery_code_label.setObjectName(u"recovery_code_label")
        self.recovery_code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recovery_page_layout.addWidget(self.recovery_code_label)

        self.recovery_buttons_layout = QHBoxLayout()
        self.recovery_buttons_layout.setObjectName(u"recovery_buttons_layout")
        self.save_sheet_button = QPushButton(self.recovery_page)
        self.save_sheet_button.setObjectName(u"save_sheet_button")

        self.recovery_buttons_layout.addWidget(self.save_sheet_button)

        self.recovery_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.recovery_buttons_layout.addItem(self.recovery_buttons_spacer)


        self.recovery_page_layout.addLayout(self.recovery_buttons_layout)

        self.sheet_saved_label = QLabel(self.recovery_page)
        self.sheet_saved_label.setObjectName(u"sheet_saved_label")
        self.sheet_saved_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sheet_saved_label.setWordWrap(True)
        self.sheet_saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.recovery_page_layout.addWidget(self.sheet_saved_label)

        self.loss_warning_label = QLabel(self.recovery_page)
        self.loss_warning_label.setObjectName(u"loss_warning_label")
        self.loss_warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.loss_warning_label.setWordWrap(True)

        self.recovery_page_layout.addWidget(self.loss_warning_label)

        self.code_kept_check = QCheckBox(self.recovery_page)
        self.code_kept_check.setObjectName(u"code_kept_check")

        self.recovery_page_layout.addWidget(self.code_kept_check)

        self.recovery_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.recovery_page_layout.addItem(self.recovery_spacer)

        VaultWizard.addPage(self.recovery_page)
#if QT_CONFIG(shortcut)
        self.folder_caption.setBuddy(self.folder_edit)
        self.admin_name_caption.setBuddy(self.admin_name_edit)
        self.admin_display_name_caption.setBuddy(self.admin_display_name_edit)
        self.admin_password_caption.setBuddy(self.admin_password_edit)
        self.admin_password_repeat_caption.setBuddy(self.admin_password_repeat_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VaultWizard)

        QMetaObject.connectSlotsByName(VaultWizard)
    # setupUi

    def retranslateUi(self, VaultWizard):
        VaultWizard.setWindowTitle(QCoreApplication.translate("VaultWizard", u"Nieuwe kluis maken \u2013 Calqi Desktop", None))
        self.location_page.setTitle(QCoreApplication.translate("VaultWizard", u"Waar komt de kluis?", None))
        self.location_page.setSubTitle(QCoreApplication.translate("VaultWizard", u"De kluis is een map op de eigen schijf van deze werkplek. Alles wat u in Calqi Desktop vastlegt, staat versleuteld in die map.", None))
        self.folder_caption.setText(QCoreApplication.translate("VaultWizard", u"&Map", None))
        self.browse_folder_button.setText(QCoreApplication.translate("VaultWizard", u"&Bladeren\u2026", None))
        self.network_hint_label.setText(QCoreApplication.translate("VaultWizard", u"Maak de kluis niet op een netwerkschijf of in een gedeelde map: de kluis kan daar beschadigd raken. Zet hem op de lokale schijf en maak regelmatig een back-up naar het netwerk.", None))
        self.firm_page.setTitle(QCoreApplication.translate("VaultWizard", u"Gegevens van het kantoor", None))
        self.firm_page.setSubTitle(QCoreApplication.translate("VaultWizard", u"Deze gegevens komen als briefhoofd op elk document dat Calqi Desktop maakt. U kunt ze later wijzigen onder Instellingen.", None))
        self.admin_page.setTitle(QCoreApplication.translate("VaultWizard", u"De eerste beheerder", None))
        self.admin_page.setSubTitle(QCoreApplication.translate("VaultWizard", u"De beheerder voegt later de andere medewerkers toe. Kies een wachtwoord van minstens 12 tekens dat u nergens anders gebruikt; een zin van een paar woorden werkt goed.", None))
        self.admin_name_caption.setText(QCoreApplication.translate("VaultWizard", u"&Gebruikersnaam", None))
        self.admin_display_name_caption.setText(QCoreApplication.translate("VaultWizard", u"&Naam", None))
        self.admin_password_caption.setText(QCoreApplication.translate("VaultWizard", u"&Wachtwoord", None))
        self.admin_password_repeat_caption.setText(QCoreApplication.translate("VaultWizard", u"&Herhaal wachtwoord", None))
        self.recovery_page.setTitle(QCoreApplication.translate("VaultWizard", u"Uw herstelcode", None))
        self.recovery_page.setSubTitle(QCoreApplication.translate("VaultWizard", u"Met deze code opent een beheerder de kluis als alle wachtwoorden vergeten zijn. Hij wordt maar \u00e9\u00e9n keer getoond.", None))
        self.save_sheet_button.setText(QCoreApplication.translate("VaultWizard", u"Herstelblad &opslaan als PDF\u2026", None))
        self.loss_warning_label.setText(QCoreApplication.translate("VaultWizard", u"Let op: wie zijn wachtwoord vergeet \u00e9n de herstelcode kwijt is, krijgt de gegevens in de kluis nooit meer terug. Niemand kan de kluis dan nog openen, ook Calqi niet. Druk het herstelblad af en bewaar het op een veilige plek, los van deze computer.", None))
        self.code_kept_check.setText(QCoreApplication.translate("VaultWizard", u"Ik heb het herstelblad &bewaard op een veilige plek", None))
    # retranslateUi

