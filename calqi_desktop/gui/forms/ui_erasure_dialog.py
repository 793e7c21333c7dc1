# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'erasure_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ErasureDialog(object):
    def setupUi(self, erasure_dialog):
        if not erasure_dialog.objectName():
            erasure_dialog.setObjectName(u"erasure_dialog")
        erasure_dialog.resize(720, 640)
        self.main_layout = QVBoxLayout(erasure_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(erasure_dialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.removed_caption = QLabel(erasure_dialog)
        self.removed_caption.setObjectName(u"removed_caption")

        self.main_layout.addWidget(self.removed_caption)

        self.removed_list = QListWidget(erasure_dialog)
        self.removed_list.setObjectName(u"removed_list")
        self.removed_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.removed_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.removed_list.setWordWrap(True)

        self.main_layout.addWidget(self.removed_list)

        self.kept_caption = QLabel(erasure_dialog)
        self.kept_caption.setObjectName(u"kept_caption")

        self.main_layout.addWidget(self.kept_caption)

        self.kept_list = QListWidget(erasure_dialog)
        self.kept_list.setObjectName(u"kept_list")
        self.kept_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.kept_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.kept_list.setWordWrap(True)

        self.main_layout.addWidget(self.kept_list)

        self.warning_label = QLabel(erasure_dialog)
        self.warning_label.setObjectName(u"warning_label")
        self.warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.warning_label)

        self.confirm_check = QCheckBox(erasure_dialog)
        self.confirm_check.setObjectName(u"confirm_check")

        self.main_layout.addWidget(self.confirm_check)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.client_number_caption = QLabel(erasure_dialog)
        self.client_number_caption.setObjectName(u"client_number_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.client_number_caption)

        self.client_number_edit = QLineEdit(erasure_dialog)
        self.client_number_edit.setObjectName(u"client_number_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.client_number_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(erasure_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(erasure_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(2, 3)
        self.main_layout.setStretch(4, 2)
#if QT_CONFIG(shortcut)
        self.removed_caption.setBuddy(self.removed_list)
        self.kept_caption.setBuddy(self.kept_list)
        self.client_number_caption.setBuddy(self.client_number_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.removed_list, self.kept_list)
        QWidget.setTabOrder(self.kept_list, self.confirm_check)
        QWidget.setTabOrder(self.confirm_check, self.client_number_edit)

        self.retranslateUi(erasure_dialog)

        QMetaObject.connectSlotsByName(erasure_dialog)
    # setupUi

    def retranslateUi(self, erasure_dialog):
        erasure_dialog.setWindowTitle(QCoreApplication.translate("ErasureDialog", u"Gegevens wissen (anonimiseren)", None))
        self.removed_caption.setText(QCoreApplication.translate("ErasureDialog", u"Wordt &verwijderd", None))
        self.kept_caption.setText(QCoreApplication.translate("ErasureDialog", u"Blijft &bewaard, met de reden", None))
        self.warning_label.setText(QCoreApplication.translate("ErasureDialog", u"Dit kan niet ongedaan worden gemaakt. Back-ups die v\u00f3\u00f3r vandaag zijn gemaakt, bevatten de gegevens nog totdat ze volgens het back-upschema zijn vervangen; zet ze niet terug zonder deze wissing opnieuw uit te voeren.", None))
        self.confirm_check.setText(QCoreApplication.translate("ErasureDialog", u"Ik heb gecontroleerd wat er wordt verwijderd en wat er blijft, en begrijp dat dit &definitief is", None))
        self.client_number_caption.setText(QCoreApplication.translate("ErasureDialog", u"&Klantnummer ter bevestiging", None))
    # retranslateUi

