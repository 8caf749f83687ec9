; Inno Setup 6 script for TCD Desktop: per-machine install of the PyInstaller bundle.
;
; Build on Windows (see installer/README.md):
;   py -3.11 dev.py bundle --smoke
;   "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" installer\windows\tcd-desktop.iss
;   -> dist\tcd-desktop-setup-<version>.exe
;
; The version below must equal pyproject.toml's (tests/installer/test_windows_iss.py checks it,
; and that every file and folder the spec puts in dist\tcd-desktop is installed).
; AppId never changes: a newer setup upgrades the installed copy in place.
; The uninstaller removes the program folder only: the data folder
; (%LOCALAPPDATA%\tcd-desktop: database, backups, logs) and the settings stay.

#define MyAppName "TCD Desktop"
#define MyAppVersion "0.1.0"
#define MyAppPublisher "TCD Desktop"
#define MyAppExeName "tcd-desktop.exe"
#define MyAppCliName "tcd-desktop-cli.exe"
#define Bundle "..\..\dist\tcd-desktop"
#define MenuName "TCD Desktop - Tiếp công dân"

[Setup]
AppId={{615A9B23-4BD4-478F-8920-5077163FC8D4}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
VersionInfoVersion={#MyAppVersion}
DefaultDirName={autopf}\TCD Desktop
DefaultGroupName={#MenuName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=tcd-desktop-setup-{#MyAppVersion}
SetupIconFile=..\..\resources\icons\tcd-desktop.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName} - Tiếp công dân
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UsePreviousAppDir=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "Tạo biểu tượng trên màn hình (Desktop)"; GroupDescription: "Biểu tượng:"

[InstallDelete]
; an upgrade replaces the bundled libraries wholesale (a file dropped from a new version must
; not linger next to the new ones)
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#Bundle}\tcd-desktop.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\tcd-desktop-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#Bundle}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#MenuName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh"
Name: "{autoprograms}\Gỡ cài đặt TCD Desktop"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Tiếp công dân (TCD Desktop)"; Filename: "{app}\{#MyAppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "Mở TCD Desktop"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; only what the program itself left in its own folder; never {localappdata}\tcd-desktop
Type: filesandordirs; Name: "{app}\_internal"
