# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'child_dialog.ui'
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

class Ui_ChildDialog(object):
    def setupUi(self, child_dialog):
        if not child_dialog.objectName():
            child_dialog.setObjectName(u"child_dialog")
        child_dialog.resize(460, 220)
        self.main_layout = QVBoxLayout(child_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(child_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.first_names_caption = QLabel(child_dialog)
        self.first_names_caption.setObjectName(u"first_names_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.first_names_caption)

        self.first_names_layout = QVBoxLayout()
        self.first_names_layout.setSpacing(2)
        self.first_names_layout.setObjectName(u"first_names_layout")
        self.first_names_edit = QLineEdit(child_dialog)
        self.first_names_edit.setObjectName(u"first_names_edit")

        self.first_names_layout.addWidget(self.first_names_edit)

        self.first_names_error_label = QLabel(child_dialog)
        self.first_names_error_label.setObjectName(u"first_names_error_label")
        self.first_names_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.first_names_error_label.setWordWrap(True)

        self.first_names_layout.addWidget(self.first_names_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.first_names_layout)

        self.last_name_caption = QLabel(child_dialog)
        self.last_name_caption.setObjectName(u"last_name_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.last_name_caption)

        self.last_name_layout = QVBoxLayout()
        self.last_name_layout.setSpacing(2)
        self.last_name_layout.setObjectName(u"last_name_layout")
        self.last_name_edit = QLineEdit(child_dialog)
        self.last_name_edit.setObjectName(u"last_name_edit")

        self.last_name_layout.addWidget(self.last_name_edit)

        self.last_name_error_label = QLabel(child_dialog)
        self.last_name_error_label.setObjectName(u"last_name_error_label")
        self.last_name_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_name_error_label.setWordWrap(True)

        self.last_name_layout.addWidget(self.last_name_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.last_name_layout)

        self.birth_date_caption = QLabel(child_dialog)
        self.birth_date_caption.setObjectName(u"birth_date_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birth_date_caption)

        self.birth_date_layout = QVBoxLayout()
        self.birth_date_layout.setSpacing(2)
        self.birth_date_layout.setObjectName(u"birth_date_layout")
        self.birth_date_edit = QLineEdit(child_dialog)
        self.birth_date_edit.setObjectName(u"birth_date_edit")

        self.birth_date_layout.addWidget(self.birth_date_edit)

        self.birth_date_error_label = QLabel(child_dialog)
        self.birth_date_error_label.setObjectName(u"birth_date_error_label")
        self.birth_date_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.birth_date_error_label.setWordWrap(True)

        self.birth_date_layout.addWidget(self.birth_date_error_label)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.birth_date_layout)


        self.main_layout.addLayout(self.form_layout)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(child_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.first_names_caption.setBuddy(self.first_names_edit)
        self.last_name_caption.setBuddy(self.last_name_edit)
        self.birth_date_caption.setBuddy(self.birth_date_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.first_names_edit, self.last_name_edit)
        QWidget.setTabOrder(self.last_name_edit, self.birth_date_edit)

        self.retranslateUi(child_dialog)

        QMetaObject.connectSlotsByName(child_dialog)
    # setupUi

    def retranslateUi(self, child_dialog):
        child_dialog.setWindowTitle(QCoreApplication.translate("ChildDialog", u"Kind", None))
        self.explanation_label.setText(QCoreApplication.translate("ChildDialog", u"Het kind wordt opgeslagen met het dossier en daarna afgeschermd getoond.", None))
        self.first_names_caption.setText(QCoreApplication.translate("ChildDialog", u"&Voornamen", None))
        self.last_name_caption.setText(QCoreApplication.translate("ChildDialog", u"&Achternaam", None))
        self.birth_date_caption.setText(QCoreApplication.translate("ChildDialog", u"&Geboortedatum", None))
        self.birth_date_edit.setPlaceholderText(QCoreApplication.translate("ChildDialog", u"dd-mm-jjjj", None))
    # retranslateUi

