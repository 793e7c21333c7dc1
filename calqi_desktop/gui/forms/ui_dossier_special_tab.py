# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dossier_special_tab.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DossierSpecialTab(object):
    def setupUi(self, dossier_special_tab):
        if not dossier_special_tab.objectName():
            dossier_special_tab.setObjectName(u"dossier_special_tab")
        dossier_special_tab.resize(720, 420)
        self.main_layout = QVBoxLayout(dossier_special_tab)
        self.main_layout.setObjectName(u"main_layout")
        self.hidden_for_role_label = QLabel(dossier_special_tab)
        self.hidden_for_role_label.setObjectName(u"hidden_for_role_label")
        self.hidden_for_role_label.setTextFormat(Qt.TextFormat.PlainText)
        self.hidden_for_role_label.setWordWrap(True)

        self.main_layout.addWidget(self.hidden_for_role_label)

        self.special_content = QWidget(dossier_special_tab)
        self.special_content.setObjectName(u"special_content")
        self.special_content_layout = QVBoxLayout(self.special_content)
        self.special_content_layout.setObjectName(u"special_content_layout")
        self.special_content_layout.setContentsMargins(0, 0, 0, 0)
        self.special_intro_label = QLabel(self.special_content)
        self.special_intro_label.setObjectName(u"special_intro_label")
        self.special_intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.special_intro_label.setWordWrap(True)

        self.special_content_layout.addWidget(self.special_intro_label)

        self.bsn_box = QGroupBox(self.special_content)
        self.bsn_box.setObjectName(u"bsn_box")
        self.bsn_box_layout = QVBoxLayout(self.bsn_box)
        self.bsn_box_layout.setObjectName(u"bsn_box_layout")
        self.bsn_basis_layout = QVBoxLayout()
        self.bsn_basis_layout.setObjectName(u"bsn_basis_layout")

        self.bsn_box_layout.addLayout(self.bsn_basis_layout)

        self.bsn_box_grid = QGridLayout()
        self.bsn_box_grid.setObjectName(u"bsn_box_grid")
        self.bsn_caption = QLabel(self.bsn_box)
        self.bsn_caption.setObjectName(u"bsn_caption")

        self.bsn_box_grid.addWidget(self.bsn_caption, 0, 0, 1, 1)

        self.bsn_edit = QLineEdit(self.bsn_box)
        self.bsn_edit.setObjectName(u"bsn_edit")

        self.bsn_box_grid.addWidget(self.bsn_edit, 0, 1, 1, 1)

        self.bsn_reveal_button = QPushButton(self.bsn_box)
        self.bsn_reveal_button.setObjectName(u"bsn_reveal_button")

        self.bsn_box_grid.addWidget(self.bsn_reveal_button, 0, 2, 1, 1)

        self.bsn_copy_button = QPushButton(self.bsn_box)
        self.bsn_copy_button.setObjectName(u"bsn_copy_button")

        self.bsn_box_grid.addWidget(self.bsn_copy_button, 0, 3, 1, 1)

        self.bsn_error_label = QLabel(self.bsn_box)
        self.bsn_error_label.setObjectName(u"bsn_error_label")
        self.bsn_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.bsn_error_label.setWordWrap(True)

        self.bsn_box_grid.addWidget(self.bsn_error_label, 1, 1, 1, 3)

        self.bsn_box_grid.setColumnStretch(1, 1)

        self.bsn_box_layout.addLayout(self.bsn_box_grid)


        self.special_content_layout.addWidget(self.bsn_box)

        self.birth_box = QGroupBox(self.special_content)
        self.birth_box.setObjectName(u"birth_box")
        self.birth_box_layout = QVBoxLayout(self.birth_box)
        self.birth_box_layout.setObjectName(u"birth_box_layout")
        self.birth_basis_layout = QVBoxLayout()
        self.birth_basis_layout.setObjectName(u"birth_basis_layout")

        self.birth_box_layout.addLayout(self.birth_basis_layout)

        self.birth_box_grid = QGridLayout()
        self.birth_box_grid.setObjectName(u"birth_box_grid")
        self.birth_date_caption = QLabel(self.birth_box)
        self.birth_date_caption.setObjectName(u"birth_date_caption")

        self.birth_box_grid.addWidget(self.birth_date_caption, 0, 0, 1, 1)

        self.birth_date_edit = QLineEdit(self.birth_box)
        self.birth_date_edit.setObjectName(u"birth_date_edit")

        self.birth_box_grid.addWidget(self.birth_date_edit, 0, 1, 1, 1)

        self.birth_date_reveal_button = QPushButton(self.birth_box)
        self.birth_date_reveal_button.setObjectName(u"birth_date_reveal_button")

        self.birth_box_grid.addWidget(self.birth_date_reveal_button, 0, 2, 1, 1)

        self.birth_date_copy_button = QPushButton(self.birth_box)
        self.birth_date_copy_button.setObjectName(u"birth_date_copy_button")

        self.birth_box_grid.addWidget(self.birth_date_copy_button, 0, 3, 1, 1)

        self.birth_date_error_label = QLabel(self.birth_box)
        self.birth_date_error_label.setObjectName(u"birth_date_error_label")
        self.birth_date_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.birth_date_error_label.setWordWrap(True)

        self.birth_box_grid.addWidget(self.birth_date_error_label, 1, 1, 1, 3)

        self.birth_place_caption = QLabel(self.birth_box)
        self.birth_place_caption.setObjectName(u"birth_place_caption")

        self.birth_box_grid.addWidget(self.birth_place_caption, 2, 0, 1, 1)

        self.birth_place_edit = QLineEdit(self.birth_box)
        self.birth_place_edit.setObjectName(u"birth_place_edit")

        self.birth_box_grid.addWidget(self.birth_place_edit, 2, 1, 1, 1)

        self.birth_place_reveal_button = QPushButton(self.birth_box)
        self.birth_place_reveal_button.setObjectName(u"birth_place_reveal_button")

        self.birth_box_grid.addWidget(self.birth_place_reveal_button, 2, 2, 1, 1)

        self.birth_place_copy_button = QPushButton(self.birth_box)
        self.birth_place_copy_button.setObjectName(u"birth_place_copy_button")

        self.birth_box_grid.addWidget(self.birth_place_copy_button, 2, 3, 1, 1)

        self.birth_place_error_label = QLabel(self.birth_box)
        self.birth_place_error_label.setObjectName(u"birth_place_error_label")
        self.birth_place_error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.birth_place_error_label.setWordWrap(True)

        self.birth_box_grid.addWidget(self.birth_place_error_label, 3, 1, 1, 3)

        self.birth_box_grid.setColumnStretch(1, 1)

        self.birth_box_layout.addLayout(self.birth_box_grid)


        self.special_content_layout.addWidget(self.birth_box)


        self.main_layout.addWidget(self.special_content)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

