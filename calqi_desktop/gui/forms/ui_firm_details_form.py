# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'firm_details_form.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirmDetailsForm(object):
    def setupUi(self, FirmDetailsForm):
        if not FirmDetailsForm.objectName():
            FirmDetailsForm.setObjectName(u"FirmDetailsForm")
        FirmDetailsForm.resize(560, 520)
        self.main_layout = QVBoxLayout(FirmDetailsForm)
        self.main_layout.setObjectName(u"main_layout")
        self.main_layout.setContentsMargins(0, 0, 0, 0)
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.firm_name_caption = QLabel(FirmDetailsForm)
        self.firm_name_caption.setObjectName(u"firm_name_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firm_name_caption)

        self.firm_name_field_layout = QVBoxLayout()
        self.firm_name_field_layout.setSpacing(2)
        self.firm_name_field_layout.setObjectName(u"firm_name_field_layout")
        self.firm_name_edit = QLineEdit(FirmDetailsForm)
        self.firm_name_edit.setObjectName(u"firm_name_edit")
        self.firm_name_edit.setMaxLength(200)

        self.firm_name_field_layout.addWidget(self.firm_name_edit)

        self.firm_name_error_label = QLabel(FirmDetailsForm)
        self.firm_name_error_label.setObjectName(u"firm_name_error_label")
        self.firm_name_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.firm_name_error_label.setWordWrap(True)

        self.firm_name_field_layout.addWidget(self.firm_name_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.firm_name_field_layout)

        self.address_caption = QLabel(FirmDetailsForm)
        self.address_caption.setObjectName(u"address_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.address_caption)

        self.address_field_layout = QVBoxLayout()
        self.address_field_layout.setSpacing(2)
        self.address_field_layout.setObjectName(u"address_field_layout")
        self.address_edit = QLineEdit(FirmDetailsForm)
        self.address_edit.setObjectName(u"address_edit")
        self.address_edit.setMaxLength(200)

        self.address_field_layout.addWidget(self.address_edit)

        self.address_error_label = QLabel(FirmDetailsForm)
        self.address_error_label.setObjectName(u"address_error_label")
        self.address_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.address_error_label.setWordWrap(True)

        self.address_field_layout.addWidget(self.address_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.address_field_layout)

        self.postcode_caption = QLabel(FirmDetailsForm)
        self.postcode_caption.setObjectName(u"postcode_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.postcode_caption)

        self.postcode_field_layout = QVBoxLayout()
        self.postcode_field_layout.setSpacing(2)
        self.postcode_field_layout.setObjectName(u"postcode_field_layout")
        self.postcode_edit = QLineEdit(FirmDetailsForm)
        self.postcode_edit.setObjectName(u"postcode_edit")
        self.postcode_edit.setMaxLength(10)

        self.postcode_field_layout.addWidget(self.postcode_edit)

        self.postcode_error_label = QLabel(FirmDetailsForm)
        self.postcode_error_label.setObjectName(u"postcode_error_label")
        self.postcode_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.postcode_error_label.setWordWrap(True)

        self.postcode_field_layout.addWidget(self.postcode_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.postcode_field_layout)

        self.city_caption = QLabel(FirmDetailsForm)
        self.city_caption.setObjectName(u"city_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.city_caption)

        self.city_field_layout = QVBoxLayout()
        self.city_field_layout.setSpacing(2)
        self.city_field_layout.setObjectName(u"city_field_layout")
        self.city_edit = QLineEdit(FirmDetailsForm)
        self.city_edit.setObjectName(u"city_edit")
        self.city_edit.setMaxLength(100)

        self.city_field_layout.addWidget(self.city_edit)

        self.city_error_label = QLabel(FirmDetailsForm)
        self.city_error_label.setObjectName(u"city_error_label")
        self.city_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.city_error_label.setWordWrap(True)

        self.city_field_layout.addWidget(self.city_error_label)


        self.form_layout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.city_field_layout)

        self.kvk_caption = QLabel(FirmDetailsForm)
        self.kvk_caption.setObjectName(u"kvk_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.kvk_caption)

        self.kvk_field_layout = QVBoxLayout()
        self.kvk_field_layout.setSpacing(2)
        self.kvk_field_layout.setObjectName(u"kvk_field_layout")
        self.kvk_edit = QLineEdit(FirmDetailsForm)
        self.kvk_edit.setObjectName(u"kvk_edit")
        self.kvk_edit.setMaxLength(14)

        self.kvk_field_layout.addWidget(self.kvk_edit)

        self.kvk_error_label = QLabel(FirmDetailsForm)
        self.kvk_error_label.setObjectName(u"kvk_error_label")
        self.kvk_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kvk_error_label.setWordWrap(True)

        self.kvk_field_layout.addWidget(self.kvk_error_label)


        self.form_layout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.kvk_field_layout)

        self.email_caption = QLabel(FirmDetailsForm)
        self.email_caption.setObjectName(u"email_caption")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.email_caption)

        self.email_field_layout = QVBoxLayout()
        self.email_field_layout.setSpacing(2)
        self.email_field_layout.setObjectName(u"email_field_layout")
        self.email_edit = QLineEdit(FirmDetailsForm)
        self.email_edit.setObjectName(u"email_edit")
        self.email_edit.setMaxLength(254)

        self.email_field_layout.addWidget(self.email_edit)

        self.email_error_label = QLabel(FirmDetailsForm)
        self.email_error_label.setObjectName(u"email_error_label")
        self.email_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.email_error_label.setWordWrap(True)

        self.email_field_layout.addWidget(self.email_error_label)


        self.form_layout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.email_field_layout)

        self.phone_caption = QLabel(FirmDetailsForm)
        self.phone_caption.setObjectName(u"phone_caption")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_caption)

        self.phone_field_layout = QVBoxLayout()
        self.phone_field_layout.setSpacing(2)
        self.phone_field_layout.setObjectName(u"phone_field_layout")
        self.phone_edit = QLineEdit(FirmDetailsForm)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(30)

        self.phone_field_layout.addWidget(self.phone_edit)

        self.phone_error_label = QLabel(FirmDetailsForm)
        self.phone_error_label.setObjectName(u"phone_error_label")
        self.phone_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_error_label.setWordWrap(True)

        self.phone_field_layout.addWidget(self.phone_error_label)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.phone_field_layout)

        self.logo_caption = QLabel(FirmDetailsForm)
        self.logo_caption.setObjectName(u"logo_caption")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.logo_caption)

        self.logo_field_layout = QVBoxLayout()
        self.logo_field_layout.setSpacing(4)
        self.logo_field_layout.setObjectName(u"logo_field_layout")
        self.logo_preview_label = QLabel(FirmDetailsForm)
        self.logo_preview_label.setObjectName(u"logo_preview_label")
        self.logo_preview_label.setMinimumSize(QSize(260, 80))
        self.logo_preview_label.setMaximumSize(QSize(260, 80))
        self.logo_preview_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.logo_preview_label.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.logo_field_layout.addWidget(self.logo_preview_label)

        self.logo_buttons_layout = QHBoxLayout()
        self.logo_buttons_layout.setObjectName(u"logo_buttons_layout")
        self.choose_logo_button = QPushButton(FirmDetailsForm)
        self.choose_logo_button.setObjectName(u"choose_logo_button")

        self.logo_buttons_layout.addWidget(self.choose_logo_button)

        self.remove_logo_button = QPushButton(FirmDetailsForm)
        self.remove_logo_button.setObjectName(u"remove_logo_button")

        self.logo_buttons_layout.addWidget(self.remove_logo_button)

        self.logo_buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logo_buttons_layout.addItem(self.logo_buttons_spacer)


        self.logo_field_layout.addLayout(self.logo_buttons_layout)

        self.logo_hint_label = QLabel(FirmDetailsForm)
        self.logo_hint_label.setObjectName(u"logo_hint_label")
        self.logo_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_hint_label.setWordWrap(True)

        self.logo_field_layout.addWidget(self.logo_hint_label)

        self.logo_error_label = QLabel(FirmDetailsForm)
        self.logo_error_label.setObjectName(u"logo_error_label")
        self.logo_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.logo_error_label.setWordWrap(True)

        self.logo_field_layout.addWidget(self.logo_error_label)


        self.form_layout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.logo_field_layout)


        self.main_layout.addLayout(self.form_layout)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

