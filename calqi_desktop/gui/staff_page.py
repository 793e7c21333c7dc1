"""The staff screen (beheerder only): the list of members and what a beheerder does with them.

Add a member (Ctrl+N), set a temporary password, change a role, deactivate.
Deactivating replaces the vault's master key, so it runs as a background task
with progress. A recovery-code session may only set temporary passwords; the
page then offers nothing else and says why.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from calqi_desktop import APP_NAME
from calqi_desktop.domain.errors import CalqiError
from calqi_desktop.domain.roles import Permission
from calqi_desktop.gui import errors, shortcuts
from calqi_desktop.gui.app_session import AppSession
from calqi_desktop.gui.forms.ui_staff_page import Ui_StaffPage
from calqi_desktop.gui.page import Page
from calqi_desktop.gui.staff_dialogs import (
    AddStaffDialog,
    ChangeRoleDialog,
    ResetPasswordDialog,
    fill,
    member_label,
)
from calqi_desktop.gui.staff_model import StaffTableModel
from calqi_desktop.gui.tasks import BackgroundTask, TaskProgress, run_task
from calqi_desktop.services import staff
from calqi_desktop.services.workspace import StaffMember

#: How many progress steps `services.staff.deactivate` reports.
DEACTIVATE_STEPS = 3


class StaffPage(Page):
    """Emits `staff_changed` after every change and `own_role_changed` when the beheerder changed their own role."""

    required_permission: ClassVar[Permission | None] = Permission.MANAGE_STAFF

    staff_changed = Signal()
    own_role_changed = Signal()

    def __init__(self, session: AppSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_StaffPage()
        self.ui.setupUi(self)
        self.model = StaffTableModel(session.language, self)
        self.ui.staff_table.setModel(self.model)
        #: The running (or last) deactivation; tests wait for its `finished` signal.
        self.task: BackgroundTask | None = None
        self.add_staff_action = QAction(self.tr("Medewerker toevoegen"), self)
        self.add_staff_action.setObjectName("add_staff_action")
        self.add_staff_action.setShortcut(QKeySequence(shortcuts.ADD_STAFF))
        self.add_staff_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_staff_action.triggered.connect(self.add_staff)
        self.addAction(self.add_staff_action)
        self.ui.add_staff_button.clicked.connect(self.add_staff)
        self.ui.reset_password_button.clicked.connect(self.reset_password)
        self.ui.change_role_button.clicked.connect(self.change_role)
        self.ui.deactivate_button.clicked.connect(self.deactivate)
        self.ui.show_deactivated_check.toggled.connect(self._filter_changed)
        self.ui.staff_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.ui.staff_status_label.clear()
        self._apply_mode()
        self._update_buttons()

    def page_title(self) -> str:
        return self.tr("Medewerkers")

    # --- state ---------------------------------------------------------------------

    def _recovery(self) -> bool:
        return self.session.is_signed_in and self.session.user.via_recovery_code

    def _own_id(self) -> int | None:
        return self.session.user.id if self.session.is_signed_in else None

    def _apply_mode(self) -> None:
        """A recovery-code session sees only 'reset password', with a line saying why."""
        recovery = self._recovery()
        self.ui.recovery_hint_label.setVisible(recovery)
        self.ui.intro_label.setVisible(not recovery)
        for widget in (
            self.ui.add_staff_button,
            self.ui.change_role_button,
            self.ui.deactivate_button,
            self.ui.show_deactivated_check,
        ):
            widget.setVisible(not recovery)
        may_add = not recovery and self.session.may(Permission.MANAGE_STAFF)
        self.ui.add_staff_button.setEnabled(may_add)
        self.add_staff_action.setEnabled(may_add)
        if recovery:
            self.ui.show_deactivated_check.setChecked(False)

    def selected_member(self) -> StaffMember | None:
        rows = self.ui.staff_table.selectionModel().selectedRows()
        return self.model.member_at(rows[0].row()) if rows else None

    def select_member(self, user_id: int | None) -> None:
        row = self.model.row_of(user_id) if user_id is not None else None
        if row is None:
            self.ui.staff_table.clearSelection()
        else:
            self.ui.staff_table.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        member = self.selected_member()
        recovery = self._recovery()
        usable = member is not None and member.active
        not_me = member is not None and member.id != self._own_id()
        self.ui.reset_password_button.setEnabled(usable and not_me)
        self.ui.change_role_button.setEnabled(usable and not recovery)
        self.ui.deactivate_button.setEnabled(usable and not_me and not recovery)

    # --- loading -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list, keeping the selected member selected; raises `CalqiError` (the window shows it)."""
        self._apply_mode()
        selected = self.selected_member()
        try:
            members = staff.list_staff(
                self.session.workspace, include_inactive=self.ui.show_deactivated_check.isChecked()
            )
        except CalqiError:
            self.model.set_members([])  # nothing from before a lock stays on screen
            self._update_buttons()
            raise
        self.model.set_members(members)
        self.ui.staff_table.resizeColumnsToContents()
        self.select_member(selected.id if selected else None)

    def _filter_changed(self) -> None:
        self._reload()

    def _reload(self) -> bool:
        """Refresh and show a failure in the status label; True when it worked."""
        try:
            self.refresh()
        except CalqiError as error:
            self.ui.staff_status_label.setText(error.message(self.session.language))
            return False
        return True

    def _changed(self, message: str, select: int | None) -> None:
        if self._reload():
            self.select_member(select)
            self.ui.staff_status_label.setText(message)
        self.staff_changed.emit()

    # --- actions -------------------------------------------------------------------

    def add_staff(self) -> None:
        if self._recovery():
            return
        dialog = AddStaffDialog(self.session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.member is None:
            return
        member = dialog.member
        self._changed(
            fill(
                self.tr("%1 is toegevoegd als %2 en kan zich nu aanmelden."),
                member.user_name,
                member.role.label(self.session.language),
            ),
            member.id,
        )

    def reset_password(self) -> None:
        member = self.selected_member()
        if member is None or not self.ui.reset_password_button.isEnabled():
            return
        dialog = ResetPasswordDialog(self.session, member, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._changed(
            fill(
                self.tr(
                    "Het wachtwoord van %1 is opnieuw ingesteld. %1 kiest bij de volgende aanmelding "
                    "een eigen wachtwoord."
                ),
                member.user_name,
            ),
            member.id,
        )

    def change_role(self) -> None:
        member = self.selected_member()
        if member is None or not self.ui.change_role_button.isEnabled():
            return
        dialog = ChangeRoleDialog(self.session, member, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        label = dialog.role.label(self.session.language)
        if member.id == self._own_id():
            self._own_role_changed(dialog)
            return
        self._changed(fill(self.tr("%1 is nu %2."), member.user_name, label), member.id)

    def _own_role_changed(self, dialog: ChangeRoleDialog) -> None:
        # services.staff.change_role has already given the signed-in member the new role.
        workspace = self.session.workspace
        message = self.tr("Uw eigen rol is nu %1.").replace("%1", dialog.role.label(self.session.language))
        if self.session.may(Permission.MANAGE_STAFF):
            self._changed(message, workspace.user.id)
        else:
            self.model.set_members([])
            self._apply_mode()
            self._update_buttons()
            self.ui.staff_status_label.setText(
                message + " " + self.tr("Alleen een beheerder kan medewerkers beheren.")
            )
            self.staff_changed.emit()
        self.own_role_changed.emit()

    def deactivate(self) -> None:
        member = self.selected_member()
        if member is None or member.id is None or not self.ui.deactivate_button.isEnabled():
            return
        if not self._confirm_deactivation(member):
            return
        try:
            workspace = self.session.workspace
        except CalqiError as error:
            errors.show_error(self, error)
            return
        user_id = member.id

        def work(progress: TaskProgress) -> None:
            done = 0

            def step(text: str) -> None:
                nonlocal done
                done += 1
                progress.report(text, done, DEACTIVATE_STEPS)

            staff.deactivate(workspace, user_id, progress=step)

        self.task = run_task(
            self,
            self.tr("Medewerker deactiveren"),
            work,
            on_success=lambda _result: self._deactivated(member),
            label=fill(self.tr("%1 wordt gedeactiveerd…"), member.user_name),
        )
        self.task.finished.connect(self._task_finished)

    def _confirm_deactivation(self, member: StaffMember) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            APP_NAME,
            fill(self.tr("%1 deactiveren?"), member_label(member)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("deactivate_confirm_box")
        box.setInformativeText(
            fill(
                self.tr(
                    "De hoofdsleutel van de kluis wordt vervangen en de kluis wordt opnieuw versleuteld. "
                    "Daarna kan %1 de kluis niet meer openen, ook niet met het oude wachtwoord. "
                    "Dit kan niet ongedaan worden gemaakt en kan even duren.\n\n"
                    "Eerdere back-ups blijven te openen met de sleutels van toen, ook die van %1: "
                    "bewaar ze goed."
                ),
                member.user_name,
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Deactiveren"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Annuleren"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _deactivated(self, member: StaffMember) -> None:
        self._changed(
            fill(
                self.tr(
                    "%1 is gedeactiveerd. De kluis heeft een nieuwe sleutel; %1 kan de kluis niet meer openen."
                ),
                member.user_name,
            ),
            member.id,
        )

    def _task_finished(self) -> None:
        task = self.task
        if task is not None and task.error is not None:
            self._reload()  # the error itself was shown by the task; show what is true now