#if QT_CONFIG(shortcut)
        self.bsn_caption.setBuddy(self.bsn_edit)
        self.birth_date_caption.setBuddy(self.birth_date_edit)
        self.birth_place_caption.setBuddy(self.birth_place_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.bsn_edit, self.bsn_reveal_button)
        QWidget.setTabOrder(self.bsn_reveal_button, self.bsn_copy_button)
        QWidget.setTabOrder(self.bsn_copy_button, self.birth_date_edit)
        QWidget.setTabOrder(self.birth_date_edit, self.birth_date_reveal_button)
        QWidget.setTabOrder(self.birth_date_reveal_button, self.birth_date_copy_button)
        QWidget.setTabOrder(self.birth_date_copy_button, self.birth_place_edit)
        QWidget.setTabOrder(self.birth_place_edit, self.birth_place_reveal_button)
        QWidget.setTabOrder(self.birth_place_reveal_button, self.birth_place_copy_button)

        self.retranslateUi(dossier_special_tab)

        QMetaObject.connectSlotsByName(dossier_special_tab)
    # setupUi

    def retranslateUi(self, dossier_special_tab):
        self.hidden_for_role_label.setText(QCoreApplication.translate("DossierSpecialTab", u"Bijzondere persoonsgegevens zijn voor uw rol niet zichtbaar.", None))
        self.special_intro_label.setText(QCoreApplication.translate("DossierSpecialTab", u"Bijzondere persoonsgegevens worden afgeschermd getoond. Met Tonen ziet u \u00e9\u00e9n gegeven; dat wordt in de audittrail vastgelegd. Een getoond gegeven kunt u wijzigen of kopi\u00ebren.", None))
        self.bsn_box.setTitle(QCoreApplication.translate("DossierSpecialTab", u"Burgerservicenummer (BSN)", None))
        self.bsn_caption.setText(QCoreApplication.translate("DossierSpecialTab", u"BSN", None))
        self.bsn_edit.setPlaceholderText(QCoreApplication.translate("DossierSpecialTab", u"9 cijfers", None))
