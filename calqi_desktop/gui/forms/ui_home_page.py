# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
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
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        HomePage.resize(760, 560)
        self.home_layout = QVBoxLayout(HomePage)
        self.home_layout.setObjectName(u"home_layout")
        self.welcome_label = QLabel(HomePage)
        self.welcome_label.setObjectName(u"welcome_label")
        self.welcome_label.setTextFormat(Qt.TextFormat.PlainText)

        self.home_layout.addWidget(self.welcome_label)

        self.firm_label = QLabel(HomePage)
        self.firm_label.setObjectName(u"firm_label")
        self.firm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.firm_label.setWordWrap(True)

        self.home_layout.addWidget(self.firm_label)

        self.account_group = QGroupBox(HomePage)
        self.account_group.setObjectName(u"account_group")
        self.account_layout = QVBoxLayout(self.account_group)
        self.account_layout.setObjectName(u"account_layout")
        self.account_label = QLabel(self.account_group)
        self.account_label.setObjectName(u"account_label")
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)
        self.account_label.setWordWrap(True)

        self.account_layout.addWidget(self.account_label)

        self.account_buttons_layout = QHBoxLayout()
        self.account_buttons_layout.setObjectName(u"account_buttons_layout")
        self.change_password_button = QPushButton(self.account_group)
        self.change_password_button.setObjectName(u"change_password_button")

        self.account_buttons_layout.addWidget(self.change_password_button)

        self.account_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.account_buttons_layout.addItem(self.account_spacer)


        self.account_layout.addLayout(self.account_buttons_layout)


        self.home_layout.addWidget(self.account_group)

        self.vault_group = QGroupBox(HomePage)
        self.vault_group.setObjectName(u"vault_group")
        self.vault_layout = QVBoxLayout(self.vault_group)
        self.vault_layout.setObjectName(u"vault_layout")
        self.vault_folder_label = QLabel(self.vault_group)
        self.vault_folder_label.setObjectName(u"vault_folder_label")
        self.vault_folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.vault_folder_label.setWordWrap(True)
        self.vault_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.vault_layout.addWidget(self.vault_folder_label)

        self.vault_buttons_layout = QHBoxLayout()
        self.vault_buttons_layout.setObjectName(u"vault_buttons_layout")
        self.check_vault_button = QPushButton(self.vault_group)
        self.check_vault_button.setObjectName(u"check_vault_button")

        self.vault_buttons_layout.addWidget(self.check_vault_button)

        self.backup_button = QPushButton(self.vault_group)
        self.backup_button.setObjectName(u"backup_button")

        self.vault_buttons_layout.addWidget(self.backup_button)

        self.vault_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vault_buttons_layout.addItem(self.vault_spacer)


        self.vault_layout.addLayout(self.vault_buttons_layout)

        self.vault_result_label = QLabel(self.vault_group)
        self.vault_result_label.setObjectName(u"vault_result_label")
        self.vault_result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.vault_result_label.setWordWrap(True)
        self.vault_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.vault_layout.addWidget(self.vault_result_label)


        self.home_layout.addWidget(self.vault_group)

        self.home_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.home_layout.addItem(self.home_spacer)


        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.welcome_label.setText(QCoreApplication.translate("HomePage", u"Welkom", None))
        self.account_group.setTitle(QCoreApplication.translate("HomePage", u"Uw account", None))
        self.change_password_button.setText(QCoreApplication.translate("HomePage", u"Eigen &wachtwoord wijzigen\u2026", None))
        self.vault_group.setTitle(QCoreApplication.translate("HomePage", u"De kluis", None))
        self.check_vault_button.setText(QCoreApplication.translate("HomePage", u"Kluis &controleren", None))
        self.backup_button.setText(QCoreApplication.translate("HomePage", u"&Back-up maken\u2026", None))
        pass
    # retranslateUi

