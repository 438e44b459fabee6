"""installer/bundle_diet.py on real libraries from the test environment's wheels (readelf/strip from binutils)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import numpy
import PIL
import pyclipper
import PySide6

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bundle_diet", ROOT / "installer" / "bundle_diet.py")
assert _spec is not None
assert _spec.loader is not None
diet = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(diet)

QT = Path(PySide6.__file__).parent / "Qt"


def _qt_libs() -> list[tuple[str, str, str]]:
    return [(f"PySide6/Qt/lib/{lib.name}", str(lib), "BINARY") for lib in sorted((QT / "lib").glob("libQt6*.so.6"))
            if not lib.is_symlink()]


def _in_qt_lib(entry: tuple[str, str, str]) -> bool:
    return entry[0].startswith("PySide6/Qt/lib/")


def _names(entries: list[tuple[str, str, str]]) -> set[str]:
    return {Path(entry[0]).name for entry in entries}


def test_keeps_the_libraries_a_kept_plugin_links_and_leaves_out_the_rest() -> None:
    plugin = QT / "plugins" / "platforms" / "libqoffscreen.so"
    files = [("PySide6/Qt/plugins/platforms/libqoffscreen.so", str(plugin), "BINARY"), *_qt_libs()]
    kept, left_out = diet.without_unlinked(files, [], _in_qt_lib)
    assert {"libqoffscreen.so", "libQt6Gui.so.6", "libQt6Core.so.6"} <= _names(kept)  # Gui links Core
    assert {"libQt6Quick.so.6", "libQt6Multimedia.so.6"} <= _names(left_out)
    assert _names(kept).isdisjoint(_names(left_out))
    assert len(kept) + len(left_out) == len(files)


def test_a_symlink_name_stands_for_its_target() -> None:
    plugin = QT / "plugins" / "platforms" / "libqoffscreen.so"
    core = next(entry for entry in _qt_libs() if entry[0].endswith("/libQt6Core.so.6"))
    renamed = ("PySide6/Qt/lib/core-under-another-name.so", core[1], "BINARY")
    gui = next(entry for entry in _qt_libs() if entry[0].endswith("/libQt6Gui.so.6"))
    files = [("PySide6/Qt/plugins/platforms/libqoffscreen.so", str(plugin), "BINARY"), gui, renamed]
    link = ("libQt6Core.so.6", renamed[0], "SYMLINK")
    assert renamed in diet.without_unlinked(files, [link], _in_qt_lib)[0]
    assert renamed in diet.without_unlinked(files, [], _in_qt_lib)[1]


def test_symlinks_to_left_out_files_are_dropped() -> None:
    kept = [("PySide6/Qt/lib/libQt6Core.so.6", "/x/libQt6Core.so.6", "BINARY")]
    toc = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
           ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
           ("resources/x.txt", "/src/x.txt", "DATA")]
    assert diet.without_dangling_links(toc, kept) == [toc[0], toc[2]]


def test_debug_info_is_stripped_from_an_unrepaired_extension_and_it_still_imports(tmp_path: Path) -> None:
    ext = next(Path(pyclipper.__file__).parent.glob("_pyclipper*.so"))
    dest = f"pyclipper/{ext.name}"
    assert diet.strippable(str(ext))
    stripped = diet.debug_stripped((dest, str(ext), "EXTENSION"), tmp_path)
    assert stripped[0] == dest
    assert stripped[2] == "EXTENSION"
    copy = Path(stripped[1])
    assert copy.parent.parent == tmp_path
    assert copy.stat().st_size < ext.stat().st_size
    assert not diet.strippable(str(copy))  # no debug info left
    assert diet.needed(str(copy)) == diet.needed(str(ext))
    load = ("import importlib.machinery as m, importlib.util as u, sys; "
            "loader = m.ExtensionFileLoader('pyclipper._pyclipper', sys.argv[1]); "
            "mod = u.module_from_spec(u.spec_from_loader('pyclipper._pyclipper', loader)); loader.exec_module(mod); "
            "print(mod.Area([[0, 0], [10, 0], [10, 10], [0, 10]]))")
    out = subprocess.run([sys.executable, "-c", load, str(copy)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "100.0"


def test_files_auditwheel_repaired_are_left_alone(tmp_path: Path) -> None:
    openblas = next((Path(numpy.__file__).parent.parent / "numpy.libs").glob("libscipy_openblas*.so"))
    imaging = next(Path(PIL.__file__).parent.glob("_imaging.*.so"))  # finds pillow.libs through $ORIGIN
    for src, dest in ((openblas, f"numpy.libs/{openblas.name}"), (imaging, f"PIL/{imaging.name}")):
        entry = (dest, str(src), "BINARY")
        assert not diet.strippable(str(src))
        assert diet.debug_stripped(entry, tmp_path) == entry
    assert not any(tmp_path.iterdir())
