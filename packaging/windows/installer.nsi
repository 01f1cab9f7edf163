; Windows installer of Privacy Dashboard (NSIS 3, Modern UI 2), made by
; packaging/windows/build.sh from its staged install:
;   makensis -DVERSION=0.1.0 -DSTAGE=<stage folder> -DOUTFILE=<setup.exe> installer.nsi
; Installs per machine into Program Files, with a Start menu shortcut and an
; entry in Apps & features. The server is installed for the app's demo mode.
Unicode true
!include "MUI2.nsh"

!ifndef VERSION
  !error "Pass -DVERSION=x.y.z"
!endif
!ifndef STAGE
  !error "Pass -DSTAGE=<staged install folder>"
!endif
!ifndef OUTFILE
  !define OUTFILE "privacy-dashboard-${VERSION}-setup.exe"
!endif

!define APP_NAME "Privacy Dashboard"
!define APP_ID "org.privacydashboard.PrivacyDashboard"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey "ProductName" "${APP_NAME}"
VIAddVersionKey "ProductVersion" "${VERSION}"
VIAddVersionKey "FileVersion" "${VERSION}"
VIAddVersionKey "FileDescription" "${APP_NAME} installer"
VIAddVersionKey "LegalCopyright" "The Privacy Dashboard developers, GPL-3.0-or-later"

!define MUI_ICON "${STAGE}\privacy-dashboard.ico"
!define MUI_UNICON "${STAGE}\privacy-dashboard.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\privacy-dashboard.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Indonesian"

Section "Install"
  SetShellVarContext all
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\bin\privacy-dashboard.exe" "" \
    "$INSTDIR\privacy-dashboard.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "The Privacy Dashboard developers"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "URLInfoAbout" "https://privacydashboard.org/"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\privacy-dashboard.ico"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  ; Only what the installer put there: the user's data lives in their
  ; profile and is removed by signing out in the app.
  RMDir /r "$INSTDIR\bin"
  RMDir /r "$INSTDIR\share"
  Delete "$INSTDIR\privacy-dashboard.ico"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
