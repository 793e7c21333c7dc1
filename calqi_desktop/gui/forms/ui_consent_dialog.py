# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consent_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ConsentDialog(object):
    def setupUi(self, consent_dialog):
        if not consent_dialog.objectName():
            consent_dialog.setObjectName(u"consent_dialog")
        consent_dialog.resize(600, 620)
        self.main_layout = QVBoxLayout(consent_dialog)
        self.main_layout.setObjectName(u"main_layout")
        self.explanation_label = QLabel(consent_dialog)
        self.explanation_label.setObjectName(u"explanation_label")
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)
        self.explanation_label.setWordWrap(True)

        self.main_layout.addWidget(self.explanation_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.purpose_caption = QLabel(consent_dialog)
        self.purpose_caption.setObjectName(u"purpose_caption")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.purpose_caption)

        self.purpose_combo = QComboBox(consent_dialog)
        self.purpose_combo.setObjectName(u"purpose_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.purpose_combo)

        self.purpose_hint_label = QLabel(consent_dialog)
        self.purpose_hint_label.setObjectName(u"purpose_hint_label")
        self.purpose_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.purpose_hint_label.setWordWrap(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.purpose_hint_label)

        self.recipient_caption = QLabel(consent_dialog)
        self.recipient_caption.setObjectName(u"recipient_caption")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.recipient_caption)

        self.recipient_edit = QLineEdit(consent_dialog)
        self.recipient_edit.setObjectName(u"recipient_edit")
        self.recipient_edit.setMaxLength(200)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.recipient_edit)

        self.given_at_caption = QLabel(consent_dialog)
        self.given_at_caption.setObjectName(u"given_at_caption")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.given_at_caption)

        self.given_at_edit = QLineEdit(consent_dialog)
        self.given_at_edit.setObjectName(u"given_at_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.given_at_edit)

        self.method_caption = QLabel(consent_dialog)
        self.method_caption.setObjectName(u"method_caption")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.method_caption)

        self.method_combo = QComboBox(consent_dialog)
        self.method_combo.setObjectName(u"method_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.method_combo)

        self.statement_version_caption = QLabel(consent_dialog)
        self.statement_version_caption.setObjectName(u"statement_version_caption")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.statement_version_caption)

        self.statement_version_combo = QComboBox(consent_dialog)
        self.statement_version_combo.setObjectName(u"statement_version_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.statement_version_combo)

        self.evidence_caption = QLabel(consent_dialog)
        self.evidence_caption.setObjectName(u"evidence_caption")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.evidence_caption)

        self.evidence_layout = QHBoxLayout()
        self.evidence_layout.setObjectName(u"evidence_layout")
        self.evidence_combo = QComboBox(consent_dialog)
        self.evidence_combo.setObjectName(u"evidence_combo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.evidence_combo.sizePolicy().hasHeightForWidth())
        self.evidence_combo.setSizePolicy(sizePolicy)

        self.evidence_layout.addWidget(self.evidence_combo)

        self.add_evidence_button = QPushButton(consent_dialog)
        self.add_evidence_button.setObjectName(u"add_evidence_button")

        self.evidence_layout.addWidget(self.add_evidence_button)


        self.form_layout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.evidence_layout)

        self.note_caption = QLabel(consent_dialog)
        self.note_caption.setObjectName(u"note_caption")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.note_caption)

        self.note_edit = QLineEdit(consent_dialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(500)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.age_confirmed_check = QCheckBox(consent_dialog)
        self.age_confirmed_check.setObjectName(u"age_confirmed_check")

        self.main_layout.addWidget(self.age_confirmed_check)

        self.guardian_group = QGroupBox(consent_dialog)
        self.guardian_group.setObjectName(u"guardian_group")
        self.guardian_group.setCheckable(True)
        self.guardian_group.setChecked(False)
        self.guardian_layout = QFormLayout(self.guardian_group)
        self.guardian_layout.setObjectName(u"guardian_layout")
        self.guardian_hint_label = QLabel(self.guardian_group)
        self.guardian_hint_label.setObjectName(u"guardian_hint_label")
        self.guardian_hint_label.setTextFormat(Qt.TextFormat.PlainText)
        self.guardian_hint_label.setWordWrap(True)

        self.guardian_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.guardian_hint_label)

        self.guardian_relation_caption = QLabel(self.guardian_group)
        self.guardian_relation_caption.setObjectName(u"guardian_relation_caption")

        self.guardian_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.guardian_relation_caption)

        self.guardian_relation_combo = QComboBox(self.guardian_group)
        self.guardian_relation_combo.setObjectName(u"guardian_relation_combo")

        self.guardian_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.guardian_relation_combo)

        self.guardian_search_caption = QLabel(self.guardian_group)
        self.guardian_search_caption.setObjectName(u"guardian_search_caption")

        self.guardian_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.guardian_search_caption)

        self.guardian_search_edit = QLineEdit(self.guardian_group)
        self.guardian_search_edit.setObjectName(u"guardian_search_edit")
        self.guardian_search_edit.setClearButtonEnabled(True)

        self.guardian_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.guardian_search_edit)

        self.guardian_client_caption = QLabel(self.guardian_group)
        self.guardian_client_caption.setObjectName(u"guardian_client_caption")

        self.guardian_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.guardian_client_caption)

        self.guardian_client_combo = QComboBox(self.guardian_group)
        self.guardian_client_combo.setObjectName(u"guardian_client_combo")

        self.guardian_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.guardian_client_combo)

        self.guardian_name_caption = QLabel(self.guardian_group)
        self.guardian_name_caption.setObjectName(u"guardian_name_caption")

        self.guardian_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.guardian_name_caption)

        self.guardian_name_edit = QLineEdit(self.guardian_group)
        self.guardian_name_edit.setObjectName(u"guardian_name_edit")
        self.guardian_name_edit.setMaxLength(200)

        self.guardian_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.guardian_name_edit)


        self.main_layout.addWidget(self.guardian_group)

        self.error_label = QLabel(consent_dialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.main_layout.addWidget(self.error_label)

        self.vertical_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.vertical_spacer)

        self.button_box = QDialogButtonBox(consent_dialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.purpose_caption.setBuddy(self.purpose_combo)
        self.recipient_caption.setBuddy(self.recipient_edit)
        self.given_at_caption.setBuddy(self.given_at_edit)
        self.method_caption.setBuddy(self.method_combo)
        self.statement_version_caption.setBuddy(self.statement_version_combo)
        self.evidence_caption.setBuddy(self.evidence_combo)
        self.note_caption.setBuddy(self.note_edit)
        self.guardian_relation_caption.setBuddy(self.guardian_relation_combo)
        self.guardian_search_caption.setBuddy(self.guardian_search_edit)
        self.guardian_client_caption.setBuddy(self.guardian_client_combo)
        self.guardian_name_caption.setBuddy(self.guardian_name_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.purpose_combo, self.recipient_edit)
        QWidget.setTabOrder(self.recipient_edit, self.given_at_edit)
        QWidget.setTabOrder(self.given_at_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.statement_version_combo)
        QWidget.setTabOrder(self.statement_version_combo, self.evidence_combo)
        QWidget.setTabOrder(self.evidence_combo, self.add_evidence_button)
        QWidget.setTabOrder(self.add_evidence_button, self.note_edit)
        QWidget.setTabOrder(self.note_edit, self.age_confirmed_check)
        QWidget.setTabOrder(self.age_confirmed_check, self.guardian_group)
        QWidget.setTabOrder(self.guardian_group, self.guardian_relation_combo)
        QWidget.setTabOrder(self.guardian_relation_combo, self.guardian_search_edit)
        QWidget.setTabOrder(self.guardian_search_edit, self.guardian_client_combo)
        QWidget.setTabOrder(self.guardian_client_combo, self.guardian_name_edit)

        self.retranslateUi(consent_dialog)

        QMetaObject.connectSlotsByName(consent_dialog)
    # setupUi

    def retranslateUi(self, consent_dialog):
        consent_dialog.setWindowTitle(QCoreApplication.translate("ConsentDialog", u"Toestemming vastleggen", None))
        self.purpose_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Doel", None))
        self.recipient_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Ontvanger", None))
        self.recipient_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"bijv. Hypotheekbank B.V.", None))
        self.given_at_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Gegeven op", None))
