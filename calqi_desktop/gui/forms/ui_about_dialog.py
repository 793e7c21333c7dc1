# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView,
    QLabel, QPlainTextEdit, QSizePolicy, QSpacerItem,
    QSplitter, QTabWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, about_dialog):
        if not about_dialog.objectName():
            about_dialog.setObjectName(u"about_dialog")
        about_dialog.resize(760, 560)
        self.main_layout = QVBoxLayout(about_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.about_tabs = QTabWidget(about_dialog)
        self.about_tabs.setObjectName(u"about_tabs")
        self.shortcuts_tab = QWidget()
        self.shortcuts_tab.setObjectName(u"shortcuts_tab")
        self.shortcuts_layout = QVBoxLayout(self.shortcuts_tab)
        self.shortcuts_layout.setObjectName(u"shortcuts_layout")
        self.shortcuts_intro_label = QLabel(self.shortcuts_tab)
        self.shortcuts_intro_label.setObjectName(u"shortcuts_intro_label")
        self.shortcuts_intro_label.setWordWrap(True)

        self.shortcuts_layout.addWidget(self.shortcuts_intro_label)

        self.shortcuts_table = QTableView(self.shortcuts_tab)
        self.shortcuts_table.setObjectName(u"shortcuts_table")
        self.shortcuts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcuts_table.setAlternatingRowColors(True)
        self.shortcuts_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.shortcuts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.shortcuts_table.setWordWrap(True)
        self.shortcuts_table.horizontalHeader().setStretchLastSection(True)
        self.shortcuts_table.verticalHeader().setVisible(False)

        self.shortcuts_layout.addWidget(self.shortcuts_table)

        self.about_tabs.addTab(self.shortcuts_tab, "")
        self.about_tab = QWidget()
        self.about_tab.setObjectName(u"about_tab")
        self.about_layout = QVBoxLayout(self.about_tab)
        self.about_layout.setObjectName(u"about_layout")
        self.program_name_label = QLabel(self.about_tab)
        self.program_name_label.setObjectName(u"program_name_label")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.program_name_label.setFont(font)
        self.program_name_label.setText(u"Calqi Desktop")
        self.program_name_label.setTextFormat(Qt.TextFormat.PlainText)

        self.about_layout.addWidget(self.program_name_label)

        self.version_label = QLabel(self.about_tab)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setTextFormat(Qt.TextFormat.PlainText)
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.about_layout.addWidget(self.version_label)

        self.purpose_label = QLabel(self.about_tab)
        self.purpose_label.setObjectName(u"purpose_label")
        self.purpose_label.setTextFormat(Qt.TextFormat.PlainText)
        self.purpose_label.setWordWrap(True)

        self.about_layout.addWidget(self.purpose_label)

        self.firm_label = QLabel(self.about_tab)
        self.firm_label.setObjectName(u"firm_label")
        self.firm_label.setTextFormat(Qt.TextFormat.PlainText)
        self.firm_label.setWordWrap(True)

        self.about_layout.addWidget(self.firm_label)

        self.components_group = QGroupBox(self.about_tab)
        self.components_group.setObjectName(u"components_group")
        self.components_layout = QFormLayout(self.components_group)
        self.components_layout.setObjectName(u"components_layout")
        self.qt_version_caption = QLabel(self.components_group)
        self.qt_version_caption.setObjectName(u"qt_version_caption")
        self.qt_version_caption.setText(u"Qt")

        self.components_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.qt_version_caption)

        self.qt_version_label = QLabel(self.components_group)
        self.qt_version_label.setObjectName(u"qt_version_label")
        self.qt_version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.components_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.qt_version_label)

        self.pyside_version_caption = QLabel(self.components_group)
        self.pyside_version_caption.setObjectName(u"pyside_version_caption")
        self.pyside_version_caption.setText(u"PySide6")

        self.components_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.pyside_version_caption)

        self.pyside_version_label = QLabel(self.components_group)
        self.pyside_version_label.setObjectName(u"pyside_version_label")
        self.pyside_version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.components_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pyside_version_label)

        self.python_version_caption = QLabel(self.components_group)
        self.python_version_caption.setObjectName(u"python_version_caption")
        self.python_version_caption.setText(u"Python")

        self.components_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.python_version_caption)

        self.python_version_label = QLabel(self.components_group)
        self.python_version_label.setObjectName(u"python_version_label")
        self.python_version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.components_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.python_version_label)

        self.sqlcipher_version_caption = QLabel(self.components_group)
        self.sqlcipher_version_caption.setObjectName(u"sqlcipher_version_caption")
        self.sqlcipher_version_caption.setText(u"SQLCipher")

        self.components_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.sqlcipher_version_caption)

        self.sqlcipher_version_label = QLabel(self.components_group)
        self.sqlcipher_version_label.setObjectName(u"sqlcipher_version_label")
        self.sqlcipher_version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.components_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.sqlcipher_version_label)

        self.language_caption = QLabel(self.components_group)
        self.language_caption.setObjectName(u"language_caption")

        self.components_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.language_caption)

        self.language_label = QLabel(self.components_group)
        self.language_label.setObjectName(u"language_label")

        self.components_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.language_label)


        self.about_layout.addWidget(self.components_group)

        self.about_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.about_layout.addItem(self.about_spacer)

        self.about_tabs.addTab(self.about_tab, "")
        self.licences_tab = QWidget()
        self.licences_tab.setObjectName(u"licences_tab")
        self.licences_layout = QVBoxLayout(self.licences_tab)
        self.licences_layout.setObjectName(u"licences_layout")
        self.licences_intro_label = QLabel(self.licences_tab)
        self.licences_intro_label.setObjectName(u"licences_intro_label")
        self.licences_intro_label.setWordWrap(True)

        self.licences_layout.addWidget(self.licences_intro_label)

        self.licences_splitter = QSplitter(self.licences_tab)
        self.licences_splitter.setObjectName(u"licences_splitter")
        self.licences_splitter.setOrientation(Qt.Orientation.Vertical)
        self.licences_splitter.setChildrenCollapsible(False)
        self.licences_table = QTableView(self.licences_splitter)
        self.licences_table.setObjectName(u"licences_table")
        self.licences_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.licences_table.setAlternatingRowColors(True)
        self.licences_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.licences_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.licences_splitter.addWidget(self.licences_table)
        self.licences_table.horizontalHeader().setStretchLastSection(True)
        self.licences_table.verticalHeader().setVisible(False)
        self.licence_text_view = QPlainTextEdit(self.licences_splitter)
        self.licence_text_view.setObjectName(u"licence_text_view")
        self.licence_text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.licence_text_view.setReadOnly(True)
        self.licences_splitter.addWidget(self.licence_text_view)

        self.licences_layout.addWidget(self.licences_splitter)

        self.about_tabs.addTab(self.licences_tab, "")

        self.main_layout.addWidget(self.about_tabs)

        self.button_box = QDialogButtonBox(about_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(about_dialog)

        self.about_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(about_dialog)
    # setupUi

    def retranslateUi(self, about_dialog):
        about_dialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Help \u2013 Calqi Desktop", None))
        self.shortcuts_intro_label.setText(QCoreApplication.translate("AboutDialog", u"Met deze toetsen werkt u sneller. Menu-opdrachten tonen hun sneltoets ook in het menu.", None))
        self.about_tabs.setTabText(self.about_tabs.indexOf(self.shortcuts_tab), QCoreApplication.translate("AboutDialog", u"Sneltoetsen", None))
        self.purpose_label.setText(QCoreApplication.translate("AboutDialog", u"Calqi Desktop bewaart de klantdossiers van het kantoor in een versleutelde kluis op deze computer en ondersteunt het privacywerk eromheen: toestemmingen, machtigingen, AVG-verzoeken, het register van datalekken en de documenten die daarbij horen.", None))
        self.firm_label.setText(QCoreApplication.translate("AboutDialog", u"Een programma van Calqi B.V., administratie- en belastingadvieskantoor.", None))
        self.components_group.setTitle(QCoreApplication.translate("AboutDialog", u"Onderdelen", None))
        self.language_caption.setText(QCoreApplication.translate("AboutDialog", u"Taal", None))
        self.about_tabs.setTabText(self.about_tabs.indexOf(self.about_tab), QCoreApplication.translate("AboutDialog", u"Over", None))
        self.licences_intro_label.setText(QCoreApplication.translate("AboutDialog", u"Calqi Desktop is gebouwd met deze opensourcesoftware. Kies een regel om de licentie te lezen.", None))
        self.about_tabs.setTabText(self.about_tabs.indexOf(self.licences_tab), QCoreApplication.translate("AboutDialog", u"Licenties", None))
    # retranslateUi

