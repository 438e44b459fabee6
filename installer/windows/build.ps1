# Builds the Windows installer: a venv with the runtime dependencies only, the PyInstaller bundle, its
# self-test, then Inno Setup 6 (ISCC.exe on PATH or in its default folder).
# NOT RUN HERE: written and reviewed against the PyInstaller and Inno Setup documentation only.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$started = Get-Date
if (-not (Test-Path "build\bundle-venv\Scripts\python.exe")) { py -3.11 -m venv build\bundle-venv }
$py = "build\bundle-venv\Scripts\python.exe"
& $py -m pip install -q --upgrade pip
& $py -m pip install -q -c requirements.lock . "pyinstaller>=6.10" "pyinstaller-hooks-contrib>=2024.8"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
& $py -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build\pyinstaller installer\scanstation.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$env:QT_QPA_PLATFORM = "offscreen"
& dist\scanstation\scanstation.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "self-test of the bundle failed" }
Remove-Item Env:QT_QPA_PLATFORM
$version = (& dist\scanstation\scanstation.exe --version).Split(" ")[1]
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\windows\scanstation.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
"Built in {0:N0} s" -f ((Get-Date) - $started).TotalSeconds
