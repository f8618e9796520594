; Inno Setup 6 script: a per-user installer for npdrights on Windows. No administrator rights are asked for:
; it installs under %LOCALAPPDATA%\Programs\npdrights and adds a Start menu entry (and, if chosen, a desktop icon).
; Built by packaging/build.py after PyInstaller, which passes AppVersion, SourceDir (dist\npdrights) and IconFile:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\npdrights /DIconFile=build\icons\npdrights.ico /Odist npdrights.iss
; Uninstalling removes the program only: the cases, in %LOCALAPPDATA%\npdrights, stay (a vault is never deleted
; by an uninstaller; the user deletes it, if ever, after making a backup).

#ifndef AppVersion
  #error Pass /DAppVersion=... (packaging/build.py does)
#endif
#ifndef SourceDir
  #error Pass /DSourceDir=...\dist\npdrights (packaging/build.py does)
#endif
#ifndef IconFile
  #error Pass /DIconFile=...\build\icons\npdrights.ico (packaging/build.py does)
#endif

[Setup]
AppId={{6F1B7C52-3E0A-4F4B-9B7E-5C2D8A9E4D10}
AppName=npdrights
AppVersion={#AppVersion}
AppPublisher=npdrights
AppComments=Use your data-protection rights over the National Pupil Database
DefaultDirName={autopf}\npdrights
DefaultGroupName=npdrights
DisableProgramGroupPage=yes
; Per-user: with "lowest", {autopf} is %LOCALAPPDATA%\Programs and no UAC prompt appears.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=npdrights-{#AppVersion}-windows-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\npdrights.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A parent may have npdrights open while updating: Setup asks to close it rather than fail on locked files.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; AppUserModelID matches npdrights.gui.icon.WINDOWS_APP_ID, so the taskbar groups the window under this entry.
Name: "{autoprograms}\npdrights"; Filename: "{app}\npdrights.exe"; AppUserModelID: "npdrights.npdrights.app"
Name: "{autodesktop}\npdrights"; Filename: "{app}\npdrights.exe"; Tasks: desktopicon; AppUserModelID: "npdrights.npdrights.app"

[Run]
Filename: "{app}\npdrights.exe"; Description: "{cm:LaunchProgram,npdrights}"; Flags: nowait postinstall skipifsilent
