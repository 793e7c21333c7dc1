# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget, QWizard, QWizardPage)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        ImportDialog.resize(860, 620)
        ImportDialog.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.file_page = QWizardPage()
        self.file_page.setObjectName(u"file_page")
        self.file_page_layout = QVBoxLayout(self.file_page)
        self.file_page_layout.setObjectName(u"file_page_layout")
        self.path_layout = QHBoxLayout()
        self.path_layout.setObjectName(u"path_layout")
        self.import_path_caption = QLabel(self.file_page)
        self.import_path_caption.setObjectName(u"import_path_caption")

        self.path_layout.addWidget(self.import_path_caption)

        self.import_path = QLineEdit(self.file_page)
        self.import_path.setObjectName(u"import_path")

        self.path_layout.addWidget(self.import_path)

        self.browse_button = QPushButton(self.file_page)
        self.browse_button.setObjectName(u"browse_button")

        self.path_layout.addWidget(self.browse_button)


        self.file_page_layout.addLayout(self.path_layout)

        self.file_hint_label = QLabel(self.file_page)
        self.file_hint_label.setObjectName(u"file_hint_label")
        self.file_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_hint_label.setWordWrap(True)

        self.file_page_layout.addWidget(self.file_hint_label)

        self.file_message_label = QLabel(self.file_page)
        self.file_message_label.setObjectName(u"file_message_label")
        self.file_message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.file_message_label.setWordWrap(True)

        self.file_page_layout.addWidget(self.file_message_label)

        self.file_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.file_page_layout.addItem(self.file_spacer)

        ImportDialog.addPage(self.file_page)
        self.mapping_page = QWizardPage()
        self.mapping_page.setObjectName(u"mapping_page")
        self.mapping_page_layout = QVBoxLayout(self.mapping_page)
        self.mapping_page_layout.setObjectName(u"mapping_page_layout")
        self.mapping_table = QTableWidget(self.mapping_page)
        if (self.mapping_table.columnCount() < 2):
            self.mapping_table.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.mapping_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping_table.setColumnCount(2)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.verticalHeader().setVisible(False)

        self.mapping_page_layout.addWidget(self.mapping_table)

        self.bases_group = QGroupBox(self.mapping_page)
        self.bases_group.setObjectName(u"bases_group")
        self.bases_layout = QFormLayout(self.bases_group)
        self.bases_layout.setObjectName(u"bases_layout")
        self.bases_hint_label = QLabel(self.bases_group)
        self.bases_hint_label.setObjectName(u"bases_hint_label")
        self.bases_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bases_hint_label.setWordWrap(True)

        self.bases_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.bases_hint_label)

        self.bsn_basis_caption = QLabel(self.bases_group)
        self.bsn_basis_caption.setObjectName(u"bsn_basis_caption")

        self.bases_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bsn_basis_caption)

        self.bsn_basis_combo = QComboBox(self.bases_group)
        self.bsn_basis_combo.setObjectName(u"bsn_basis_combo")

        self.bases_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bsn_basis_combo)

        self.birth_basis_caption = QLabel(self.bases_group)
        self.birth_basis_caption.setObjectName(u"birth_basis_caption")

        self.bases_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birth_basis_caption)

        self.birth_basis_combo = QComboBox(self.bases_group)
        self.birth_basis_combo.setObjectName(u"birth_basis_combo")

        self.bases_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birth_basis_combo)

        self.bank_accounts_basis_caption = QLabel(self.bases_group)
        self.bank_accounts_basis_caption.setObjectName(u"bank_accounts_basis_caption")

        self.bases_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.bank_accounts_basis_caption)

        self.bank_accounts_basis_combo = QComboBox(self.bases_group)
        self.bank_accounts_basis_combo.setObjectName(u"bank_accounts_basis_combo")

        self.bases_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.bank_accounts_basis_combo)

        self.basis_note_caption = QLabel(self.bases_group)
        self.basis_note_caption.setObjectName(u"basis_note_caption")

        self.bases_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.basis_note_caption)

        self.basis_note_edit = QLineEdit(self.bases_group)
        self.basis_note_edit.setObjectName(u"basis_note_edit")
        self.basis_note_edit.setMaxLength(200)

        self.bases_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.basis_note_edit)


        self.mapping_page_layout.addWidget(self.bases_group)

        self.mapping_message_label = QLabel(self.mapping_page)
        self.mapping_message_label.setObjectName(u"mapping_message_label")
        self.mapping_message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.mapping_message_label.setWordWrap(True)

        self.mapping_page_layout.addWidget(self.mapping_message_label)

        ImportDialog.addPage(self.mapping_page)
        self.preview_page = QWizardPage()
        self.preview_page.setObjectName(u"preview_page")
        self.preview_page_layout = QVBoxLayout(self.preview_page)
        self.preview_page_layout.setObjectName(u"preview_page_layout")
        self.summary_label = QLabel(self.preview_page)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.preview_page_layout.addWidget(self.summary_label)

        self.problems_only_check = QCheckBox(self.preview_page)
        self.problems_only_check.setObjectName(u"problems_only_check")

        self.preview_page_layout.addWidget(self.problems_only_check)

        self.preview_table = QTableView(self.preview_page)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_table.setWordWrap(False)
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.verticalHeader().setVisible(False)

        self.preview_page_layout.addWidget(self.preview_table)

        self.only_valid_check = QCheckBox(self.preview_page)
        self.only_valid_check.setObjectName(u"only_valid_check")

        self.preview_page_layout.addWidget(self.only_valid_check)

        self.preview_message_label = QLabel(self.preview_page)
        self.preview_message_label.setObjectName(u"preview_message_label")
        self.preview_message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview_message_label.setWordWrap(True)

        self.preview_page_layout.addWidget(self.preview_message_label)

        ImportDialog.addPage(self.preview_page)
        self.result_page = QWizardPage()
        self.result_page.setObjectName(u"result_page")
        self.result_page_layout = QVBoxLayout(self.result_page)
        self.result_page_layout.setObjectName(u"result_page_layout")
        self.result_label = QLabel(self.result_page)
        self.result_label.setObjectName(u"result_label")
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setWordWrap(True)

        self.result_page_layout.addWidget(self.result_label)

        self.result_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.result_page_layout.addItem(self.result_spacer)

        ImportDialog.addPage(self.result_page)
