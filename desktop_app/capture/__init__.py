"""capture layer (see DESIGN.md): where document images come from. Qt allowed, no widgets.

- `camera`: list webcams, pick a format with enough pixels for MRZ characters, stream into a QVideoSink;
  `error(str)` sentences for a missing, busy, refused or unplugged camera.
- `live`: `LiveAnalyzer` takes frames from any QVideoSink (camera or QMediaPlayer), analyses only the newest
  one in a worker with `imaging.quality.analyze`, emits `hints_changed(report)`, `quad_changed(quad)` and
  `auto_captured(rgb)`; `capture_now()` for the button. `frames`: QVideoFrame/QImage -> numpy RGB.
- `scanner`: the `Scanner` interface (devices, open, options, scan -> RGB pages, cancel);
  `sane_scanner` (python-sane), `escl` (driverless network scanners over HTTP), `wia_scanner` (Windows,
  untested here); `scan_runner.ScanRunner` runs any of them on one worker thread with Qt signals.
- `files`: open-dialog filter, drag-and-drop/paste -> in-memory items, `BatchReader` for many files;
  `hotfolder.HotFolder` reads documents saved into a folder, once each.
"""
