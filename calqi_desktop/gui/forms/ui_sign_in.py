# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QStackedWidget,
    QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(460, 340)
        self.main_layout = QVBoxLayout(SignInDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.vault_name_label = QLabel(SignInDialog)
        self.vault_name_label.setObjectName(u"vault_name_label")
        self.vault_name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.vault_name_label.setWordWrap(True)

        self.main_layout.addWidget(self.vault_name_label)

        self.locked_label = QLabel(SignInDialog)
        self.locked_label.setObjectName(u"locked_label")
        self.locked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.locked_label.setWordWrap(True)

        self.main_layout.addWidget(self.locked_label)

        self.sign_in_pages = QStackedWidget(SignInDialog)
        self.sign_in_pages.setObjectName(u"sign_in_pages")
        self.password_page = QWidget()
        self.password_page.setObjectName(u"password_page")
        self.password_page_layout = QVBoxLayout(self.password_page)
        self.password_page_layout.setObjectName(u"password_page_layout")
        self.password_page_layout.setContentsMargins(0, -1, 0, -1)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.user_name_caption = QLabel(self.password_page)
        self.user_name_caption.setObjectName(u"user_name_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.user_name_caption)

        self.user_name_edit = QLineEdit(self.password_page)
        self.user_name_edit.setObjectName(u"user_name_edit")
        self.user_name_edit.setMaxLength(40)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.user_name_edit)

        self.password_caption = QLabel(self.password_page)
        self.password_caption.setObjectName(u"password_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.password_caption)

        self.password_edit = QLineEdit(self.password_page)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password_edit)


        self.password_page_layout.addLayout(self.form_layout)

        self.caps_lock_label = QLabel(self.password_page)
        self.caps_lock_label.setObjectName(u"caps_lock_label")
        self.caps_lock_label.setTextFormat(Qt.TextFormat.PlainText)

        self.password_page_layout.addWidget(self.caps_lock_label)

        self.sign_in_pages.addWidget(self.password_page)
        self.recovery_page = QWidget()
        self.recovery_page.setObjectName(u"recovery_page")
        self.recovery_page_layout = QVBoxLayout(self.recovery_page)
        self.recovery_page_layout.setObjectName(u"recovery_page_layout")
        self.recovery_page_layout.setContentsMargins(0, -1, 0, -1)
        self.recovery_explanation_label = QLabel(self.recovery_page)
        self.recovery_explanation_label.setObjectName(u"recovery_explanation_label")
        self.recovery_explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recovery_explanation_label.setWordWrap(True)

        self.recovery_page_layout.addWidget(self.recovery_explanation_label)

        self.recovery_form_layout = QFormLayout()
        self.recovery_form_layout.setObjectName(u"recovery_form_layout")
        self.recovery_code_caption = QLabel(self.recovery_page)
        self.recovery_code_caption.setObjectName(u"recovery_code_caption")

        self.recovery_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recovery_code_caption)

        self.recovery_code_edit = QLineEdit(self.recovery_page)
        self.recovery_code_edit.setObjectName(u"recovery_code_edit")
        self.recovery_code_edit.setMaxLength(80)

        self.recovery_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recovery_code_edit)


        self.recovery_page_layout.addLayout(self.recovery_form_layout)

        self.sign_in_pages.addWidget(self.recovery_page)

        self.main_layout.addWidget(self.sign_in_pages)

        self.message_label = QLabel(SignInDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.main_layout.addWidget(self.message_label)

        self.demo_hint_label = QLabel(SignInDialog)
        self.demo_hint_label.setObjectName(u"demo_hint_label")
        self.demo_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_hint_label.setWordWrap(True)
        self.demo_hint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.demo_hint_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.recovery_toggle_button = QPushButton(SignInDialog)
        self.recovery_toggle_button.setObjectName(u"recovery_toggle_button")
        self.recovery_toggle_button.setFlat(True)
        self.recovery_toggle_button.setAutoDefault(False)

        self.button_layout.addWidget(self.recovery_toggle_button)

        self.button_box = QDialogButtonBox(SignInDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.button_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.user_name_caption.setBuddy(self.user_name_edit)
        self.password_caption.setBuddy(self.password_edit)
        self.recovery_code_caption.setBuddy(self.recovery_code_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.user_name_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.recovery_code_edit)

        self.retranslateUi(SignInDialog)

        self.sign_in_pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Aanmelden \u2013 Calqi Desktop", None))
        self.vault_name_label.setText(QCoreApplication.translate("SignInDialog", u"Kluis", None))
        self.locked_label.setText(QCoreApplication.translate("SignInDialog", u"Calqi Desktop is vergrendeld. Meld u opnieuw aan om verder te gaan waar u was.", None))
        self.user_name_caption.setText(QCoreApplication.translate("SignInDialog", u"&Gebruikersnaam", None))
        self.password_caption.setText(QCoreApplication.translate("SignInDialog", u"&Wachtwoord", None))
        self.caps_lock_label.setText(QCoreApplication.translate("SignInDialog", u"Let op: Caps Lock staat aan.", None))
        self.recovery_explanation_label.setText(QCoreApplication.translate("SignInDialog", u"Met de herstelcode van het herstelblad opent u de kluis als beheerder om het wachtwoord van een medewerker opnieuw in te stellen. Verder kunt u in deze sessie niets doen.", None))
        self.recovery_code_caption.setText(QCoreApplication.translate("SignInDialog", u"&Herstelcode", None))
        self.recovery_code_edit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX", None))
        self.recovery_toggle_button.setText(QCoreApplication.translate("SignInDialog", u"Wachtwoord vergeten? &Herstelcode gebruiken", None))
    # retranslateUi