#if QT_CONFIG(tooltip)
        self.given_at_edit.setToolTip(QCoreApplication.translate("ConsentDialog", u"Wanneer de klant de toestemming gaf, als dd-mm-jjjj uu:mm (alleen een datum mag ook)", None))
#endif // QT_CONFIG(tooltip)
        self.given_at_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"dd-mm-jjjj uu:mm", None))
        self.method_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Manier", None))
        self.statement_version_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Privacyverklaring", None))
#if QT_CONFIG(tooltip)
        self.statement_version_combo.setToolTip(QCoreApplication.translate("ConsentDialog", u"De versie van de privacyverklaring die de klant heeft gezien", None))
#endif // QT_CONFIG(tooltip)
        self.evidence_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Bewijsstuk", None))
#if QT_CONFIG(tooltip)
        self.add_evidence_button.setToolTip(QCoreApplication.translate("ConsentDialog", u"Een PDF-, PNG- of JPEG-bestand als ondertekend formulier aan het dossier toevoegen en als bewijsstuk kiezen", None))
#endif // QT_CONFIG(tooltip)
        self.add_evidence_button.setText(QCoreApplication.translate("ConsentDialog", u"Bestand &toevoegen\u2026", None))
        self.note_caption.setText(QCoreApplication.translate("ConsentDialog", u"Toe&lichting", None))
        self.age_confirmed_check.setText(QCoreApplication.translate("ConsentDialog", u"Ik heb ge&controleerd dat de klant 16 jaar of ouder is", None))
        self.guardian_group.setTitle(QCoreApplication.translate("ConsentDialog", u"Gegeven door o&uder of wettelijk vertegenwoordiger", None))
        self.guardian_hint_label.setText(QCoreApplication.translate("ConsentDialog", u"Voor een klant jonger dan 16 jaar geeft een ouder of wettelijk vertegenwoordiger de toestemming. Kies die persoon in de kluis, of vul naam en relatie in.", None))
        self.guardian_relation_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Relatie", None))
        self.guardian_search_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Zoeken in de kluis", None))
        self.guardian_search_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"naam, klantnummer, postcode of plaats", None))
        self.guardian_client_caption.setText(QCoreApplication.translate("ConsentDialog", u"P&ersoon", None))
        self.guardian_name_caption.setText(QCoreApplication.translate("ConsentDialog", u"&Naam", None))
        self.guardian_name_edit.setPlaceholderText(QCoreApplication.translate("ConsentDialog", u"naam van de ouder of voogd, als die niet in de kluis staat", None))
    # retranslateUi

