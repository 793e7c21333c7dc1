# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'start_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StartDialog(object):
    def setupUi(self, StartDialog):
        if not StartDialog.objectName():
            StartDialog.setObjectName(u"StartDialog")
        StartDialog.resize(560, 420)
        self.start_layout = QVBoxLayout(StartDialog)
        self.start_layout.setObjectName(u"start_layout")
        self.title_label = QLabel(StartDialog)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.start_layout.addWidget(self.title_label)

        self.explanation_label = QLabel(StartDialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.start_layout.addWidget(self.explanation_label)

        self.recent_caption = QLabel(StartDialog)
        self.recent_caption.setObjectName(u"recent_caption")

        self.start_layout.addWidget(self.recent_caption)

        self.recent_vaults_list = QListWidget(StartDialog)
        self.recent_vaults_list.setObjectName(u"recent_vaults_list")

        self.start_layout.addWidget(self.recent_vaults_list)

        self.message_label = QLabel(StartDialog)
        self.message_label.setObjectName(u"message_label")
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)

        self.start_layout.addWidget(self.message_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.open_recent_button = QPushButton(StartDialog)
        self.open_recent_button.setObjectName(u"open_recent_button")

        self.buttons_layout.addWidget(self.open_recent_button)

        self.open_folder_button = QPushButton(StartDialog)
        self.open_folder_button.setObjectName(u"open_folder_button")

        self.buttons_layout.addWidget(self.open_folder_button)

        self.create_vault_button = QPushButton(StartDialog)
        self.create_vault_button.setObjectName(u"create_vault_button")

        self.buttons_layout.addWidget(self.create_vault_button)

        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.quit_button = QPushButton(StartDialog)
        self.quit_button.setObjectName(u"quit_button")
        self.quit_button.setAutoDefault(False)

        self.buttons_layout.addWidget(self.quit_button)


        self.start_layout.addLayout(self.buttons_layout)

#if QT_CONFIG(shortcut)
        self.recent_caption.setBuddy(self.recent_vaults_list)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recent_vaults_list, self.open_recent_button)
        QWidget.setTabOrder(self.open_recent_button, self.open_folder_button)
        QWidget.setTabOrder(self.open_folder_button, self.create_vault_button)
        QWidget.setTabOrder(self.create_vault_button, self.quit_button)

        self.retranslateUi(StartDialog)

        QMetaObject.connectSlotsByName(StartDialog)
    # setupUi

    def retranslateUi(self, StartDialog):
        StartDialog.setWindowTitle(QCoreApplication.translate("StartDialog", u"Calqi Desktop", None))
        self.title_label.setText(QCoreApplication.translate("StartDialog", u"Welkom bij Calqi Desktop", None))
        self.explanation_label.setText(QCoreApplication.translate("StartDialog", u"De klantdossiers staan in een versleutelde kluis: een map op de eigen schijf van deze werkplek. Open een bestaande kluis of maak een nieuwe.", None))
        self.recent_caption.setText(QCoreApplication.translate("StartDialog", u"&Eerder geopend op deze werkplek", None))
        self.open_recent_button.setText(QCoreApplication.translate("StartDialog", u"&Openen", None))
        self.open_folder_button.setText(QCoreApplication.translate("StartDialog", u"Andere kluis &zoeken\u2026", None))
        self.create_vault_button.setText(QCoreApplication.translate("StartDialog", u"&Nieuwe kluis maken\u2026", None))
        self.quit_button.setText(QCoreApplication.translate("StartDialog", u"&Afsluiten", None))
    # retranslateUi

