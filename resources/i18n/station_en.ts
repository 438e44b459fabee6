<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="107"/>
        <source>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</source>
        <translation>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="112"/>
        <source>%1: use M, F or X.</source>
        <translation>%1: use M, F or X.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="117"/>
        <source>%1: use the three-letter code, e.g. ESP or USA.</source>
        <translation>%1: use the three-letter code, e.g. ESP or USA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="122"/>
        <source>%1: choose one of the listed types.</source>
        <translation>%1: choose one of the listed types.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="174"/>
        <source>The station sent a request the service did not accept; report this with the request id.</source>
        <translation>The station sent a request the service did not accept; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="176"/>
        <source>The service could not read this image; retake the picture with the whole document in view.</source>
        <translation>The service could not read this image; retake the picture with the whole document in view.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="178"/>
        <source>The service rejected the key; check the profile&apos;s keys in Settings.</source>
        <translation>The service rejected the key; check the profile&apos;s keys in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="179"/>
        <source>This computer&apos;s clock is wrong; correct the date and time and try again.</source>
        <translation>This computer&apos;s clock is wrong; correct the date and time and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="181"/>
        <source>This product or country is not enabled for the account; ask the administrator.</source>
        <translation>This product or country is not enabled for the account; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="183"/>
        <source>The account has no credits or quota left; top it up or switch to another profile.</source>
        <translation>The account has no credits or quota left; top it up or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="185"/>
        <source>The service is receiving too many requests; wait a moment and retry.</source>
        <translation>The service is receiving too many requests; wait a moment and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="187"/>
        <source>The service is having trouble; try again in a minute.</source>
        <translation>The service is having trouble; try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="188"/>
        <source>The service could not be reached; check the network connection and retry.</source>
        <translation>The service could not be reached; check the network connection and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="190"/>
        <source>The service did not answer in time; retry (the call may have been billed).</source>
        <translation>The service did not answer in time; retry (the call may have been billed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="192"/>
        <source>The service sent an answer the station does not understand; report this with the request id.</source>
        <translation>The service sent an answer the station does not understand; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="194"/>
        <source>The system keyring is locked or missing; unlock it (log in again) and retry.</source>
        <translation>The system keyring is locked or missing; unlock it (log in again) and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="196"/>
        <source>The profile is not set up correctly; check it in Settings.</source>
        <translation>The profile is not set up correctly; check it in Settings.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="65"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="66"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="67"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="68"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="69"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="70"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73"/>
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="74"/>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="75"/>
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="76"/>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="77"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="78"/>
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="79"/>
        <source>Place of issue</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="80"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="87"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="87"/>
        <source>National ID card</source>
        <translation>National ID card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="88"/>
        <source>Driver&apos;s license</source>
        <translation>Driver&apos;s license</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="89"/>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Voter ID</source>
        <translation>Voter ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="91"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="92"/>
        <source>Unknown document</source>
        <translation>Unknown document</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="14"/>
        <source>Glare on the left: tilt the document slightly</source>
        <translation>Glare on the left: tilt the document slightly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="15"/>
        <source>Glare on the right: tilt the document slightly</source>
        <translation>Glare on the right: tilt the document slightly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="16"/>
        <source>Glare on the top: tilt the document slightly</source>
        <translation>Glare on the top: tilt the document slightly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="17"/>
        <source>Glare on the bottom: tilt the document slightly</source>
        <translation>Glare on the bottom: tilt the document slightly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="18"/>
        <source>Glare on the centre: tilt the document slightly</source>
        <translation>Glare on the centre: tilt the document slightly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="20"/>
        <source>Glare: tilt the document slightly</source>
        <translation>Glare: tilt the document slightly</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="31"/>
        <source>Move closer: MRZ %1 px high, %2 dpi (needs %3 px)</source>
        <translation>Move closer: MRZ %1 px high, %2 dpi (needs %3 px)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="50"/>
        <source>Too dark: add light</source>
        <translation>Too dark: add light</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="51"/>
        <source>Too bright: dim the light or move away from the lamp</source>
        <translation>Too bright: dim the light or move away from the lamp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="52"/>
        <source>Whole document must be in view</source>
        <translation>Whole document must be in view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="53"/>
        <source>Move closer</source>
        <translation>Move closer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="54"/>
        <source>Hold the document flat</source>
        <translation>Hold the document flat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="55"/>
        <source>Blurry: hold still and let the camera focus</source>
        <translation>Blurry: hold still and let the camera focus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="56"/>
        <source>This looks like a photocopy</source>
        <translation>This looks like a photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="57"/>
        <source>This looks like a photo of a screen</source>
        <translation>This looks like a photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="58"/>
        <source>Face photo not visible</source>
        <translation>Face photo not visible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="59"/>
        <source>Hold still</source>
        <translation>Hold still</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="98"/>
        <source>Document picture</source>
        <translation>Document picture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="107"/>
        <source>Place the document under the camera and press Space,
or drop, paste or open an image file.</source>
        <translation>Place the document under the camera and press Space,
or drop, paste or open an image file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="131"/>
        <source>All checks pass</source>
        <translation>All checks pass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="169"/>
        <source>Good: hold still</source>
        <translation>Good: hold still</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="114"/>
        <source>ID Scan Station</source>
        <translation>ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="132"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>Engine profile</source>
        <translation>Engine profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>Capture  (Space)</source>
        <translation>Capture  (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>Capture the document</source>
        <translation>Capture the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>&amp;Open files…</source>
        <translation>&amp;Open files…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>Open document image files</source>
        <translation>Open document image files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>Scan  (F5)</source>
        <translation>Scan  (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>Scan a page with the scanner</source>
        <translation>Scan a page with the scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>Paste an image from the clipboard</source>
        <translation>Paste an image from the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>C&amp;lear session</source>
        <translation>C&amp;lear session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>Forget every scan in this session</source>
        <translation>Forget every scan in this session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183"/>
        <source>Enter the PIN to change the engine.</source>
        <translation>Enter the PIN to change the engine.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251"/>
        <location filename="../../desktop_app/ui/main_window.py" line="283"/>
        <source>Offline engine (no network)</source>
        <translation>Offline engine (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="312"/>
        <source>Enter the PIN to open files.</source>
        <translation>Enter the PIN to open files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="315"/>
        <source>Open document images</source>
        <translation>Open document images</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="316"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="332"/>
        <source>The clipboard holds no image; copy a picture or an image file first.</source>
        <translation>The clipboard holds no image; copy a picture or an image file first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="343"/>
        <source>No camera is running; ask the front desk.</source>
        <translation>No camera is running; ask the front desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="355"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="369"/>
        <source>No scanner is set up; choose one in Settings, Capture.</source>
        <translation>No scanner is set up; choose one in Settings, Capture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="372"/>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="202"/>
        <source>%1 page(s) scanned.</source>
        <translation>%1 page(s) scanned.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="437"/>
        <source>The record was copied to the clipboard.</source>
        <translation>The record was copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="440"/>
        <source>Enter the PIN to clear the session.</source>
        <translation>Enter the PIN to clear the session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="443"/>
        <source>Clear session</source>
        <translation>Clear session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="444"/>
        <source>Forget every scan in this session? Records that are confirmed but not saved are kept.</source>
        <translation>Forget every scan in this session? Records that are confirmed but not saved are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="451"/>
        <source>Session cleared; %1 unsaved record(s) kept.</source>
        <translation>Session cleared; %1 unsaved record(s) kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="454"/>
        <source>Session cleared.</source>
        <translation>Session cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="459"/>
        <source>The session was cleared after a period of inactivity.</source>
        <translation>The session was cleared after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="470"/>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="501"/>
        <source>%1 reading</source>
        <translation>%1 reading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="503"/>
        <source>%1 to review</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="505"/>
        <source>%1 NOT saved</source>
        <translation>%1 NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="516"/>
        <source>About ID Scan Station</source>
        <translation>About ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="517"/>
        <source>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and AccuAuth vendors.&lt;/p&gt;&lt;p&gt;Images and personal data stay in memory; keys stay in the system keyring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space: capture&lt;br&gt;Enter: confirm&lt;br&gt;Ctrl+O: open files&lt;br&gt;Ctrl+V: paste an image&lt;br&gt;Ctrl+R: retry&lt;br&gt;Delete (in the list): remove a scan&lt;br&gt;Ctrl+,: settings&lt;br&gt;Ctrl+Shift+Delete: clear session&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and AccuAuth vendors.&lt;/p&gt;&lt;p&gt;Images and personal data stay in memory; keys stay in the system keyring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space: capture&lt;br&gt;Enter: confirm&lt;br&gt;Ctrl+O: open files&lt;br&gt;Ctrl+V: paste an image&lt;br&gt;Ctrl+R: retry&lt;br&gt;Delete (in the list): remove a scan&lt;br&gt;Ctrl+,: settings&lt;br&gt;Ctrl+Shift+Delete: clear session&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="vanished">Keyboard</translation>
    </message>
    <message>
        <source>Space: capture
Enter: confirm
Ctrl+O: open files
Ctrl+V: paste an image
Ctrl+R: retry
Delete (in the list): remove a scan
Ctrl+,: settings
Ctrl+Shift+Delete: clear session</source>
        <translation type="vanished">Space: capture
Enter: confirm
Ctrl+O: open files
Ctrl+V: paste an image
Ctrl+R: retry
Delete (in the list): remove a scan
Ctrl+,: settings
Ctrl+Shift+Delete: clear session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="527"/>
        <source>Enter the PIN to open Settings.</source>
        <translation>Enter the PIN to open Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="308"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="559"/>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Enter the PIN to leave kiosk mode.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="565"/>
        <source>Records not saved</source>
        <translation>Records not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="566"/>
        <source>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</source>
        <translation>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="100"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="102"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="103"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="825"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="839"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="847"/>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="108"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="823"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="842"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="110"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="844"/>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="112"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="126"/>
        <source>not performed</source>
        <translation>not performed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="114"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="127"/>
        <source>not provided by vendor</source>
        <translation>not provided by vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="115"/>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="120"/>
        <source>no sign of forgery</source>
        <translation>no sign of forgery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="122"/>
        <source>forgery detected</source>
        <translation>forgery detected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="124"/>
        <source>forgery suspected</source>
        <translation>forgery suspected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="149"/>
        <source>black-and-white photocopy</source>
        <translation>black-and-white photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="150"/>
        <source>photocopy</source>
        <translation>photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151"/>
        <source>photo of a screen</source>
        <translation>photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="152"/>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="153"/>
        <source>other reason</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="160"/>
        <source>no expiry date read</source>
        <translation>no expiry date read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="163"/>
        <source>EXPIRED on %1</source>
        <translation>EXPIRED on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="165"/>
        <source>expires soon: %1 (within 6 months)</source>
        <translation>expires soon: %1 (within 6 months)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="166"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="242"/>
        <source>not provided</source>
        <translation>not provided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="259"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="281"/>
        <source>No scan selected.
Scan a document, or pick one from the list.</source>
        <translation>No scan selected.
Scan a document, or pick one from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="292"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="433"/>
        <source>Reading the document…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="297"/>
        <source>Reading in progress</source>
        <translation>Reading in progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="322"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="322"/>
        <source>Retry this scan</source>
        <translation>Retry this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="389"/>
        <source>Send to…</source>
        <translation>Send to…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="391"/>
        <source>Read with another profile</source>
        <translation>Read with another profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="325"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="133"/>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="134"/>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="135"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="136"/>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="137"/>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="138"/>
        <source>Glare</source>
        <translation>Glare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="139"/>
        <source>Colour (not a photocopy)</source>
        <translation>Colour (not a photocopy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="140"/>
        <source>Not a photo of a screen</source>
        <translation>Not a photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="141"/>
        <source>Face photo</source>
        <translation>Face photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="142"/>
        <source>Steadiness</source>
        <translation>Steadiness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="325"/>
        <source>Discard this scan</source>
        <translation>Discard this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="326"/>
        <source>&amp;Save again</source>
        <translation>&amp;Save again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="326"/>
        <source>Try saving the record to the CSV file again</source>
        <translation>Try saving the record to the CSV file again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="328"/>
        <source>&amp;Copy record</source>
        <translation>&amp;Copy record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="328"/>
        <source>Copy the record to the clipboard</source>
        <translation>Copy the record to the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="355"/>
        <source>Confirm  (Enter)</source>
        <translation>Confirm  (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="355"/>
        <source>Confirm and export this scan</source>
        <translation>Confirm and export this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="358"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="358"/>
        <source>Reject this scan and forget it</source>
        <translation>Reject this scan and forget it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="360"/>
        <source>Re-read</source>
        <translation>Re-read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="360"/>
        <source>Read the same picture again</source>
        <translation>Read the same picture again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="401"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="806"/>
        <source>Offline engine</source>
        <translation>Offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="431"/>
        <source>Opening the image…</source>
        <translation>Opening the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="432"/>
        <source>Reading the document again…</source>
        <translation>Reading the document again…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="456"/>
        <source>The scan failed</source>
        <translation>The scan failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="464"/>
        <source>Confirmed, but NOT saved</source>
        <translation>Confirmed, but NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="466"/>
        <source>The record is kept in memory until it is saved; do not close the station.</source>
        <translation>The record is kept in memory until it is saved; do not close the station.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="471"/>
        <source>Confirmed and exported</source>
        <translation>Confirmed and exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="472"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="475"/>
        <source>The picture and the fields were removed from this computer&apos;s memory.</source>
        <translation>The picture and the fields were removed from this computer&apos;s memory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="474"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="552"/>
        <source>offline engine</source>
        <translation>offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="553"/>
        <source>Read by %1</source>
        <translation>Read by %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="555"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="557"/>
        <source>request id %1</source>
        <translation>request id %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="564"/>
        <source>This document number was already scanned in this session.</source>
        <translation>This document number was already scanned in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="566"/>
        <source>Some key fields are missing; check them against the document.</source>
        <translation>Some key fields are missing; check them against the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="583"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="583"/>
        <source>check digits correct</source>
        <translation>check digits correct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="584"/>
        <source>check digit wrong</source>
        <translation>check digit wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="585"/>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="589"/>
        <source>Forgery</source>
        <translation>Forgery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="594"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="609"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="609"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="610"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="627"/>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="653"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="741"/>
        <source>Other fields (read only)</source>
        <translation>Other fields (read only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="754"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="771"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="779"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="781"/>
        <source>MRZ check digits</source>
        <translation>MRZ check digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="771"/>
        <source>all correct</source>
        <translation>all correct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="778"/>
        <source>composite</source>
        <translation>composite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="779"/>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="781"/>
        <source>no MRZ read</source>
        <translation>no MRZ read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="784"/>
        <source>Vendor&apos;s MRZ check</source>
        <translation>Vendor&apos;s MRZ check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="801"/>
        <source>Image quality: offline engine / this station</source>
        <translation>Image quality: offline engine / this station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="826"/>
        <source>only for camera pictures</source>
        <translation>only for camera pictures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="859"/>
        <source>no difference found by the offline re-read</source>
        <translation>no difference found by the offline re-read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="586"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="786"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="680"/>
        <source>MRZ: %1</source>
        <translation>MRZ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="680"/>
        <source>as read: %1</source>
        <translation>as read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="683"/>
        <source>%1 in the MRZ: %2</source>
        <translation>%1 in the MRZ: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="684"/>
        <source>%1 as read: %2</source>
        <translation>%1 as read: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="726"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="789"/>
        <source>Vendor&apos;s overall verdict</source>
        <translation>Vendor&apos;s overall verdict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="792"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="794"/>
        <source>Forgery check</source>
        <translation>Forgery check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="794"/>
        <source>not performed by the offline engine</source>
        <translation>not performed by the offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="802"/>
        <source>Image quality: vendor / this station</source>
        <translation>Image quality: vendor / this station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="806"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="807"/>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="823"/>
        <source>problems</source>
        <translation>problems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="827"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="846"/>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="850"/>
        <source>Second opinion (offline MRZ re-read)</source>
        <translation>Second opinion (offline MRZ re-read)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="854"/>
        <source>not needed: the offline engine read this scan</source>
        <translation>not needed: the offline engine read this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="857"/>
        <source>not available for this scan</source>
        <translation>not available for this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="865"/>
        <source>%1: vendor read “%2”, offline read “%3”</source>
        <translation>%1: vendor read “%2”, offline read “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="877"/>
        <source>Raw answer (redacted)</source>
        <translation>Raw answer (redacted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="881"/>
        <source>Show the service&apos;s raw answer</source>
        <translation>Show the service&apos;s raw answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="884"/>
        <source>Raw answer</source>
        <translation>Raw answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="888"/>
        <source>(no raw answer)</source>
        <translation>(no raw answer)</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="33"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="65"/>
        <source>The record could not be written to the CSV file; check the file and press Save again.</source>
        <translation>The record could not be written to the CSV file; check the file and press Save again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="230"/>
        <source>The file %1 could not be read; check that it exists.</source>
        <translation>The file %1 could not be read; check that it exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="246"/>
        <source>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</source>
        <translation>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="310"/>
        <source>The scan could not be read because of an internal error; retry, and report it if it happens again.</source>
        <translation>The scan could not be read because of an internal error; retry, and report it if it happens again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="317"/>
        <source>The scan failed; retry.</source>
        <translation>The scan failed; retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="325"/>
        <source>Scan %1: this document number was already scanned in this session.</source>
        <translation>Scan %1: this document number was already scanned in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="397"/>
        <source>Nothing to confirm.</source>
        <translation>Nothing to confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="39"/>
        <source>Saving to the CSV file…</source>
        <translation>Saving to the CSV file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="444"/>
        <source>Scan %1 is confirmed but not saved: %2</source>
        <translation>Scan %1 is confirmed but not saved: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="49"/>
        <source>The record could not be exported to the %1; press Save again.</source>
        <translation>The record could not be exported to the %1; press Save again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="70"/>
        <source>Scan %1 saved to the CSV file and copied to the clipboard.</source>
        <translation>Scan %1 saved to the CSV file and copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="72"/>
        <source>Scan %1 saved to the CSV file.</source>
        <translation>Scan %1 saved to the CSV file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="74"/>
        <source>Scan %1 copied to the clipboard.</source>
        <translation>Scan %1 copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="76"/>
        <source>Scan %1 confirmed (no CSV file or clipboard export is set up in Settings).</source>
        <translation>Scan %1 confirmed (no CSV file or clipboard export is set up in Settings).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="79"/>
        <source>Scan %1 exported: %2.</source>
        <translation>Scan %1 exported: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="455"/>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="445"/>
        <source>Scan %1 is still not saved: %2</source>
        <translation>Scan %1 is still not saved: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/clipboard_sink.py" line="35"/>
        <source>clipboard</source>
        <translation>clipboard</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="25"/>
        <source>Opening the image…</source>
        <translation>Opening the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="26"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="27"/>
        <source>Retrying…</source>
        <translation>Retrying…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="28"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="29"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="30"/>
        <source>Confirmed, NOT saved</source>
        <translation>Confirmed, NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="31"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="32"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="67"/>
        <source>Scans in this session</source>
        <translation>Scans in this session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="121"/>
        <source>duplicate number</source>
        <translation>duplicate number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="124"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="179"/>
        <source>This shift&apos;s scans appear here (kept in memory only).</source>
        <translation>This shift&apos;s scans appear here (kept in memory only).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="89"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="106"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="108"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="109"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>S&amp;tation</source>
        <translation>S&amp;tation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="125"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="127"/>
        <source>&amp;New profile</source>
        <translation>&amp;New profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="128"/>
        <source>Add a new profile</source>
        <translation>Add a new profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="137"/>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="139"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="157"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="145"/>
        <source>the vendor&apos;s default</source>
        <translation>the vendor&apos;s default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="146"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="158"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="148"/>
        <source>e.g. passport</source>
        <translation>e.g. passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="149"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="159"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="151"/>
        <source>TD: two letters (ES); AccuAuth: ecuador</source>
        <translation>TD: two letters (ES); AccuAuth: ecuador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="152"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="160"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="155"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="161"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="156"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="163"/>
        <source>Keys (stored only in the system keyring)</source>
        <translation>Keys (stored only in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="167"/>
        <source>Sa&amp;ve profile</source>
        <translation>Sa&amp;ve profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="170"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="172"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="173"/>
        <source>Remove the profile and its keys</source>
        <translation>Remove the profile and its keys</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="180"/>
        <source>Profile status</source>
        <translation>Profile status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="276"/>
        <source>set: type to replace</source>
        <translation>set: type to replace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="276"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="278"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="278"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="292"/>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="309"/>
        <source>The profile was saved but its keys were not: %1</source>
        <translation>The profile was saved but its keys were not: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="314"/>
        <source>Profile %1 saved.</source>
        <translation>Profile %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="331"/>
        <source>Profile %1 and its keys were removed.</source>
        <translation>Profile %1 and its keys were removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="337"/>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="352"/>
        <source>The keys are set. This vendor has no free test call; the first scan will show whether they work.</source>
        <translation>The keys are set. This vendor has no free test call; the first scan will show whether they work.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="356"/>
        <source>Connected. Credits left: %1.</source>
        <translation>Connected. Credits left: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="449"/>
        <source>No scanner</source>
        <translation>No scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="455"/>
        <source>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</source>
        <translation>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="457"/>
        <source>&amp;Find scanners</source>
        <translation>&amp;Find scanners</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="458"/>
        <source>Find the scanners connected to this computer</source>
        <translation>Find the scanners connected to this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="268"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="357"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="256"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>Storing the keys of %1 in the system keyring…</source>
        <translation>Storing the keys of %1 in the system keyring…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="321"/>
        <source>Removing %1 and its keys…</source>
        <translation>Removing %1 and its keys…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="363"/>
        <source>The test failed unexpectedly; check the base URL and the network.</source>
        <translation>The test failed unexpectedly; check the base URL and the network.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="381"/>
        <source>Append every confirmed scan to a CSV file</source>
        <translation>Append every confirmed scan to a CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="384"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="406"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="385"/>
        <source>choose a file</source>
        <translation>choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="386"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="472"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="387"/>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="391"/>
        <source>Clipboard format</source>
        <translation>Clipboard format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="392"/>
        <source>Tab-separated row (spreadsheets)</source>
        <translation>Tab-separated row (spreadsheets)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="392"/>
        <source>JSON object</source>
        <translation>JSON object</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="393"/>
        <source>Do not copy</source>
        <translation>Do not copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="398"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="408"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="407"/>
        <source>Clipboard</source>
        <translation>Clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="423"/>
        <source>CSV file for confirmed scans</source>
        <translation>CSV file for confirmed scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="424"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="435"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="478"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="436"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="437"/>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="448"/>
        <source>Scanner device</source>
        <translation>Scanner device</translation>
    </message>
    <message>
        <source>SANE device name, e.g. test:0; empty for none</source>
        <translation type="vanished">SANE device name, e.g. test:0; empty for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="463"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="464"/>
        <source> good frames</source>
        <translation> good frames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="466"/>
        <source>Auto-capture after this many good frames</source>
        <translation>Auto-capture after this many good frames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="468"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="481"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="514"/>
        <source>Hot folder</source>
        <translation>Hot folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="469"/>
        <source>empty: off</source>
        <translation>empty: off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="470"/>
        <source>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</source>
        <translation>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="473"/>
        <source>Choose the hot folder</source>
        <translation>Choose the hot folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="476"/>
        <source>Delete each file from the hot folder once it has been read</source>
        <translation>Delete each file from the hot folder once it has been read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="479"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="480"/>
        <source>Auto-capture</source>
        <translation>Auto-capture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="524"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="552"/>
        <source>Default profile</source>
        <translation>Default profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="528"/>
        <source>Default country for TD</source>
        <translation>Default country for TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="529"/>
        <source>Re-read the MRZ offline after a vendor answer</source>
        <translation>Re-read the MRZ offline after a vendor answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="531"/>
        <source>Play a sound on success and failure</source>
        <translation>Play a sound on success and failure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="536"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="537"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="539"/>
        <source>Clear the session after this many idle seconds</source>
        <translation>Clear the session after this many idle seconds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="541"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="542"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="546"/>
        <source>Start in kiosk mode (full screen, PIN to leave)</source>
        <translation>Start in kiosk mode (full screen, PIN to leave)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="550"/>
        <source>New kiosk PIN</source>
        <translation>New kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="551"/>
        <source>PIN is set: type to change</source>
        <translation>PIN is set: type to change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="551"/>
        <source>no PIN</source>
        <translation>no PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="553"/>
        <source>Default TD country</source>
        <translation>Default TD country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="556"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="557"/>
        <source>Language (after restart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="559"/>
        <source>Kiosk PIN</source>
        <translation>Kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="569"/>
        <source>Offline engine (no network)</source>
        <translation>Offline engine (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="581"/>
        <source>Set by the administrator</source>
        <translation>Set by the administrator</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/kiosk.py" line="29"/>
        <location filename="../../desktop_app/ui/kiosk.py" line="33"/>
        <source>Administrator PIN</source>
        <translation>Administrator PIN</translation>
    </message>
</context>
<context>
    <name>self._view</name>
    <message>
        <source>Live</source>
        <translation type="vanished">Live</translation>
    </message>
</context>
</TS>
