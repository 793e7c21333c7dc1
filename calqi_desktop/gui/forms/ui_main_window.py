# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QListWidget, QListWidgetItem,
    QMainWindow, QMenu, QMenuBar, QSizePolicy,
    QStackedWidget, QStatusBar, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1100, 720)
        self.lock_action = QAction(MainWindow)
        self.lock_action.setObjectName(u"lock_action")
        self.quit_action = QAction(MainWindow)
        self.quit_action.setObjectName(u"quit_action")
        self.settings_action = QAction(MainWindow)
        self.settings_action.setObjectName(u"settings_action")
        self.help_action = QAction(MainWindow)
        self.help_action.setObjectName(u"help_action")
        self.about_action = QAction(MainWindow)
        self.about_action.setObjectName(u"about_action")
        self.central_widget = QWidget(MainWindow)
        self.central_widget.setObjectName(u"central_widget")
        self.central_layout = QHBoxLayout(self.central_widget)
        self.central_layout.setObjectName(u"central_layout")
        self.navigation_list = QListWidget(self.central_widget)
        self.navigation_list.setObjectName(u"navigation_list")
        self.navigation_list.setMaximumSize(QSize(220, 16777215))
        self.navigation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.central_layout.addWidget(self.navigation_list)

        self.page_stack = QStackedWidget(self.central_widget)
        self.page_stack.setObjectName(u"page_stack")

        self.central_layout.addWidget(self.page_stack)

        MainWindow.setCentralWidget(self.central_widget)
        self.menu_bar = QMenuBar(MainWindow)
        self.menu_bar.setObjectName(u"menu_bar")
        self.file_menu = QMenu(self.menu_bar)
        self.file_menu.setObjectName(u"file_menu")
        self.tools_menu = QMenu(self.menu_bar)
        self.tools_menu.setObjectName(u"tools_menu")
        self.go_menu = QMenu(self.menu_bar)
        self.go_menu.setObjectName(u"go_menu")
        self.help_menu = QMenu(self.menu_bar)
        self.help_menu.setObjectName(u"help_menu")
        MainWindow.setMenuBar(self.menu_bar)
        self.status_bar = QStatusBar(MainWindow)
        self.status_bar.setObjectName(u"status_bar")
        MainWindow.setStatusBar(self.status_bar)

        self.menu_bar.addAction(self.file_menu.menuAction())
        self.menu_bar.addAction(self.go_menu.menuAction())
        self.menu_bar.addAction(self.tools_menu.menuAction())
        self.menu_bar.addAction(self.help_menu.menuAction())
        self.file_menu.addAction(self.lock_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.tools_menu.addAction(self.settings_action)
        self.help_menu.addAction(self.help_action)
        self.help_menu.addAction(self.about_action)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"Calqi Desktop", None))
        self.lock_action.setText(QCoreApplication.translate("MainWindow", u"&Vergrendelen", None))
#if QT_CONFIG(tooltip)
        self.lock_action.setToolTip(QCoreApplication.translate("MainWindow", u"Sluit de kluis af; meld u opnieuw aan om verder te gaan waar u was", None))
#endif // QT_CONFIG(tooltip)
        self.quit_action.setText(QCoreApplication.translate("MainWindow", u"&Afsluiten", None))
        self.settings_action.setText(QCoreApplication.translate("MainWindow", u"&Instellingen\u2026", None))
        self.help_action.setText(QCoreApplication.translate("MainWindow", u"&Help en sneltoetsen", None))
        self.about_action.setText(QCoreApplication.translate("MainWindow", u"&Over Calqi Desktop en licenties", None))
#if QT_CONFIG(accessibility)
        self.navigation_list.setAccessibleName(QCoreApplication.translate("MainWindow", u"Onderdelen", None))
#endif // QT_CONFIG(accessibility)
        self.file_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Bestand", None))
        self.tools_menu.setTitle(QCoreApplication.translate("MainWindow", u"E&xtra", None))
        self.go_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Ga naar", None))
        self.help_menu.setTitle(QCoreApplication.translate("MainWindow", u"&Help", None))
    # retranslateUi

