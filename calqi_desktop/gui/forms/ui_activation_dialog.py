# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'activation_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_ActivationDialog(object):
    def setupUi(self, activation_dialog):
        if not activation_dialog.objectName():
            activation_dialog.setObjectName(u"activation_dialog")
        activation_dialog.resize(460, 220)
        self.main_layout = QVBoxLayout(activation_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(activation_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.activation_code_caption = QLabel(activation_dialog)
        self.activation_code_caption.setObjectName(u"activation_code_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.activation_code_caption)

        self.activation_code_layout = QVBoxLayout()
        self.activation_code_layout.setSpacing(2)
        self.activation_code_layout.setObjectName(u"activation_code_layout")
        self.activation_code_line_layout = QHBoxLayout()
        self.activation_code_line_layout.setObjectName(u"activation_code_line_layout")
        self.activation_code_edit = QLineEdit(activation_dialog)
        self.activation_code_edit.setObjectName(u"activation_code_edit")
        self.activation_code_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.activation_code_edit.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData|Qt.InputMethodHint.ImhNoPredictiveText)
        self.activation_code_edit.setMaxLength(40)

        self.activation_code_line_layout.addWidget(self.activation_code_edit)

        self.show_code_check = QCheckBox(activation_dialog)
        self.show_code_check.setObjectName(u"show_code_check")

        self.activation_code_line_layout.addWidget(self.show_code_check)


        self.activation_code_layout.addLayout(self.activation_code_line_layout)

        self.activation_code_error_label = QLabel(activation_dialog)
        self.activation_code_error_label.setObjectName(u"activation_code_error_label")
        self.activation_code_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.activation_code_error_label.setWordWrap(True)

        self.activation_code_layout.addWidget(self.activation_code_error_label)


        self.form_layout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.activation_code_layout)

        self.activated_on_caption = QLabel(activation_dialog)
        self.activated_on_caption.setObjectName(u"activated_on_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.activated_on_caption)

        self.activated_on_layout = QVBoxLayout()
        self.activated_on_layout.setSpacing(2)
        self.activated_on_layout.setObjectName(u"activated_on_layout")
        self.activated_on_edit = QLineEdit(activation_dialog)
        self.activated_on_edit.setObjectName(u"activated_on_edit")
        self.activated_on_edit.setMaxLength(10)

        self.activated_on_layout.addWidget(self.activated_on_edit)

        self.activated_on_error_label = QLabel(activation_dialog)
        self.activated_on_error_label.setObjectName(u"activated_on_error_label")
        self.activated_on_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.activated_on_error_label.setWordWrap(True)

        self.activated_on_layout.addWidget(self.activated_on_error_label)


        self.form_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.activated_on_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(activation_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(activation_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.activation_code_caption.setBuddy(self.activation_code_edit)
        self.activated_on_caption.setBuddy(self.activated_on_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.activation_code_edit, self.show_code_check)
        QWidget.setTabOrder(self.show_code_check, self.activated_on_edit)

        self.retranslateUi(activation_dialog)

        QMetaObject.connectSlotsByName(activation_dialog)
    # setupUi

    def retranslateUi(self, activation_dialog):
        activation_dialog.setWindowTitle(QCoreApplication.translate("ActivationDialog", u"Activeringscode invoeren", None))
        self.explanation_label.setText(QCoreApplication.translate("ActivationDialog", u"De klant heeft van de Belastingdienst een brief met een activeringscode gekregen. Vul de code in en de dag waarop de machtiging is geactiveerd; vanaf die dag is de VIA-machtiging geldig. De code wordt afgeschermd bewaard.", None))
        self.activation_code_caption.setText(QCoreApplication.translate("ActivationDialog", u"Acti&veringscode", None))
        self.activation_code_edit.setPlaceholderText(QCoreApplication.translate("ActivationDialog", u"uit de brief van de Belastingdienst", None))
        self.show_code_check.setText(QCoreApplication.translate("ActivationDialog", u"Tonen", None))
        self.activated_on_caption.setText(QCoreApplication.translate("ActivationDialog", u"Geact&iveerd op", None))
        self.activated_on_edit.setPlaceholderText(QCoreApplication.translate("ActivationDialog", u"dd-mm-jjjj", None))
    # retranslateUi