#if QT_CONFIG(shortcut)
        self.import_path_caption.setBuddy(self.import_path)
        self.bsn_basis_caption.setBuddy(self.bsn_basis_combo)
        self.birth_basis_caption.setBuddy(self.birth_basis_combo)
        self.bank_accounts_basis_caption.setBuddy(self.bank_accounts_basis_combo)
        self.basis_note_caption.setBuddy(self.basis_note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"Klanten importeren \u2013 Calqi Desktop", None))
        self.file_page.setTitle(QCoreApplication.translate("ImportDialog", u"Welk bestand?", None))
        self.file_page.setSubTitle(QCoreApplication.translate("ImportDialog", u"Kies een klantenlijst als CSV-bestand of Excel-werkmap (.xlsx). De eerste rij bevat de kolomnamen; elke volgende rij is \u00e9\u00e9n klant.", None))
        self.import_path_caption.setText(QCoreApplication.translate("ImportDialog", u"&Bestand", None))
        self.browse_button.setText(QCoreApplication.translate("ImportDialog", u"&Bladeren\u2026", None))
        self.file_hint_label.setText(QCoreApplication.translate("ImportDialog", u"Het bestand wordt alleen gelezen, niet gewijzigd. Er wordt niets opgeslagen voordat u de voorbeeldweergave hebt gezien en op Importeren hebt gedrukt.", None))
        self.mapping_page.setTitle(QCoreApplication.translate("ImportDialog", u"Welke kolom is wat?", None))
        self.mapping_page.setSubTitle(QCoreApplication.translate("ImportDialog", u"Kies bij elke kolom het dossierveld waarin die wordt gelezen. De herkende kolommen zijn al ingevuld; kolommen op \u2018niet importeren\u2019 worden overgeslagen.", None))
        ___qtablewidgetitem = self.mapping_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportDialog", u"Kolom in het bestand", None))
        ___qtablewidgetitem1 = self.mapping_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportDialog", u"Dossierveld", None))
        self.bases_group.setTitle(QCoreApplication.translate("ImportDialog", u"Grondslag voor bijzondere persoonsgegevens", None))
        self.bases_hint_label.setText(QCoreApplication.translate("ImportDialog", u"Bijzondere gegevens worden alleen opgeslagen met een vastgelegde grondslag. Die geldt voor elke klant in dit bestand. Voor het BSN is dat altijd de wettelijke plicht.", None))
        self.bsn_basis_caption.setText(QCoreApplication.translate("ImportDialog", u"B&SN", None))
        self.birth_basis_caption.setText(QCoreApplication.translate("ImportDialog", u"&Geboortedatum en -plaats", None))
        self.bank_accounts_basis_caption.setText(QCoreApplication.translate("ImportDialog", u"Ban&krekeningen", None))
        self.basis_note_caption.setText(QCoreApplication.translate("ImportDialog", u"T&oelichting", None))
        self.basis_note_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"bijvoorbeeld: opdrachtbevestiging 2026", None))
        self.preview_page.setTitle(QCoreApplication.translate("ImportDialog", u"Voorbeeld", None))
        self.preview_page.setSubTitle(QCoreApplication.translate("ImportDialog", u"Zo wordt elke rij gelezen. Er is nog niets opgeslagen.", None))
        self.problems_only_check.setText(QCoreApplication.translate("ImportDialog", u"Alleen rijen met &problemen tonen", None))
        self.only_valid_check.setText(QCoreApplication.translate("ImportDialog", u"&Alleen de goede rijen importeren", None))
        self.result_page.setTitle(QCoreApplication.translate("ImportDialog", u"Klaar", None))
    # retranslateUi

