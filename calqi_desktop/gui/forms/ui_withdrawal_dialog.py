# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'withdrawal_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_WithdrawalDialog(object):
    def setupUi(self, withdrawal_dialog):
        if not withdrawal_dialog.objectName():
            withdrawal_dialog.setObjectName(u"withdrawal_dialog")
        withdrawal_dialog.resize(680, 560)
        self.main_layout = QVBoxLayout(withdrawal_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.consent_label = QLabel(withdrawal_dialog)
        self.consent_label.setObjectName(u"consent_label")
        self.consent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.consent_label.setWordWrap(True)

        self.main_layout.addWidget(self.consent_label)

        self.service_warning_label = QLabel(withdrawal_dialog)
        self.service_warning_label.setObjectName(u"service_warning_label")
        self.service_warning_label.setTextFormat(Qt.TextFormat.PlainText)
        self.service_warning_label.setWordWrap(True)

        self.main_layout.addWidget(self.service_warning_label)

        self.decisions_group = QGroupBox(withdrawal_dialog)
        self.decisions_group.setObjectName(u"decisions_group")
        self.decisions_layout = QVBoxLayout(self.decisions_group)
        self.decisions_layout.setObjectName(u"decisions_layout")
        self.decisions_intro_label = QLabel(self.decisions_group)
        self.decisions_intro_label.setObjectName(u"decisions_intro_label")
        self.decisions_intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.decisions_intro_label.setWordWrap(True)

        self.decisions_layout.addWidget(self.decisions_intro_label)


        self.main_layout.addWidget(self.decisions_group)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.withdrawn_at_caption = QLabel(withdrawal_dialog)
        self.withdrawn_at_caption.setObjectName(u"withdrawn_at_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.withdrawn_at_caption)

        self.withdrawn_at_edit = QLineEdit(withdrawal_dialog)
        self.withdrawn_at_edit.setObjectName(u"withdrawn_at_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.withdrawn_at_edit)

        self.method_caption = QLabel(withdrawal_dialog)
        self.method_caption.setObjectName(u"method_caption")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.method_caption)

        self.method_combo = QComboBox(withdrawal_dialog)
        self.method_combo.setObjectName(u"method_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.evidence_caption = QLabel(withdrawal_dialog)
        self.evidence_caption.setObjectName(u"evidence_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.evidence_caption)

        self.evidence_layout = QHBoxLayout()
        self.evidence_layout.setObjectName(u"evidence_layout")
        self.evidence_combo = QComboBox(withdrawal_dialog)
        self.evidence_combo.setObjectName(u"evidence_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.evidence_combo.sizePolicy().hasHeightForWidth())
        self.evidence_combo.setSizePolicy(sizePolicy)

        self.evidence_layout.addWidget(self.evidence_combo)

        self.add_evidence_button = QPushButton(withdrawal_dialog)
        self.add_evidence_button.setObjectName(u"add_evidence_button")

        self.evidence_layout.addWidget(self.add_evidence_button)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.evidence_layout)

        self.note_caption = QLabel(withdrawal_dialog)
        self.note_caption.setObjectName(u"note_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_edit = QLineEdit(withdrawal_dialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(withdrawal_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(withdrawal_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.withdrawn_at_caption.setBuddy(self.withdrawn_at_edit)
        self.method_caption.setBuddy(self.method_combo)
        self.evidence_caption.setBuddy(self.evidence_combo)
        self.note_caption.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.withdrawn_at_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.evidence_combo)
        QWidget.setTabOrder(self.evidence_combo, self.add_evidence_button)
        QWidget.setTabOrder(self.add_evidence_button, self.note_edit)

        self.retranslateUi(withdrawal_dialog)

        QMetaObject.connectSlotsByName(withdrawal_dialog)
    # setupUi

    def retranslateUi(self, withdrawal_dialog):
        withdrawal_dialog.setWindowTitle(QCoreApplication.translate("WithdrawalDialog", u"Toestemming intrekken", None))
        self.service_warning_label.setText(QCoreApplication.translate("WithdrawalDialog", u"Let op: zonder deze toestemming kan Calqi bepaalde diensten mogelijk niet meer verlenen (privacyverklaring).", None))
        self.decisions_group.setTitle(QCoreApplication.translate("WithdrawalDialog", u"Bijzondere gegevens op grond van deze toestemming", None))
        self.decisions_intro_label.setText(QCoreApplication.translate("WithdrawalDialog", u"Deze toestemming is de grondslag van de gegevens hieronder. Kies per soort wat ermee gebeurt: nu wissen, of bewaren onder een andere grondslag (met een toelichting). Stilzwijgend bewaren kan niet.", None))
        self.withdrawn_at_caption.setText(QCoreApplication.translate("WithdrawalDialog", u"Ingetrokken &op", None))
#if QT_CONFIG(tooltip)
        self.withdrawn_at_edit.setToolTip(QCoreApplication.translate("WithdrawalDialog", u"Wanneer de klant de toestemming introk, als dd-mm-jjjj uu:mm (alleen een datum mag ook)", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawn_at_edit.setPlaceholderText(QCoreApplication.translate("WithdrawalDialog", u"dd-mm-jjjj uu:mm", None))
        self.method_caption.setText(QCoreApplication.translate("WithdrawalDialog", u"&Manier", None))
        self.evidence_caption.setText(QCoreApplication.translate("WithdrawalDialog", u"&Bewijsstuk", None))
#if QT_CONFIG(tooltip)
        self.add_evidence_button.setToolTip(QCoreApplication.translate("WithdrawalDialog", u"Een PDF-, PNG- of JPEG-bestand (bijv. de brief of e-mail van de klant) als ondertekend formulier aan het dossier toevoegen en als bewijsstuk kiezen", None))
#endif // QT_CONFIG(tooltip)
        self.add_evidence_button.setText(QCoreApplication.translate("WithdrawalDialog", u"Bestand &toevoegen\u2026", None))
        self.note_caption.setText(QCoreApplication.translate("WithdrawalDialog", u"Toe&lichting", None))
    # retranslateUi

