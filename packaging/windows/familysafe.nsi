; FamilySafe installer for Windows (NSIS 3, Unicode).
;
; Per-user: no administrator rights, installs to %LOCALAPPDATA%\Programs\FamilySafe, a Start-menu shortcut,
; and an uninstaller registered under HKCU (Settings > Apps). The uninstaller keeps the family's saved
; progress (%APPDATA%\FamilySafe) unless the grown-up ticks "Also delete the family's saved progress".
;
; Build (from the repository root, after the PyInstaller build made dist\FamilySafe):
;   makensis /DVERSION=0.1.0 packaging\windows\familysafe.nsi
; Optional: /DBUNDLE_DIR=<folder with FamilySafe.exe>  /DOUTFILE=<installer .exe>  /DVI_VERSION=x.y.z.w
; Silent: FamilySafe-Setup.exe /S ; uninstall.exe /S keeps the data, uninstall.exe /S /DELETEDATA removes it.

Unicode true
ManifestDPIAware true
!ifdef FAST_COMPRESSION  ; test builds only (make dist-windows' upgrade installer): quick to make, larger
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z familysafe.nsi"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\FamilySafe"
!endif
!ifndef VI_VERSION
  ; The version resource needs four numbers: 0.2.0rc1, 0.2.0.dev3 and 1.2 give 0.2.0.0, 0.2.0.0 and 1.2.0.0.
  !searchreplace _FS_V "${VERSION}" "rc" "."
  !searchreplace _FS_V "${_FS_V}" ".dev" "."
  !searchreplace _FS_V "${_FS_V}" ".post" "."
  !searchreplace _FS_V "${_FS_V}" "a" "."
  !searchreplace _FS_V "${_FS_V}" "b" "."
  !searchparse /noerrors "${_FS_V}.0.0.0." "" _FS_V1 "." _FS_V2 "." _FS_V3 "."
  !define VI_VERSION "${_FS_V1}.${_FS_V2}.${_FS_V3}.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\FamilySafe-${VERSION}-windows-x64-setup.exe"
!endif

; Signing (release workflow, when its Azure Trusted Signing secrets exist): /DSIGN_COMMAND="<command>" runs
; `<command> <file>` on the uninstaller as makensis writes it and on the finished installer; a failure stops the build.
!ifdef SIGN_COMMAND
  !uninstfinalize '${SIGN_COMMAND} "%1"' = 0
  !finalize '${SIGN_COMMAND} "%1"' = 0
!endif

!define APP_NAME "FamilySafe"
!define APP_EXE "FamilySafe.exe"
!define CLI_EXE "familysafe-cli.exe"
!define PUBLISHER "FamilySafe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\FamilySafe"
!define DATA_DIR "$APPDATA\FamilySafe"

!include "MUI2.nsh"
!include "nsDialogs.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\FamilySafe"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VI_VERSION}"
VIAddVersionKey /LANG=2057 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=2057 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=2057 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=2057 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=2057 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=2057 "LegalCopyright" "FamilySafe contributors, MIT licence"

!define MUI_ICON "..\icons\familysafe.ico"
!define MUI_UNICON "..\icons\familysafe.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Open FamilySafe now"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.KeepDataPageShow un.KeepDataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

Var DeleteData       ; 1 only when the grown-up ticked the box (or passed /DELETEDATA)
Var DeleteDataBox

; ---- Refusals: 32-bit Windows, and FamilySafe still open ------------------------------------------------------
; An upgrade or uninstall while the app runs would delete _internal and then fail on its locked DLLs, leaving a
; broken install. A running .exe cannot be opened for writing on Windows: that is the test (no plugin needed).
; Silent runs (/S) exit with code 2 instead of asking.
!macro FS_REFUSALS UN
Function ${UN}RefuseWhileOpen
  StrCpy $R9 "${APP_EXE}"
  Call ${UN}RefuseIfLocked
  StrCpy $R9 "${CLI_EXE}"
  Call ${UN}RefuseIfLocked
FunctionEnd

Function ${UN}RefuseIfLocked
  retry:
  IfFileExists "$INSTDIR\$R9" 0 done
  ClearErrors
  FileOpen $R8 "$INSTDIR\$R9" a
  IfErrors 0 unlocked
  MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "FamilySafe is open. Please close it first (your family's progress is saved as you go), then press Retry." /SD IDCANCEL IDRETRY retry
  DetailPrint "FamilySafe is open ($INSTDIR\$R9): nothing was changed."
  SetErrorLevel 2
  Quit
  unlocked:
  FileClose $R8
  done:
FunctionEnd

Function ${UN}RefuseOn32Bit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "FamilySafe needs 64-bit Windows 10 or newer. This computer runs 32-bit Windows." /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}
FunctionEnd
!macroend
!insertmacro FS_REFUSALS ""
!insertmacro FS_REFUSALS "un."

Function .onInit
  SetShellVarContext current
  Call RefuseOn32Bit
  Call RefuseWhileOpen
FunctionEnd

Section "FamilySafe" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole bundle, so no library from an older version lingers.
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE_DIR}\*.*"
  File "/oname=familysafe.ico" "..\icons\familysafe.ico"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

; ---- Uninstaller --------------------------------------------------------------------------------------------

Function un.onInit
  SetShellVarContext current
  Call un.RefuseOn32Bit
  Call un.RefuseWhileOpen
  StrCpy $DeleteData 0
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DELETEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $DeleteData 1
  ${EndIf}
FunctionEnd

Function un.KeepDataPageShow
  !insertmacro MUI_HEADER_TEXT "Your family's saved progress" "Keep it, or delete it too?"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 48u "FamilySafe keeps your family's progress, badges, notes and backups in ${DATA_DIR}. If you keep it, everything will be there if you install FamilySafe again."
  Pop $0
  ${NSD_CreateCheckbox} 0 56u 100% 12u "Also delete the family's saved progress"
  Pop $DeleteDataBox
  ${If} $DeleteData == 1
    ${NSD_Check} $DeleteDataBox
  ${Else}
    ${NSD_Uncheck} $DeleteDataBox
  ${EndIf}
  ${NSD_CreateLabel} 0 74u 100% 24u "Leave this unticked to keep it. Deleting cannot be undone."
  Pop $0
  nsDialogs::Show
FunctionEnd

Function un.KeepDataPageLeave
  ${NSD_GetState} $DeleteDataBox $0
  ${If} $0 == ${BST_CHECKED}
    StrCpy $DeleteData 1
  ${Else}
    StrCpy $DeleteData 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Only what the installer put there: never a recursive delete of $INSTDIR itself (it could be any folder).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\familysafe.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  ${If} $DeleteData == 1
    RMDir /r "${DATA_DIR}"
    DetailPrint "Deleted the family's saved progress (${DATA_DIR})."
  ${Else}
    DetailPrint "Kept the family's saved progress in ${DATA_DIR}."
  ${EndIf}
SectionEnd
