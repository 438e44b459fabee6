; Inno Setup 6 script: per-machine install of the PyInstaller one-folder bundle (dist\scanstation).
; Build: installer\windows\build.ps1 (runs PyInstaller, then ISCC with /DAppVersion=<version>).
; NOT RUN HERE: written and reviewed against the Inno Setup 6 documentation only (see installer/README.md).
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; A fixed AppId keeps upgrades in place (never change it).
AppId={{6E0C1D2A-5B8F-4F53-9C1E-3A7D2B9F0E41}
AppName=ID Scan Station
AppVersion={#AppVersion}
AppPublisher=ID Scan Station contributors
DefaultDirName={autopf}\ID Scan Station
DefaultGroupName=ID Scan Station
DisableProgramGroupPage=yes
; Per-machine install (Program Files, HKLM uninstall entry, all users' Start menu).
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=id-scan-station-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icon.ico
UninstallDisplayIcon={app}\scanstation-gui.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Files]
Source: "..\..\dist\scanstation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Registry]
; No crash dumps of personal data: Windows Error Reporting skips these programs (README, Privacy).
Root: HKLM; Subkey: "SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications"; ValueType: dword; ValueName: "scanstation.exe"; ValueData: 1; Flags: uninsdeletevalue
Root: HKLM; Subkey: "SOFTWARE\Microsoft\Windows\Windows Error Reporting\ExcludedApplications"; ValueType: dword; ValueName: "scanstation-gui.exe"; ValueData: 1; Flags: uninsdeletevalue

[Icons]
Name: "{autoprograms}\ID Scan Station"; Filename: "{app}\scanstation-gui.exe"
Name: "{autoprograms}\ID Scan Station (kiosk)"; Filename: "{app}\scanstation-gui.exe"; Parameters: "--kiosk"

[Run]
Filename: "{app}\scanstation-gui.exe"; Description: "{cm:LaunchProgram,ID Scan Station}"; Flags: nowait postinstall skipifsilent