#if QT_CONFIG(tooltip)
        self.bsn_reveal_button.setToolTip(QCoreApplication.translate("DossierSpecialTab", u"Dit gegeven tonen; dat wordt in de audittrail vastgelegd", None))
#endif // QT_CONFIG(tooltip)
        self.bsn_reveal_button.setText(QCoreApplication.translate("DossierSpecialTab", u"Tonen", None))
#if QT_CONFIG(tooltip)
        self.bsn_copy_button.setToolTip(QCoreApplication.translate("DossierSpecialTab", u"Naar het klembord kopi\u00ebren; het klembord wordt na korte tijd vanzelf gewist", None))
#endif // QT_CONFIG(tooltip)
        self.bsn_copy_button.setText(QCoreApplication.translate("DossierSpecialTab", u"Kopi\u00ebren", None))
        self.birth_box.setTitle(QCoreApplication.translate("DossierSpecialTab", u"Geboorte", None))
        self.birth_date_caption.setText(QCoreApplication.translate("DossierSpecialTab", u"Geboortedatum", None))
        self.birth_date_edit.setPlaceholderText(QCoreApplication.translate("DossierSpecialTab", u"dd-mm-jjjj", None))
#if QT_CONFIG(tooltip)
        self.birth_date_reveal_button.setToolTip(QCoreApplication.translate("DossierSpecialTab", u"Dit gegeven tonen; dat wordt in de audittrail vastgelegd", None))
#endif // QT_CONFIG(tooltip)
        self.birth_date_reveal_button.setText(QCoreApplication.translate("DossierSpecialTab", u"Tonen", None))
#if QT_CONFIG(tooltip)
        self.birth_date_copy_button.setToolTip(QCoreApplication.translate("DossierSpecialTab", u"Naar het klembord kopi\u00ebren; het klembord wordt na korte tijd vanzelf gewist", None))
#endif // QT_CONFIG(tooltip)
        self.birth_date_copy_button.setText(QCoreApplication.translate("DossierSpecialTab", u"Kopi\u00ebren", None))
        self.birth_place_caption.setText(QCoreApplication.translate("DossierSpecialTab", u"Geboorteplaats", None))
        self.birth_place_edit.setPlaceholderText("")
#if QT_CONFIG(tooltip)
        self.birth_place_reveal_button.setToolTip(QCoreApplication.translate("DossierSpecialTab", u"Dit gegeven tonen; dat wordt in de audittrail vastgelegd", None))
#endif // QT_CONFIG(tooltip)
        self.birth_place_reveal_button.setText(QCoreApplication.translate("DossierSpecialTab", u"Tonen", None))
#if QT_CONFIG(tooltip)
        self.birth_place_copy_button.setToolTip(QCoreApplication.translate("DossierSpecialTab", u"Naar het klembord kopi\u00ebren; het klembord wordt na korte tijd vanzelf gewist", None))
#endif // QT_CONFIG(tooltip)
        self.birth_place_copy_button.setText(QCoreApplication.translate("DossierSpecialTab", u"Kopi\u00ebren", None))
        pass
    # retranslateUi

