# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_editor.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QTableView, QVBoxLayout, QWidget)

class Ui_DossierEditor(object):
    def setupUi(self, dossier_editor):
        if not dossier_editor.objectName():
            dossier_editor.setObjectName(u"dossier_editor")
        dossier_editor.resize(1080, 680)
        self.main_layout = QVBoxLayout(dossier_editor)
        self.main_layout.setObjectName(u"main_layout")
        self.banner_label = QLabel(dossier_editor)
        self.banner_label.setObjectName(u"banner_label")
        self.banner_label.setTextFormat(Qt.TextFormat.PlainText)
        self.banner_label.setWordWrap(True)

        self.main_layout.addWidget(self.banner_label)

        self.dossier_tabs = QTabWidget(dossier_editor)
        self.dossier_tabs.setObjectName(u"dossier_tabs")
        self.details_tab = QWidget()
        self.details_tab.setObjectName(u"details_tab")
        self.details_tab_layout = QVBoxLayout(self.details_tab)
        self.details_tab_layout.setObjectName(u"details_tab_layout")
        self.details_form = QFormLayout()
        self.details_form.setObjectName(u"details_form")
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind_caption = QLabel(self.details_tab)
        self.kind_caption.setObjectName(u"kind_caption")

        self.details_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_caption)

        self.kind_combo = QComboBox(self.details_tab)
        self.kind_combo.setObjectName(u"kind_combo")

        self.details_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.client_number_caption = QLabel(self.details_tab)
        self.client_number_caption.setObjectName(u"client_number_caption")

        self.details_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_number_caption)

        self.client_number_layout = QVBoxLayout()
        self.client_number_layout.setSpacing(2)
        self.client_number_layout.setObjectName(u"client_number_layout")
        self.client_number_edit = QLineEdit(self.details_tab)
        self.client_number_edit.setObjectName(u"client_number_edit")

        self.client_number_layout.addWidget(self.client_number_edit)

        self.client_number_error_label = QLabel(self.details_tab)
        self.client_number_error_label.setObjectName(u"client_number_error_label")
        self.client_number_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.client_number_error_label.setWordWrap(True)

        self.client_number_layout.addWidget(self.client_number_error_label)


        self.details_form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.client_number_layout)

        self.initials_caption = QLabel(self.details_tab)
        self.initials_caption.setObjectName(u"initials_caption")

        self.details_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.initials_caption)

        self.initials_layout = QVBoxLayout()
        self.initials_layout.setSpacing(2)
        self.initials_layout.setObjectName(u"initials_layout")
        self.initials_edit = QLineEdit(self.details_tab)
        self.initials_edit.setObjectName(u"initials_edit")

        self.initials_layout.addWidget(self.initials_edit)

        self.initials_error_label = QLabel(self.details_tab)
        self.initials_error_label.setObjectName(u"initials_error_label")
        self.initials_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.initials_error_label.setWordWrap(True)

        self.initials_layout.addWidget(self.initials_error_label)


        self.details_form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.initials_layout)

        self.first_names_caption = QLabel(self.details_tab)
        self.first_names_caption.setObjectName(u"first_names_caption")

        self.details_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.first_names_caption)

        self.first_names_layout = QVBoxLayout()
        self.first_names_layout.setSpacing(2)
        self.first_names_layout.setObjectName(u"first_names_layout")
        self.first_names_edit = QLineEdit(self.details_tab)
        self.first_names_edit.setObjectName(u"first_names_edit")

        self.first_names_layout.addWidget(self.first_names_edit)

        self.first_names_error_label = QLabel(self.details_tab)
        self.first_names_error_label.setObjectName(u"first_names_error_label")
        self.first_names_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.first_names_error_label.setWordWrap(True)

        self.first_names_layout.addWidget(self.first_names_error_label)


        self.details_form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.first_names_layout)

        self.tussenvoegsel_caption = QLabel(self.details_tab)
        self.tussenvoegsel_caption.setObjectName(u"tussenvoegsel_caption")

        self.details_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tussenvoegsel_caption)

        self.tussenvoegsel_layout = QVBoxLayout()
        self.tussenvoegsel_layout.setSpacing(2)
        self.tussenvoegsel_layout.setObjectName(u"tussenvoegsel_layout")
        self.tussenvoegsel_edit = QLineEdit(self.details_tab)
        self.tussenvoegsel_edit.setObjectName(u"tussenvoegsel_edit")

        self.tussenvoegsel_layout.addWidget(self.tussenvoegsel_edit)

        self.tussenvoegsel_error_label = QLabel(self.details_tab)
        self.tussenvoegsel_error_label.setObjectName(u"tussenvoegsel_error_label")
        self.tussenvoegsel_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.tussenvoegsel_error_label.setWordWrap(True)

        self.tussenvoegsel_layout.addWidget(self.tussenvoegsel_error_label)


        self.details_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.tussenvoegsel_layout)

        self.last_name_caption = QLabel(self.details_tab)
        self.last_name_caption.setObjectName(u"last_name_caption")

        self.details_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.last_name_caption)

        self.last_name_layout = QVBoxLayout()
        self.last_name_layout.setSpacing(2)
        self.last_name_layout.setObjectName(u"last_name_layout")
        self.last_name_edit = QLineEdit(self.details_tab)
        self.last_name_edit.setObjectName(u"last_name_edit")

        self.last_name_layout.addWidget(self.last_name_edit)

        self.last_name_error_label = QLabel(self.details_tab)
        self.last_name_error_label.setObjectName(u"last_name_error_label")
        self.last_name_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.last_name_error_label.setWordWrap(True)

        self.last_name_layout.addWidget(self.last_name_error_label)


        self.details_form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.last_name_layout)

        self.gender_caption = QLabel(self.details_tab)
        self.gender_caption.setObjectName(u"gender_caption")

        self.details_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.gender_caption)

        self.gender_combo = QComboBox(self.details_tab)
        self.gender_combo.setObjectName(u"gender_combo")

        self.details_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.gender_combo)

        self.organisation_name_caption = QLabel(self.details_tab)
        self.organisation_name_caption.setObjectName(u"organisation_name_caption")

        self.details_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.organisation_name_caption)

        self.organisation_name_layout = QVBoxLayout()
        self.organisation_name_layout.setSpacing(2)
        self.organisation_name_layout.setObjectName(u"organisation_name_layout")
        self.organisation_name_edit = QLineEdit(self.details_tab)
        self.organisation_name_edit.setObjectName(u"organisation_name_edit")

        self.organisation_name_layout.addWidget(self.organisation_name_edit)

        self.organisation_name_error_label = QLabel(self.details_tab)
        self.organisation_name_error_label.setObjectName(u"organisation_name_error_label")
        self.organisation_name_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.organisation_name_error_label.setWordWrap(True)

        self.organisation_name_layout.addWidget(self.organisation_name_error_label)


        self.details_form.setLayout(7, QFormLayout.ItemRole.FieldRole, self.organisation_name_layout)

        self.function_caption = QLabel(self.details_tab)
        self.function_caption.setObjectName(u"function_caption")

        self.details_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.function_caption)

        self.function_layout = QVBoxLayout()
        self.function_layout.setSpacing(2)
        self.function_layout.setObjectName(u"function_layout")
        self.function_edit = QLineEdit(self.details_tab)
        self.function_edit.setObjectName(u"function_edit")

        self.function_layout.addWidget(self.function_edit)

        self.function_error_label = QLabel(self.details_tab)
        self.function_error_label.setObjectName(u"function_error_label")
        self.function_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.function_error_label.setWordWrap(True)

        self.function_layout.addWidget(self.function_error_label)


        self.details_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.function_layout)

        self.kvk_number_caption = QLabel(self.details_tab)
        self.kvk_number_caption.setObjectName(u"kvk_number_caption")

        self.details_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.kvk_number_caption)

        self.kvk_number_layout = QVBoxLayout()
        self.kvk_number_layout.setSpacing(2)
        self.kvk_number_layout.setObjectName(u"kvk_number_layout")
        self.kvk_number_edit = QLineEdit(self.details_tab)
        self.kvk_number_edit.setObjectName(u"kvk_number_edit")

        self.kvk_number_layout.addWidget(self.kvk_number_edit)

        self.kvk_number_error_label = QLabel(self.details_tab)
        self.kvk_number_error_label.setObjectName(u"kvk_number_error_label")
        self.kvk_number_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kvk_number_error_label.setWordWrap(True)

        self.kvk_number_layout.addWidget(self.kvk_number_error_label)


        self.details_form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.kvk_number_layout)

        self.rsin_caption = QLabel(self.details_tab)
        self.rsin_caption.setObjectName(u"rsin_caption")

        self.details_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.rsin_caption)

        self.rsin_layout = QVBoxLayout()
        self.rsin_layout.setSpacing(2)
        self.rsin_layout.setObjectName(u"rsin_layout")
        self.rsin_edit = QLineEdit(self.details_tab)
        self.rsin_edit.setObjectName(u"rsin_edit")

        self.rsin_layout.addWidget(self.rsin_edit)

        self.rsin_error_label = QLabel(self.details_tab)
        self.rsin_error_label.setObjectName(u"rsin_error_label")
        self.rsin_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.rsin_error_label.setWordWrap(True)

        self.rsin_layout.addWidget(self.rsin_error_label)


        self.details_form.setLayout(10, QFormLayout.ItemRole.FieldRole, self.rsin_layout)

        self.btw_id_caption = QLabel(self.details_tab)
        self.btw_id_caption.setObjectName(u"btw_id_caption")

        self.details_form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.btw_id_caption)

        self.btw_id_layout = QVBoxLayout()
        self.btw_id_layout.setSpacing(2)
        self.btw_id_layout.setObjectName(u"btw_id_layout")
        self.btw_id_edit = QLineEdit(self.details_tab)
        self.btw_id_edit.setObjectName(u"btw_id_edit")

        self.btw_id_layout.addWidget(self.btw_id_edit)

        self.btw_id_error_label = QLabel(self.details_tab)
        self.btw_id_error_label.setObjectName(u"btw_id_error_label")
        self.btw_id_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.btw_id_error_label.setWordWrap(True)

        self.btw_id_layout.addWidget(self.btw_id_error_label)


        self.details_form.setLayout(11, QFormLayout.ItemRole.FieldRole, self.btw_id_layout)

        self.status_caption = QLabel(self.details_tab)
        self.status_caption.setObjectName(u"status_caption")

        self.details_form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status_combo = QComboBox(self.details_tab)
        self.status_combo.setObjectName(u"status_combo")

        self.details_form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.ended_on_caption = QLabel(self.details_tab)
        self.ended_on_caption.setObjectName(u"ended_on_caption")

        self.details_form.setWidget(13, QFormLayout.ItemRole.LabelRole, self.ended_on_caption)

        self.ended_on_layout = QVBoxLayout()
        self.ended_on_layout.setSpacing(2)
        self.ended_on_layout.setObjectName(u"ended_on_layout")
        self.ended_on_edit = QLineEdit(self.details_tab)
        self.ended_on_edit.setObjectName(u"ended_on_edit")

        self.ended_on_layout.addWidget(self.ended_on_edit)

        self.ended_on_error_label = QLabel(self.details_tab)
        self.ended_on_error_label.setObjectName(u"ended_on_error_label")
        self.ended_on_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ended_on_error_label.setWordWrap(True)

        self.ended_on_layout.addWidget(self.ended_on_error_label)


        self.details_form.setLayout(13, QFormLayout.ItemRole.FieldRole, self.ended_on_layout)


        self.details_tab_layout.addLayout(self.details_form)

        self.details_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.details_tab_layout.addItem(self.details_spacer)

        self.dossier_tabs.addTab(self.details_tab, "")
        self.contact_tab = QWidget()
        self.contact_tab.setObjectName(u"contact_tab")
        self.contact_tab_layout = QVBoxLayout(self.contact_tab)
        self.contact_tab_layout.setObjectName(u"contact_tab_layout")
        self.dossier_tabs.addTab(self.contact_tab, "")
        self.special_tab = QWidget()
        self.special_tab.setObjectName(u"special_tab")
        self.special_tab_layout = QVBoxLayout(self.special_tab)
        self.special_tab_layout.setObjectName(u"special_tab_layout")
        self.dossier_tabs.addTab(self.special_tab, "")
        self.children_tab = QWidget()
        self.children_tab.setObjectName(u"children_tab")
        self.children_tab_layout = QVBoxLayout(self.children_tab)
        self.children_tab_layout.setObjectName(u"children_tab_layout")
        self.dossier_tabs.addTab(self.children_tab, "")
        self.bank_accounts_tab = QWidget()
        self.bank_accounts_tab.setObjectName(u"bank_accounts_tab")
        self.bank_accounts_tab_layout = QVBoxLayout(self.bank_accounts_tab)
        self.bank_accounts_tab_layout.setObjectName(u"bank_accounts_tab_layout")
        self.dossier_tabs.addTab(self.bank_accounts_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_tab_layout = QVBoxLayout(self.documents_tab)
        self.documents_tab_layout.setObjectName(u"documents_tab_layout")
        self.dossier_tabs.addTab(self.documents_tab, "")
        self.history_tab = QWidget()
        self.history_tab.setObjectName(u"history_tab")
        self.history_tab_layout = QVBoxLayout(self.history_tab)
        self.history_tab_layout.setObjectName(u"history_tab_layout")
        self.history_intro_label = QLabel(self.history_tab)
        self.history_intro_label.setObjectName(u"history_intro_label")
        self.history_intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.history_intro_label.setWordWrap(True)

        self.history_tab_layout.addWidget(self.history_intro_label)

        self.history_table = QTableView(self.history_tab)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setAlternatingRowColors(True)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setWordWrap(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)

        self.history_tab_layout.addWidget(self.history_table)

        self.dossier_tabs.addTab(self.history_tab, "")

        self.main_layout.addWidget(self.dossier_tabs)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.editor_status_label = QLabel(dossier_editor)
        self.editor_status_label.setObjectName(u"editor_status_label")
        self.editor_status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.editor_status_label.setWordWrap(True)

        self.button_layout.addWidget(self.editor_status_label)

        self.save_button = QPushButton(dossier_editor)
        self.save_button.setObjectName(u"save_button")

        self.button_layout.addWidget(self.save_button)

        self.close_button = QPushButton(dossier_editor)
        self.close_button.setObjectName(u"close_button")

        self.button_layout.addWidget(self.close_button)

        self.button_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.button_layout)

