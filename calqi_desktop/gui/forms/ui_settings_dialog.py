# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QVBoxLayout,
    QWidget)

from calqi_desktop.gui.firm_details_form import FirmDetailsForm

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 600)
        self.main_layout = QVBoxLayout(SettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.settings_tabs = QTabWidget(SettingsDialog)
        self.settings_tabs.setObjectName(u"settings_tabs")
        self.firm_tab = QWidget()
        self.firm_tab.setObjectName(u"firm_tab")
        self.firm_tab_layout = QVBoxLayout(self.firm_tab)
        self.firm_tab_layout.setObjectName(u"firm_tab_layout")
        self.firm_read_only_label = QLabel(self.firm_tab)
        self.firm_read_only_label.setObjectName(u"firm_read_only_label")
        self.firm_read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.firm_read_only_label.setWordWrap(True)

        self.firm_tab_layout.addWidget(self.firm_read_only_label)

        self.firm_details_form = FirmDetailsForm(self.firm_tab)
        self.firm_details_form.setObjectName(u"firm_details_form")

        self.firm_tab_layout.addWidget(self.firm_details_form)

        self.settings_tabs.addTab(self.firm_tab, "")
        self.security_tab = QWidget()
        self.security_tab.setObjectName(u"security_tab")
        self.security_tab_layout = QVBoxLayout(self.security_tab)
        self.security_tab_layout.setObjectName(u"security_tab_layout")
        self.security_read_only_label = QLabel(self.security_tab)
        self.security_read_only_label.setObjectName(u"security_read_only_label")
        self.security_read_only_label.setTextFormat(Qt.TextFormat.PlainText)
        self.security_read_only_label.setWordWrap(True)

        self.security_tab_layout.addWidget(self.security_read_only_label)

        self.security_form_layout = QFormLayout()
        self.security_form_layout.setObjectName(u"security_form_layout")
        self.security_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.idle_lock_minutes_caption = QLabel(self.security_tab)
        self.idle_lock_minutes_caption.setObjectName(u"idle_lock_minutes_caption")

        self.security_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idle_lock_minutes_caption)

        self.idle_lock_minutes_spin = QSpinBox(self.security_tab)
        self.idle_lock_minutes_spin.setObjectName(u"idle_lock_minutes_spin")
        self.idle_lock_minutes_spin.setMinimum(1)
        self.idle_lock_minutes_spin.setMaximum(120)
        self.idle_lock_minutes_spin.setValue(10)

        self.security_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idle_lock_minutes_spin)

        self.idle_lock_minutes_hint_label = QLabel(self.security_tab)
        self.idle_lock_minutes_hint_label.setObjectName(u"idle_lock_minutes_hint_label")
        self.idle_lock_minutes_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.idle_lock_minutes_hint_label.setWordWrap(True)

        self.security_form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.idle_lock_minutes_hint_label)

        self.clipboard_seconds_caption = QLabel(self.security_tab)
        self.clipboard_seconds_caption.setObjectName(u"clipboard_seconds_caption")

        self.security_form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.clipboard_seconds_caption)

        self.clipboard_seconds_spin = QSpinBox(self.security_tab)
        self.clipboard_seconds_spin.setObjectName(u"clipboard_seconds_spin")
        self.clipboard_seconds_spin.setMinimum(5)
        self.clipboard_seconds_spin.setMaximum(300)
        self.clipboard_seconds_spin.setValue(20)

        self.security_form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.clipboard_seconds_spin)

        self.clipboard_seconds_hint_label = QLabel(self.security_tab)
        self.clipboard_seconds_hint_label.setObjectName(u"clipboard_seconds_hint_label")
        self.clipboard_seconds_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clipboard_seconds_hint_label.setWordWrap(True)

        self.security_form_layout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.clipboard_seconds_hint_label)

        self.document_max_mb_caption = QLabel(self.security_tab)
        self.document_max_mb_caption.setObjectName(u"document_max_mb_caption")

        self.security_form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.document_max_mb_caption)

        self.document_max_mb_spin = QSpinBox(self.security_tab)
        self.document_max_mb_spin.setObjectName(u"document_max_mb_spin")
        self.document_max_mb_spin.setMinimum(1)
        self.document_max_mb_spin.setMaximum(100)
        self.document_max_mb_spin.setValue(25)

        self.security_form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.document_max_mb_spin)

        self.document_max_mb_hint_label = QLabel(self.security_tab)
        self.document_max_mb_hint_label.setObjectName(u"document_max_mb_hint_label")
        self.document_max_mb_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.document_max_mb_hint_label.setWordWrap(True)

        self.security_form_layout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.document_max_mb_hint_label)


        self.security_tab_layout.addLayout(self.security_form_layout)

        self.security_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.security_tab_layout.addItem(self.security_spacer)

        self.settings_tabs.addTab(self.security_tab, "")
        self.display_tab = QWidget()
        self.display_tab.setObjectName(u"display_tab")
        self.display_tab_layout = QVBoxLayout(self.display_tab)
        self.display_tab_layout.setObjectName(u"display_tab_layout")
        self.display_form_layout = QFormLayout()
        self.display_form_layout.setObjectName(u"display_form_layout")
        self.display_form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_caption = QLabel(self.display_tab)
        self.language_caption.setObjectName(u"language_caption")

        self.display_form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.language_caption)

        self.language_combo = QComboBox(self.display_tab)
        self.language_combo.setObjectName(u"language_combo")

        self.display_form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.language_combo)

        self.language_note_label = QLabel(self.display_tab)
        self.language_note_label.setObjectName(u"language_note_label")
        self.language_note_label.setTextFormat(Qt.TextFormat.PlainText)
        self.language_note_label.setWordWrap(True)

        self.display_form_layout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.language_note_label)


        self.display_tab_layout.addLayout(self.display_form_layout)

        self.display_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.display_tab_layout.addItem(self.display_spacer)

        self.settings_tabs.addTab(self.display_tab, "")

        self.main_layout.addWidget(self.settings_tabs)

        self.button_box = QDialogButtonBox(SettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.idle_lock_minutes_caption.setBuddy(self.idle_lock_minutes_spin)
        self.clipboard_seconds_caption.setBuddy(self.clipboard_seconds_spin)
        self.document_max_mb_caption.setBuddy(self.document_max_mb_spin)
        self.language_caption.setBuddy(self.language_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settings_tabs, self.idle_lock_minutes_spin)
        QWidget.setTabOrder(self.idle_lock_minutes_spin, self.clipboard_seconds_spin)
        QWidget.setTabOrder(self.clipboard_seconds_spin, self.document_max_mb_spin)
        QWidget.setTabOrder(self.document_max_mb_spin, self.language_combo)

        self.retranslateUi(SettingsDialog)

        self.settings_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Instellingen \u2013 Calqi Desktop", None))
        self.firm_read_only_label.setText(QCoreApplication.translate("SettingsDialog", u"Alleen een beheerder kan de kantoorgegevens wijzigen.", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.firm_tab), QCoreApplication.translate("SettingsDialog", u"Kantoor", None))
        self.security_read_only_label.setText(QCoreApplication.translate("SettingsDialog", u"Alleen een beheerder kan deze instellingen wijzigen.", None))
        self.idle_lock_minutes_caption.setText(QCoreApplication.translate("SettingsDialog", u"Automatisch &vergrendelen na", None))
        self.idle_lock_minutes_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min.", None))
        self.idle_lock_minutes_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"Zo lang zonder gebruik, dan vergrendelt Calqi Desktop zich en is het wachtwoord weer nodig. Van 1 tot en met 120 minuten; geldt op elke werkplek.", None))
        self.clipboard_seconds_caption.setText(QCoreApplication.translate("SettingsDialog", u"&Klembord wissen na", None))
        self.clipboard_seconds_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" sec.", None))
        self.clipboard_seconds_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"Gekopieerde bijzondere gegevens, zoals een BSN, verdwijnen na zo veel seconden van het klembord. Van 5 tot en met 300 seconden.", None))
        self.document_max_mb_caption.setText(QCoreApplication.translate("SettingsDialog", u"&Documenten hoogstens", None))
        self.document_max_mb_spin.setSuffix(QCoreApplication.translate("SettingsDialog", u" MB", None))
        self.document_max_mb_hint_label.setText(QCoreApplication.translate("SettingsDialog", u"Grootste bestand dat als document in een dossier kan worden opgeslagen (PDF, PNG of JPEG). Van 1 tot en met 100 MB.", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.security_tab), QCoreApplication.translate("SettingsDialog", u"Beveiliging", None))
        self.language_caption.setText(QCoreApplication.translate("SettingsDialog", u"&Taal", None))
        self.language_note_label.setText(QCoreApplication.translate("SettingsDialog", u"Een andere taal geldt na het opnieuw starten van Calqi Desktop. Deze keuze geldt alleen voor deze computer.", None))
        self.settings_tabs.setTabText(self.settings_tabs.indexOf(self.display_tab), QCoreApplication.translate("SettingsDialog", u"Weergave", None))
    # retranslateUi

