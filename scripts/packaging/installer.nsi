; The Windows installer of Spine Coach, built by scripts/package.sh (target installer) with NSIS:
;   makensis -DVERSION=0.1.0 -DEXE=spinecoach.exe -DICON=spinecoach.ico -DWEBSITE=https://...
;            -DOUT=spinecoach-0.1.0-windows-amd64-setup.exe installer.nsi
; A per-user install that needs no administrator: the program goes to
; %LOCALAPPDATA%\Programs\Spine Coach, a shortcut to the Start menu, and the uninstaller is
; listed in the user's "Apps" (HKCU ...\Uninstall). /S installs or uninstalls silently.
; The uninstaller removes the program, the shortcut, the start-at-login value and its own entry;
; it keeps the journal and settings (%APPDATA%\fyne\io.github.spinecoach) and says where they are.

; 64-bit, as the program is: it also runs under a Wine without 32-bit support (make test-windows).
Target amd64-unicode
!include "MUI2.nsh"
!include "FileFunc.nsh"

!define APPNAME "Spine Coach"
!define APPID "io.github.spinecoach"
!define PUBLISHER "The Spine Coach authors"
!define UNINSTKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APPID}"
; The value the app writes when the user wants reminders at login (internal/agent, AutostartName).
!define RUNKEY "Software\Microsoft\Windows\CurrentVersion\Run"
!define RUNVALUE "${APPID}.agent"

Name "${APPNAME}"
OutFile "${OUT}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APPNAME}"
InstallDirRegKey HKCU "${UNINSTKEY}" "InstallLocation"
SetCompressor /SOLID lzma
ManifestDPIAware true
BrandingText "${APPNAME} ${VERSION}"

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APPNAME} installer"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "LegalCopyright" "MIT License, ${PUBLISHER}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\spinecoach.exe"

!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
; The installer speaks the user's Windows language if it is one of these, else English.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

LangString DataKept ${LANG_ENGLISH} "Your journal and settings are kept in $APPDATA\fyne\${APPID}. Delete that folder if you want them gone too."
LangString DataKept ${LANG_RUSSIAN} "Журнал и настройки остались в папке $APPDATA\fyne\${APPID}. Удалите эту папку, если они больше не нужны."

; stop: the running window and reminder agent hold spinecoach.exe open, and Windows does not
; let an open program file be replaced or deleted.
!macro StopApp
	nsExec::Exec 'taskkill /F /IM spinecoach.exe'
	Pop $0
	Sleep 500
!macroend

Section "${APPNAME}"
	!insertmacro StopApp
	SetOutPath "$INSTDIR"
	File "/oname=spinecoach.exe" "${EXE}"
	WriteUninstaller "$INSTDIR\uninstall.exe"
	CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\spinecoach.exe" "" "$INSTDIR\spinecoach.exe" 0
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayName" "${APPNAME}"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayIcon" "$INSTDIR\spinecoach.exe,0"
	WriteRegStr HKCU "${UNINSTKEY}" "DisplayVersion" "${VERSION}"
	WriteRegStr HKCU "${UNINSTKEY}" "Publisher" "${PUBLISHER}"
	WriteRegStr HKCU "${UNINSTKEY}" "URLInfoAbout" "${WEBSITE}"
	WriteRegStr HKCU "${UNINSTKEY}" "InstallLocation" "$INSTDIR"
	WriteRegStr HKCU "${UNINSTKEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
	WriteRegStr HKCU "${UNINSTKEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
	WriteRegDWORD HKCU "${UNINSTKEY}" "NoModify" 1
	WriteRegDWORD HKCU "${UNINSTKEY}" "NoRepair" 1
	${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
	WriteRegDWORD HKCU "${UNINSTKEY}" "EstimatedSize" "$0"
SectionEnd

Section "Uninstall"
	!insertmacro StopApp
	Delete "$INSTDIR\spinecoach.exe"
	Delete "$INSTDIR\uninstall.exe"
	RMDir "$INSTDIR"
	Delete "$SMPROGRAMS\${APPNAME}.lnk"
	DeleteRegValue HKCU "${RUNKEY}" "${RUNVALUE}"
	DeleteRegKey HKCU "${UNINSTKEY}"
	DetailPrint "$(DataKept)"
	MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
SectionEnd