#if QT_CONFIG(shortcut)
        self.kind_caption.setBuddy(self.kind_combo)
        self.client_number_caption.setBuddy(self.client_number_edit)
        self.initials_caption.setBuddy(self.initials_edit)
        self.first_names_caption.setBuddy(self.first_names_edit)
        self.tussenvoegsel_caption.setBuddy(self.tussenvoegsel_edit)
        self.last_name_caption.setBuddy(self.last_name_edit)
        self.gender_caption.setBuddy(self.gender_combo)
        self.organisation_name_caption.setBuddy(self.organisation_name_edit)
        self.function_caption.setBuddy(self.function_edit)
        self.kvk_number_caption.setBuddy(self.kvk_number_edit)
        self.rsin_caption.setBuddy(self.rsin_edit)
        self.btw_id_caption.setBuddy(self.btw_id_edit)
        self.status_caption.setBuddy(self.status_combo)
        self.ended_on_caption.setBuddy(self.ended_on_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(dossier_editor)

        self.dossier_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(dossier_editor)
    # setupUi

    def retranslateUi(self, dossier_editor):
        dossier_editor.setWindowTitle(QCoreApplication.translate("DossierEditor", u"Dossier", None))
        self.kind_caption.setText(QCoreApplication.translate("DossierEditor", u"Soort", None))
        self.client_number_caption.setText(QCoreApplication.translate("DossierEditor", u"Klantnummer", None))
        self.initials_caption.setText(QCoreApplication.translate("DossierEditor", u"Voorletters", None))
        self.first_names_caption.setText(QCoreApplication.translate("DossierEditor", u"Voornamen", None))
        self.tussenvoegsel_caption.setText(QCoreApplication.translate("DossierEditor", u"Tussenvoegsel", None))
        self.last_name_caption.setText(QCoreApplication.translate("DossierEditor", u"Achternaam", None))
        self.gender_caption.setText(QCoreApplication.translate("DossierEditor", u"Geslacht", None))
        self.organisation_name_caption.setText(QCoreApplication.translate("DossierEditor", u"Organisatienaam", None))
        self.function_caption.setText(QCoreApplication.translate("DossierEditor", u"Functie", None))
        self.kvk_number_caption.setText(QCoreApplication.translate("DossierEditor", u"KvK-nummer", None))
        self.rsin_caption.setText(QCoreApplication.translate("DossierEditor", u"RSIN", None))
        self.btw_id_caption.setText(QCoreApplication.translate("DossierEditor", u"Btw-id", None))
        self.status_caption.setText(QCoreApplication.translate("DossierEditor", u"Status", None))
        self.ended_on_caption.setText(QCoreApplication.translate("DossierEditor", u"Einddatum", None))
        self.ended_on_edit.setPlaceholderText(QCoreApplication.translate("DossierEditor", u"dd-mm-jjjj", None))
        self.dossier_tabs.setTabText(self.dossier_tabs.indexOf(self.details_tab), QCoreApplication.translate("DossierEditor", u"&Gegevens", None))
        self.dossier_tabs.setTabText(self.dossier_tabs.indexOf(self.contact_tab), QCoreApplication.translate("DossierEditor", u"&Adressen en contact", None))
        self.dossier_tabs.setTabText(self.dossier_tabs.indexOf(self.special_tab), QCoreApplication.translate("DossierEditor", u"&Bijzondere gegevens", None))
        self.dossier_tabs.setTabText(self.dossier_tabs.indexOf(self.children_tab), QCoreApplication.translate("DossierEditor", u"&Kinderen", None))
        self.dossier_tabs.setTabText(self.dossier_tabs.indexOf(self.bank_accounts_tab), QCoreApplication.translate("DossierEditor", u"Ba&nkrekeningen", None))
        self.dossier_tabs.setTabText(self.dossier_tabs.indexOf(self.documents_tab), QCoreApplication.translate("DossierEditor", u"&Documenten", None))
        self.history_intro_label.setText(QCoreApplication.translate("DossierEditor", u"Elke wijziging van het dossier, met wie, wanneer en waarom. Van bijzondere gegevens staat alleen dat ze zijn gewijzigd, niet de waarde.", None))
        self.dossier_tabs.setTabText(self.dossier_tabs.indexOf(self.history_tab), QCoreApplication.translate("DossierEditor", u"&Historie", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("DossierEditor", u"De wijzigingen opslaan (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
        self.save_button.setText(QCoreApplication.translate("DossierEditor", u"&Opslaan", None))
#if QT_CONFIG(tooltip)
        self.close_button.setToolTip(QCoreApplication.translate("DossierEditor", u"Het venster sluiten (Esc of Ctrl+W); bij niet-opgeslagen wijzigingen wordt eerst gevraagd wat ermee moet", None))
#endif // QT_CONFIG(tooltip)
        self.close_button.setText(QCoreApplication.translate("DossierEditor", u"Sluiten", None))
    # retranslateUi

