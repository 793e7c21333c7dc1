# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_documents_tab.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QHBoxLayout, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableView, QVBoxLayout, QWidget)

class Ui_DossierDocumentsTab(object):
    def setupUi(self, dossier_documents_tab):
        if not dossier_documents_tab.objectName():
            dossier_documents_tab.setObjectName(u"dossier_documents_tab")
        dossier_documents_tab.resize(760, 420)
        self.main_layout = QVBoxLayout(dossier_documents_tab)
        self.main_layout.setObjectName(u"main_layout")
        self.documents_intro_label = QLabel(dossier_documents_tab)
        self.documents_intro_label.setObjectName(u"documents_intro_label")
        self.documents_intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.documents_intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.documents_intro_label)

        self.save_first_label = QLabel(dossier_documents_tab)
        self.save_first_label.setObjectName(u"save_first_label")
        self.save_first_label.setTextFormat(Qt.TextFormat.PlainText)
        self.save_first_label.setWordWrap(True)

        self.main_layout.addWidget(self.save_first_label)

        self.basis_layout = QVBoxLayout()
        self.basis_layout.setObjectName(u"basis_layout")

        self.main_layout.addLayout(self.basis_layout)

        self.documents_table = QTableView(dossier_documents_tab)
        self.documents_table.setObjectName(u"documents_table")
        self.documents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents_table.setAlternatingRowColors(True)
        self.documents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_table.setWordWrap(False)
        self.documents_table.horizontalHeader().setStretchLastSection(True)
        self.documents_table.verticalHeader().setVisible(False)

        self.main_layout.addWidget(self.documents_table)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_document_button = QPushButton(dossier_documents_tab)
        self.add_document_button.setObjectName(u"add_document_button")

        self.button_layout.addWidget(self.add_document_button)

        self.view_document_button = QPushButton(dossier_documents_tab)
        self.view_document_button.setObjectName(u"view_document_button")

        self.button_layout.addWidget(self.view_document_button)

        self.save_document_as_button = QPushButton(dossier_documents_tab)
        self.save_document_as_button.setObjectName(u"save_document_as_button")

        self.button_layout.addWidget(self.save_document_as_button)

        self.remove_document_button = QPushButton(dossier_documents_tab)
        self.remove_document_button.setObjectName(u"remove_document_button")

        self.button_layout.addWidget(self.remove_document_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.documents_table, self.add_document_button)
        QWidget.setTabOrder(self.add_document_button, self.view_document_button)
        QWidget.setTabOrder(self.view_document_button, self.save_document_as_button)
        QWidget.setTabOrder(self.save_document_as_button, self.remove_document_button)

        self.retranslateUi(dossier_documents_tab)

        QMetaObject.connectSlotsByName(dossier_documents_tab)
    # setupUi

    def retranslateUi(self, dossier_documents_tab):
        self.documents_intro_label.setText(QCoreApplication.translate("DossierDocumentsTab", u"Documenten worden versleuteld in de kluis bewaard en in het programma getoond; er komt niets van op schijf, tenzij u het zelf opslaat. Een kopie van een identiteitsbewijs en financi\u00eble stukken zijn bijzondere gegevens: die kunnen alleen worden toegevoegd met een vastgelegde grondslag.", None))
        self.save_first_label.setText(QCoreApplication.translate("DossierDocumentsTab", u"Sla het dossier eerst op; daarna kunt u er documenten aan toevoegen.", None))
#if QT_CONFIG(tooltip)
        self.add_document_button.setToolTip(QCoreApplication.translate("DossierDocumentsTab", u"Een PDF-, PNG- of JPEG-bestand aan het dossier toevoegen", None))
#endif // QT_CONFIG(tooltip)
        self.add_document_button.setText(QCoreApplication.translate("DossierDocumentsTab", u"&Toevoegen\u2026", None))
#if QT_CONFIG(tooltip)
        self.view_document_button.setToolTip(QCoreApplication.translate("DossierDocumentsTab", u"Het gekozen document in het programma tonen", None))
#endif // QT_CONFIG(tooltip)
        self.view_document_button.setText(QCoreApplication.translate("DossierDocumentsTab", u"Bek&ijken", None))
#if QT_CONFIG(tooltip)
        self.save_document_as_button.setToolTip(QCoreApplication.translate("DossierDocumentsTab", u"Een kopie van het gekozen document op schijf opslaan; dat wordt in de audittrail vastgelegd", None))
#endif // QT_CONFIG(tooltip)
        self.save_document_as_button.setText(QCoreApplication.translate("DossierDocumentsTab", u"Op&slaan als\u2026", None))
#if QT_CONFIG(tooltip)
        self.remove_document_button.setToolTip(QCoreApplication.translate("DossierDocumentsTab", u"Het gekozen document definitief uit de kluis verwijderen", None))
#endif // QT_CONFIG(tooltip)
        self.remove_document_button.setText(QCoreApplication.translate("DossierDocumentsTab", u"&Verwijderen\u2026", None))
        pass
    # retranslateUi

