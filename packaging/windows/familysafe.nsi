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
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=x.y.z familysafe.nsi"
!endif
!ifndef BUNDLE_DIR
  !define BUNDLE_DIR "..\..\dist\FamilySafe"
!endif
!ifndef VI_VERSION
  !define VI_VERSION "${VERSION}.0"  ; the file version resource needs four numbers: pass /DVI_VERSION=1.2.3.4 for a pre-release
!endif
!ifndef OUTFILE
  !define OUTFILE "..\..\dist\FamilySafe-${VERSION}-windows-x64-setup.exe"
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