#if QT_CONFIG(shortcut)
        self.firm_name_caption.setBuddy(self.firm_name_edit)
        self.address_caption.setBuddy(self.address_edit)
        self.postcode_caption.setBuddy(self.postcode_edit)
        self.city_caption.setBuddy(self.city_edit)
        self.kvk_caption.setBuddy(self.kvk_edit)
        self.email_caption.setBuddy(self.email_edit)
        self.phone_caption.setBuddy(self.phone_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firm_name_edit, self.address_edit)
        QWidget.setTabOrder(self.address_edit, self.postcode_edit)
        QWidget.setTabOrder(self.postcode_edit, self.city_edit)
        QWidget.setTabOrder(self.city_edit, self.kvk_edit)
        QWidget.setTabOrder(self.kvk_edit, self.email_edit)
        QWidget.setTabOrder(self.email_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.choose_logo_button)
        QWidget.setTabOrder(self.choose_logo_button, self.remove_logo_button)

        self.retranslateUi(FirmDetailsForm)

        QMetaObject.connectSlotsByName(FirmDetailsForm)
    # setupUi

    def retranslateUi(self, FirmDetailsForm):
        self.firm_name_caption.setText(QCoreApplication.translate("FirmDetailsForm", u"&Naam kantoor", None))
        self.address_caption.setText(QCoreApplication.translate("FirmDetailsForm", u"&Adres (straat en huisnummer)", None))
        self.postcode_caption.setText(QCoreApplication.translate("FirmDetailsForm", u"&Postcode", None))
        self.city_caption.setText(QCoreApplication.translate("FirmDetailsForm", u"P&laats", None))
        self.kvk_caption.setText(QCoreApplication.translate("FirmDetailsForm", u"&KvK-nummer", None))
        self.email_caption.setText(QCoreApplication.translate("FirmDetailsForm", u"&E-mailadres", None))
        self.phone_caption.setText(QCoreApplication.translate("FirmDetailsForm", u"&Telefoonnummer", None))
        self.logo_caption.setText(QCoreApplication.translate("FirmDetailsForm", u"Logo", None))
        self.logo_preview_label.setText(QCoreApplication.translate("FirmDetailsForm", u"Geen logo", None))
        self.choose_logo_button.setText(QCoreApplication.translate("FirmDetailsForm", u"Logo k&iezen\u2026", None))
        self.remove_logo_button.setText(QCoreApplication.translate("FirmDetailsForm", u"Logo &verwijderen", None))
        self.logo_hint_label.setText(QCoreApplication.translate("FirmDetailsForm", u"PNG of JPEG, hoogstens 2 MB en 4000 \u00d7 4000 pixels. Het logo komt bovenaan elk document.", None))
        pass
    # retranslateUi

