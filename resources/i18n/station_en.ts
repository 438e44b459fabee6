<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="106"/>
        <source>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</source>
        <translation>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="111"/>
        <source>%1: use M, F or X.</source>
        <translation>%1: use M, F or X.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="116"/>
        <source>%1: use the three-letter code, e.g. ESP or USA.</source>
        <translation>%1: use the three-letter code, e.g. ESP or USA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="121"/>
        <source>%1: choose one of the listed types.</source>
        <translation>%1: choose one of the listed types.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="173"/>
        <source>The station sent a request the service did not accept; report this with the request id.</source>
        <translation>The station sent a request the service did not accept; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="175"/>
        <source>The service could not read this image; retake the picture with the whole document in view.</source>
        <translation>The service could not read this image; retake the picture with the whole document in view.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="177"/>
        <source>The service rejected the key; check the profile&apos;s keys in Settings.</source>
        <translation>The service rejected the key; check the profile&apos;s keys in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="178"/>
        <source>This computer&apos;s clock is wrong; correct the date and time and try again.</source>
        <translation>This computer&apos;s clock is wrong; correct the date and time and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="180"/>
        <source>This product or country is not enabled for the account; ask the administrator.</source>
        <translation>This product or country is not enabled for the account; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="182"/>
        <source>The account has no credits or quota left; top it up or switch to another profile.</source>
        <translation>The account has no credits or quota left; top it up or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="184"/>
        <source>The service is receiving too many requests; wait a moment and retry.</source>
        <translation>The service is receiving too many requests; wait a moment and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="186"/>
        <source>The service is having trouble; try again in a minute.</source>
        <translation>The service is having trouble; try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="187"/>
        <source>The service could not be reached; check the network connection and retry.</source>
        <translation>The service could not be reached; check the network connection and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="189"/>
        <source>The service did not answer in time; retry (the call may have been billed).</source>
        <translation>The service did not answer in time; retry (the call may have been billed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="191"/>
        <source>The service sent an answer the station does not understand; report this with the request id.</source>
        <translation>The service sent an answer the station does not understand; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="193"/>
        <source>The system keyring is locked or missing; unlock it (log in again) and retry.</source>
        <translation>The system keyring is locked or missing; unlock it (log in again) and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="195"/>
        <source>The profile is not set up correctly; check it in Settings.</source>
        <translation>The profile is not set up correctly; check it in Settings.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="64"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="65"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="66"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="67"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="68"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="69"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="70"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72"/>
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73"/>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="74"/>
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="75"/>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="76"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="77"/>
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="78"/>
        <source>Place of issue</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="79"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="86"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="86"/>
        <source>National ID card</source>
        <translation>National ID card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="87"/>
        <source>Driver&apos;s license</source>
        <translation>Driver&apos;s license</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="88"/>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="89"/>
        <source>Voter ID</source>
        <translation>Voter ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="89"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="91"/>
        <source>Unknown document</source>
        <translation>Unknown document</translation>
    </message>
</context>
<context>
    <name>GuestBook</name>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="53"/>
        <source>%1: missing %2</source>
        <translation>%1: missing %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="76"/>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="77"/>
        <source>Scan %1 · %2</source>
        <translation>Scan %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="266"/>
        <source>SES.Hospedajes needs the establishment code: set it in Settings, Registration.</source>
        <translation>SES.Hospedajes needs the establishment code: set it in Settings, Registration.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="269"/>
        <source>SIBA needs the establishment&apos;s details: name a presets file with a &apos;siba&apos; object in Settings, Registration.</source>
        <translation>SIBA needs the establishment&apos;s details: name a presets file with a &apos;siba&apos; object in Settings, Registration.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="286"/>
        <source>The registration presets file cannot be read; check it in Settings, Registration.</source>
        <translation>The registration presets file cannot be read; check it in Settings, Registration.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="301"/>
        <source>The &apos;siba&apos; object of the registration presets file does not describe a hotel unit.</source>
        <translation>The &apos;siba&apos; object of the registration presets file does not describe a hotel unit.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="325"/>
        <source>The police file is being written; wait a moment.</source>
        <translation>The police file is being written; wait a moment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="327"/>
        <source>No confirmed guest waits for a police file.</source>
        <translation>No confirmed guest waits for a police file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="333"/>
        <source>Nothing was written: %1 guest(s) lack what the file needs.</source>
        <translation>Nothing was written: %1 guest(s) lack what the file needs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="379"/>
        <source>The police file could not be built: %1</source>
        <translation>The police file could not be built: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="382"/>
        <source>No guest here needs this police file; nothing was written.</source>
        <translation>No guest here needs this police file; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="395"/>
        <source>The police file could not be written; check the folder and export again.</source>
        <translation>The police file could not be written; check the folder and export again.</translation>
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
        <location filename="../../desktop_app/station/quality_texts.py" line="34"/>
        <source>Too dark: add light</source>
        <translation>Too dark: add light</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="35"/>
        <source>Too bright: dim the light or move away from the lamp</source>
        <translation>Too bright: dim the light or move away from the lamp</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="36"/>
        <source>Whole document must be in view</source>
        <translation>Whole document must be in view</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="37"/>
        <source>Move closer</source>
        <translation>Move closer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="38"/>
        <source>Hold the document flat</source>
        <translation>Hold the document flat</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="39"/>
        <source>Blurry: hold still and let the camera focus</source>
        <translation>Blurry: hold still and let the camera focus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="40"/>
        <source>This looks like a photocopy</source>
        <translation>This looks like a photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="41"/>
        <source>This looks like a photo of a screen</source>
        <translation>This looks like a photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="42"/>
        <source>Face photo not visible</source>
        <translation>Face photo not visible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="43"/>
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
        <location filename="../../desktop_app/ui/main_window.py" line="116"/>
        <source>ID Scan Station</source>
        <translation>ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <source>Engine profile</source>
        <translation>Engine profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>Capture  (Space)</source>
        <translation>Capture  (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>Capture the document</source>
        <translation>Capture the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>&amp;Open files…</source>
        <translation>&amp;Open files…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>Open document image files</source>
        <translation>Open document image files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Scan  (F5)</source>
        <translation>Scan  (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Scan a page with the scanner</source>
        <translation>Scan a page with the scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>Paste an image from the clipboard</source>
        <translation>Paste an image from the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>C&amp;lear session</source>
        <translation>C&amp;lear session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>Forget every scan in this session</source>
        <translation>Forget every scan in this session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="153"/>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="188"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254"/>
        <location filename="../../desktop_app/ui/main_window.py" line="286"/>
        <source>Offline engine (no network)</source>
        <translation>Offline engine (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="309"/>
        <source>Open document images</source>
        <translation>Open document images</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="310"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="326"/>
        <source>The clipboard holds no image; copy a picture or an image file first.</source>
        <translation>The clipboard holds no image; copy a picture or an image file first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="346"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="360"/>
        <source>No scanner is set up; choose one in Settings, Capture.</source>
        <translation>No scanner is set up; choose one in Settings, Capture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="363"/>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>%1 page(s) scanned.</source>
        <translation>%1 page(s) scanned.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="428"/>
        <source>The record was copied to the clipboard.</source>
        <translation>The record was copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="432"/>
        <source>Clear session</source>
        <translation>Clear session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="433"/>
        <source>Forget every scan in this session? Records that are confirmed but not saved are kept.</source>
        <translation>Forget every scan in this session? Records that are confirmed but not saved are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="440"/>
        <source>Session cleared; %1 unsaved record(s) kept.</source>
        <translation>Session cleared; %1 unsaved record(s) kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="443"/>
        <source>Session cleared.</source>
        <translation>Session cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="448"/>
        <source>The session was cleared after a period of inactivity.</source>
        <translation>The session was cleared after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="459"/>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="490"/>
        <source>%1 reading</source>
        <translation>%1 reading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="492"/>
        <source>%1 to review</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="494"/>
        <source>%1 NOT saved</source>
        <translation>%1 NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="505"/>
        <source>About ID Scan Station</source>
        <translation>About ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="506"/>
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
        <location filename="../../desktop_app/ui/main_window.py" line="517"/>
        <source>Enter the PIN to open Settings.</source>
        <translation>Enter the PIN to open Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="518"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="550"/>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Enter the PIN to leave kiosk mode.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="556"/>
        <source>Records not saved</source>
        <translation>Records not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="557"/>
        <source>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</source>
        <translation>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</translation>
    </message>
</context>
<context>
    <name>PoliceExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="47"/>
        <location filename="../../desktop_app/ui/police_export.py" line="58"/>
        <location filename="../../desktop_app/ui/police_export.py" line="182"/>
        <source>Police file</source>
        <translation>Police file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="63"/>
        <source>File to write</source>
        <translation>File to write</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="65"/>
        <source>Choose the file to write</source>
        <translation>Choose the file to write</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="70"/>
        <source>File for</source>
        <translation>File for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="71"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="77"/>
        <source>Confirmed guests waiting for the police file</source>
        <translation>Confirmed guests waiting for the police file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="81"/>
        <source>Pick a guest to see and fill in the stay details.</source>
        <translation>Pick a guest to see and fill in the stay details.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="98"/>
        <source>&amp;Export the police file</source>
        <translation>&amp;Export the police file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="100"/>
        <source>Write the police file of these guests</source>
        <translation>Write the police file of these guests</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="102"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="135"/>
        <source>single guest</source>
        <translation>single guest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="135"/>
        <source>head of family</source>
        <translation>head of family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="136"/>
        <source>head of group</source>
        <translation>head of group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="136"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="138"/>
        <source>%1 — %2, %3 night(s) from %4</source>
        <translation>%1 — %2, %3 night(s) from %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="156"/>
        <source>No confirmed guest waits for a police file.</source>
        <translation>No confirmed guest waits for a police file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="195"/>
        <source>Nothing was written: the station&apos;s presets lack what this file needs.</source>
        <translation>Nothing was written: the station&apos;s presets lack what this file needs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="198"/>
        <source>Nothing was written: fill in what is missing for the guests marked ⚠.</source>
        <translation>Nothing was written: fill in what is missing for the guests marked ⚠.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="202"/>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="206"/>
        <source>Writing the police file…</source>
        <translation>Writing the police file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="214"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="217"/>
        <source>Police file written: %1 (%2 guest(s)); the station keeps nothing of them.</source>
        <translation>Police file written: %1 (%2 guest(s)); the station keeps nothing of them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="222"/>
        <source>The police file was not written: %1 Every guest is kept; press Export again.</source>
        <translation>The police file was not written: %1 Every guest is kept; press Export again.</translation>
    </message>
</context>
<context>
    <name>PoliceFileButton</name>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="233"/>
        <source>Write the police file of the confirmed guests</source>
        <translation>Write the police file of the confirmed guests</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="246"/>
        <source>Police &amp;file (%1)…</source>
        <translation>Police &amp;file (%1)…</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="33"/>
        <location filename="../../desktop_app/ui/registration_settings.py" line="57"/>
        <source>Police file</source>
        <translation>Police file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="35"/>
        <source>None (no stay details)</source>
        <translation>None (no stay details)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="40"/>
        <location filename="../../desktop_app/ui/registration_settings.py" line="58"/>
        <source>Default nights</source>
        <translation>Default nights</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="42"/>
        <source>Folder for police files</source>
        <translation>Folder for police files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="43"/>
        <source>the home folder</source>
        <translation>the home folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="45"/>
        <source>SES.Hospedajes establishment code</source>
        <translation>SES.Hospedajes establishment code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="47"/>
        <source>Alloggiati Web apartment id</source>
        <translation>Alloggiati Web apartment id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="48"/>
        <source>short lets only</source>
        <translation>short lets only</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="51"/>
        <source>Registration presets file</source>
        <translation>Registration presets file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="52"/>
        <source>JSON, as scanstation register --property</source>
        <translation>JSON, as scanstation register --property</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="53"/>
        <source>Stay details stay in memory with the session&apos;s records until the police file is exported; the station keeps nothing afterwards.</source>
        <translation>Stay details stay in memory with the session&apos;s records until the police file is exported; the station keeps nothing afterwards.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="59"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="60"/>
        <source>SES establishment code</source>
        <translation>SES establishment code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="61"/>
        <source>Alloggiati apartment id</source>
        <translation>Alloggiati apartment id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="62"/>
        <source>Presets file</source>
        <translation>Presets file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="73"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="81"/>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="99"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="101"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="102"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="770"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="784"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="792"/>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="107"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="768"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="787"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="109"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="789"/>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="111"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="125"/>
        <source>not performed</source>
        <translation>not performed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="113"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="126"/>
        <source>not provided by vendor</source>
        <translation>not provided by vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="114"/>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="119"/>
        <source>no sign of forgery</source>
        <translation>no sign of forgery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="121"/>
        <source>forgery detected</source>
        <translation>forgery detected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="123"/>
        <source>forgery suspected</source>
        <translation>forgery suspected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="148"/>
        <source>black-and-white photocopy</source>
        <translation>black-and-white photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="149"/>
        <source>photocopy</source>
        <translation>photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="150"/>
        <source>photo of a screen</source>
        <translation>photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151"/>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="152"/>
        <source>other reason</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="159"/>
        <source>no expiry date read</source>
        <translation>no expiry date read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="162"/>
        <source>EXPIRED on %1</source>
        <translation>EXPIRED on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="164"/>
        <source>expires soon: %1 (within 6 months)</source>
        <translation>expires soon: %1 (within 6 months)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="165"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="241"/>
        <source>not provided</source>
        <translation>not provided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="258"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="278"/>
        <source>No scan selected.
Scan a document, or pick one from the list.</source>
        <translation>No scan selected.
Scan a document, or pick one from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="289"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="428"/>
        <source>Reading the document…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="294"/>
        <source>Reading in progress</source>
        <translation>Reading in progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="319"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="319"/>
        <source>Retry this scan</source>
        <translation>Retry this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="384"/>
        <source>Send to…</source>
        <translation>Send to…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="386"/>
        <source>Read with another profile</source>
        <translation>Read with another profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="322"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="132"/>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="133"/>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="134"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="135"/>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="136"/>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="137"/>
        <source>Glare</source>
        <translation>Glare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="138"/>
        <source>Colour (not a photocopy)</source>
        <translation>Colour (not a photocopy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="139"/>
        <source>Not a photo of a screen</source>
        <translation>Not a photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="140"/>
        <source>Face photo</source>
        <translation>Face photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="141"/>
        <source>Steadiness</source>
        <translation>Steadiness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="322"/>
        <source>Discard this scan</source>
        <translation>Discard this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="323"/>
        <source>&amp;Save again</source>
        <translation>&amp;Save again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="323"/>
        <source>Try saving the record to the CSV file again</source>
        <translation>Try saving the record to the CSV file again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="325"/>
        <source>&amp;Copy record</source>
        <translation>&amp;Copy record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="325"/>
        <source>Copy the record to the clipboard</source>
        <translation>Copy the record to the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="350"/>
        <source>Confirm  (Enter)</source>
        <translation>Confirm  (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="350"/>
        <source>Confirm and export this scan</source>
        <translation>Confirm and export this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="353"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="353"/>
        <source>Reject this scan and forget it</source>
        <translation>Reject this scan and forget it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="355"/>
        <source>Re-read</source>
        <translation>Re-read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="355"/>
        <source>Read the same picture again</source>
        <translation>Read the same picture again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="396"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="751"/>
        <source>Offline engine</source>
        <translation>Offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="426"/>
        <source>Opening the image…</source>
        <translation>Opening the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="427"/>
        <source>Reading the document again…</source>
        <translation>Reading the document again…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="451"/>
        <source>The scan failed</source>
        <translation>The scan failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="459"/>
        <source>Confirmed, but NOT saved</source>
        <translation>Confirmed, but NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="461"/>
        <source>The record is kept in memory until it is saved; do not close the station.</source>
        <translation>The record is kept in memory until it is saved; do not close the station.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="466"/>
        <source>Confirmed and exported</source>
        <translation>Confirmed and exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="467"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="470"/>
        <source>The picture and the fields were removed from this computer&apos;s memory.</source>
        <translation>The picture and the fields were removed from this computer&apos;s memory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="469"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="548"/>
        <source>offline engine</source>
        <translation>offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="549"/>
        <source>Read by %1</source>
        <translation>Read by %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="551"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="553"/>
        <source>request id %1</source>
        <translation>request id %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="560"/>
        <source>This document number was already scanned in this session.</source>
        <translation>This document number was already scanned in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="562"/>
        <source>Some key fields are missing; check them against the document.</source>
        <translation>Some key fields are missing; check them against the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="579"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="579"/>
        <source>check digits correct</source>
        <translation>check digits correct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="580"/>
        <source>check digit wrong</source>
        <translation>check digit wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="581"/>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="585"/>
        <source>Forgery</source>
        <translation>Forgery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="590"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="605"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="605"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="606"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="623"/>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="649"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="672"/>
        <source>printed: %1</source>
        <translation>printed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="686"/>
        <source>Other fields (read only)</source>
        <translation>Other fields (read only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="699"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="716"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="724"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="726"/>
        <source>MRZ check digits</source>
        <translation>MRZ check digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="716"/>
        <source>all correct</source>
        <translation>all correct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="723"/>
        <source>composite</source>
        <translation>composite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="724"/>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="726"/>
        <source>no MRZ read</source>
        <translation>no MRZ read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="729"/>
        <source>Vendor&apos;s MRZ check</source>
        <translation>Vendor&apos;s MRZ check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="746"/>
        <source>Image quality: offline engine / this station</source>
        <translation>Image quality: offline engine / this station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="771"/>
        <source>only for camera pictures</source>
        <translation>only for camera pictures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="804"/>
        <source>no difference found by the offline re-read</source>
        <translation>no difference found by the offline re-read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="582"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="731"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="734"/>
        <source>Vendor&apos;s overall verdict</source>
        <translation>Vendor&apos;s overall verdict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="737"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="739"/>
        <source>Forgery check</source>
        <translation>Forgery check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="739"/>
        <source>not performed by the offline engine</source>
        <translation>not performed by the offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="747"/>
        <source>Image quality: vendor / this station</source>
        <translation>Image quality: vendor / this station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="751"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="752"/>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="768"/>
        <source>problems</source>
        <translation>problems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="772"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="791"/>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="795"/>
        <source>Second opinion (offline MRZ re-read)</source>
        <translation>Second opinion (offline MRZ re-read)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="799"/>
        <source>not needed: the offline engine read this scan</source>
        <translation>not needed: the offline engine read this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="802"/>
        <source>not available for this scan</source>
        <translation>not available for this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="810"/>
        <source>%1: vendor read “%2”, offline read “%3”</source>
        <translation>%1: vendor read “%2”, offline read “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="822"/>
        <source>Raw answer (redacted)</source>
        <translation>Raw answer (redacted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="826"/>
        <source>Show the service&apos;s raw answer</source>
        <translation>Show the service&apos;s raw answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="829"/>
        <source>Raw answer</source>
        <translation>Raw answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="833"/>
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
        <location filename="../../desktop_app/station/session.py" line="233"/>
        <source>The file %1 could not be read; check that it exists.</source>
        <translation>The file %1 could not be read; check that it exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="249"/>
        <source>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</source>
        <translation>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="313"/>
        <source>The scan could not be read because of an internal error; retry, and report it if it happens again.</source>
        <translation>The scan could not be read because of an internal error; retry, and report it if it happens again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="320"/>
        <source>The scan failed; retry.</source>
        <translation>The scan failed; retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="328"/>
        <source>Scan %1: this document number was already scanned in this session.</source>
        <translation>Scan %1: this document number was already scanned in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="400"/>
        <source>Nothing to confirm.</source>
        <translation>Nothing to confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="39"/>
        <source>Saving to the CSV file…</source>
        <translation>Saving to the CSV file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="448"/>
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
        <source>Scan %1 confirmed; the guest waits for the police file.</source>
        <translation>Scan %1 confirmed; the guest waits for the police file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="78"/>
        <source>Scan %1 confirmed (no CSV file or clipboard export is set up in Settings).</source>
        <translation>Scan %1 confirmed (no CSV file or clipboard export is set up in Settings).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="81"/>
        <source>Scan %1 exported: %2.</source>
        <translation>Scan %1 exported: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="459"/>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="449"/>
        <source>Scan %1 is still not saved: %2</source>
        <translation>Scan %1 is still not saved: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/clipboard_sink.py" line="35"/>
        <source>clipboard</source>
        <translation>clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="28"/>
        <source>PMS hand-off file</source>
        <translation>PMS hand-off file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="34"/>
        <source>Writing the PMS hand-off file…</source>
        <translation>Writing the PMS hand-off file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="71"/>
        <source>The PMS file was not written: a country code of this record is unknown.</source>
        <translation>The PMS file was not written: a country code of this record is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="74"/>
        <source>The PMS file was not written: the record lacks %1.</source>
        <translation>The PMS file was not written: the record lacks %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="151"/>
        <source>guest list for the police file</source>
        <translation>guest list for the police file</translation>
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
        <location filename="../../desktop_app/ui/settings_dialog.py" line="90"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="91"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="107"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="109"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="112"/>
        <source>S&amp;tation</source>
        <translation>S&amp;tation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="115"/>
        <source>&amp;Registration</source>
        <translation>&amp;Registration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="129"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="131"/>
        <source>&amp;New profile</source>
        <translation>&amp;New profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="132"/>
        <source>Add a new profile</source>
        <translation>Add a new profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="141"/>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="143"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="161"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="149"/>
        <source>the vendor&apos;s default</source>
        <translation>the vendor&apos;s default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="150"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="162"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="152"/>
        <source>e.g. passport</source>
        <translation>e.g. passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="153"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="163"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="155"/>
        <source>TD: two letters (ES); AccuAuth: ecuador</source>
        <translation>TD: two letters (ES); AccuAuth: ecuador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="156"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="164"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="159"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="165"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="167"/>
        <source>Keys (stored only in the system keyring)</source>
        <translation>Keys (stored only in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="171"/>
        <source>Sa&amp;ve profile</source>
        <translation>Sa&amp;ve profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="174"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="176"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="177"/>
        <source>Remove the profile and its keys</source>
        <translation>Remove the profile and its keys</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="184"/>
        <source>Profile status</source>
        <translation>Profile status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="280"/>
        <source>set: type to replace</source>
        <translation>set: type to replace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="280"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="282"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="282"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="313"/>
        <source>The profile was saved but its keys were not: %1</source>
        <translation>The profile was saved but its keys were not: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="318"/>
        <source>Profile %1 saved.</source>
        <translation>Profile %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="335"/>
        <source>Profile %1 and its keys were removed.</source>
        <translation>Profile %1 and its keys were removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="341"/>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="356"/>
        <source>The keys are set. This vendor has no free test call; the first scan will show whether they work.</source>
        <translation>The keys are set. This vendor has no free test call; the first scan will show whether they work.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="360"/>
        <source>Connected. Credits left: %1.</source>
        <translation>Connected. Credits left: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="453"/>
        <source>No scanner</source>
        <translation>No scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="459"/>
        <source>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</source>
        <translation>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="461"/>
        <source>&amp;Find scanners</source>
        <translation>&amp;Find scanners</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="462"/>
        <source>Find the scanners connected to this computer</source>
        <translation>Find the scanners connected to this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="272"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="361"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="260"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Storing the keys of %1 in the system keyring…</source>
        <translation>Storing the keys of %1 in the system keyring…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="325"/>
        <source>Removing %1 and its keys…</source>
        <translation>Removing %1 and its keys…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="367"/>
        <source>The test failed unexpectedly; check the base URL and the network.</source>
        <translation>The test failed unexpectedly; check the base URL and the network.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="385"/>
        <source>Append every confirmed scan to a CSV file</source>
        <translation>Append every confirmed scan to a CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="388"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="410"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="389"/>
        <source>choose a file</source>
        <translation>choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="390"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="476"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="391"/>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="395"/>
        <source>Clipboard format</source>
        <translation>Clipboard format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="396"/>
        <source>Tab-separated row (spreadsheets)</source>
        <translation>Tab-separated row (spreadsheets)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="396"/>
        <source>JSON object</source>
        <translation>JSON object</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="397"/>
        <source>Do not copy</source>
        <translation>Do not copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="402"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="412"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="411"/>
        <source>Clipboard</source>
        <translation>Clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="427"/>
        <source>CSV file for confirmed scans</source>
        <translation>CSV file for confirmed scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="428"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="439"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="482"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="440"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="441"/>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="452"/>
        <source>Scanner device</source>
        <translation>Scanner device</translation>
    </message>
    <message>
        <source>SANE device name, e.g. test:0; empty for none</source>
        <translation type="vanished">SANE device name, e.g. test:0; empty for none</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="467"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="468"/>
        <source> good frames</source>
        <translation> good frames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="470"/>
        <source>Auto-capture after this many good frames</source>
        <translation>Auto-capture after this many good frames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="472"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="485"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="518"/>
        <source>Hot folder</source>
        <translation>Hot folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="473"/>
        <source>empty: off</source>
        <translation>empty: off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="474"/>
        <source>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</source>
        <translation>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="477"/>
        <source>Choose the hot folder</source>
        <translation>Choose the hot folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="480"/>
        <source>Delete each file from the hot folder once it has been read</source>
        <translation>Delete each file from the hot folder once it has been read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="483"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="484"/>
        <source>Auto-capture</source>
        <translation>Auto-capture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="528"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="556"/>
        <source>Default profile</source>
        <translation>Default profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="532"/>
        <source>Default country for TD</source>
        <translation>Default country for TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="533"/>
        <source>Re-read the MRZ offline after a vendor answer</source>
        <translation>Re-read the MRZ offline after a vendor answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="535"/>
        <source>Play a sound on success and failure</source>
        <translation>Play a sound on success and failure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="540"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="541"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="543"/>
        <source>Clear the session after this many idle seconds</source>
        <translation>Clear the session after this many idle seconds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="545"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="546"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="550"/>
        <source>Start in kiosk mode (full screen, PIN to leave)</source>
        <translation>Start in kiosk mode (full screen, PIN to leave)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="554"/>
        <source>New kiosk PIN</source>
        <translation>New kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="555"/>
        <source>PIN is set: type to change</source>
        <translation>PIN is set: type to change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="555"/>
        <source>no PIN</source>
        <translation>no PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="557"/>
        <source>Default TD country</source>
        <translation>Default TD country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="560"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="561"/>
        <source>Language (after restart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="563"/>
        <source>Kiosk PIN</source>
        <translation>Kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="573"/>
        <source>Offline engine (no network)</source>
        <translation>Offline engine (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="585"/>
        <source>Set by the administrator</source>
        <translation>Set by the administrator</translation>
    </message>
</context>
<context>
    <name>StayFields</name>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="16"/>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="17"/>
        <source>given names</source>
        <translation>given names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="18"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="19"/>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="20"/>
        <source>nationality</source>
        <translation>nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="21"/>
        <source>document type</source>
        <translation>document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="22"/>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="23"/>
        <source>issuing country</source>
        <translation>issuing country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="24"/>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="25"/>
        <source>head of family or group</source>
        <translation>head of family or group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="26"/>
        <source>nights</source>
        <translation>nights</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="27"/>
        <source>place of birth</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="28"/>
        <source>country of birth</source>
        <translation>country of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="29"/>
        <source>province of birth</source>
        <translation>province of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="30"/>
        <source>place of issue</source>
        <translation>place of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="31"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="32"/>
        <source>city</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="33"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="34"/>
        <source>country of residence</source>
        <translation>country of residence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="35"/>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="36"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="37"/>
        <source>second surname</source>
        <translation>second surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="38"/>
        <source>municipality code</source>
        <translation>municipality code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="39"/>
        <source>document support number</source>
        <translation>document support number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="40"/>
        <source>kinship</source>
        <translation>kinship</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="41"/>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="42"/>
        <source>members of the family or group</source>
        <translation>members of the family or group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="49"/>
        <source>M or F</source>
        <translation>M or F</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="50"/>
        <source>no Alloggiati state code</source>
        <translation>no Alloggiati state code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="51"/>
        <source>no Alloggiati code</source>
        <translation>no Alloggiati code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="52"/>
        <source>9-digit comune code</source>
        <translation>9-digit comune code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="53"/>
        <source>identity card, passport or driving licence</source>
        <translation>identity card, passport or driving licence</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="55"/>
        <source>identity card, passport or residence permit</source>
        <translation>identity card, passport or residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="57"/>
        <source>SES code, for a minor</source>
        <translation>SES code, for a minor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="58"/>
        <source>INE, 5 digits</source>
        <translation>INE, 5 digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="59"/>
        <source>confirm the head&apos;s scan first</source>
        <translation>confirm the head&apos;s scan first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="60"/>
        <source>not a head of family or group</source>
        <translation>not a head of family or group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="61"/>
        <source>Alloggiati: 1 to 30</source>
        <translation>Alloggiati: 1 to 30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="62"/>
        <source>unknown country</source>
        <translation>unknown country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="63"/>
        <source>still in review: confirm them first</source>
        <translation>still in review: confirm them first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="64"/>
        <source>unreadable country code</source>
        <translation>unreadable country code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="79"/>
        <source>phone or e-mail</source>
        <translation>phone or e-mail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="86"/>
        <source>[from the document]</source>
        <translation>[from the document]</translation>
    </message>
</context>
<context>
    <name>StayPanel</name>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="37"/>
        <source>Alloggiati Web (Italy)</source>
        <translation>Alloggiati Web (Italy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="38"/>
        <source>SES.Hospedajes (Spain)</source>
        <translation>SES.Hospedajes (Spain)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="39"/>
        <source>SIBA (Portugal)</source>
        <translation>SIBA (Portugal)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="40"/>
        <source>Meldeschein (Germany)</source>
        <translation>Meldeschein (Germany)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="59"/>
        <source>Stay</source>
        <translation>Stay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="61"/>
        <source>Stay details</source>
        <translation>Stay details</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="72"/>
        <source>Arrival date</source>
        <translation>Arrival date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="75"/>
        <location filename="../../desktop_app/ui/stay_panel.py" line="93"/>
        <source>Nights</source>
        <translation>Nights</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="79"/>
        <source>Departure date</source>
        <translation>Departure date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="81"/>
        <source>Role in the party</source>
        <translation>Role in the party</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="82"/>
        <source>Single guest</source>
        <translation>Single guest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="82"/>
        <source>Head of family</source>
        <translation>Head of family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="83"/>
        <source>Head of group</source>
        <translation>Head of group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="84"/>
        <source>Member of a family or group</source>
        <translation>Member of a family or group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="87"/>
        <source>Head of the family or group</source>
        <translation>Head of the family or group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="90"/>
        <source>A member&apos;s dates are the head&apos;s.</source>
        <translation>A member&apos;s dates are the head&apos;s.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="92"/>
        <source>Arrival</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="94"/>
        <source>Departure</source>
        <translation>Departure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="96"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="97"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="119"/>
        <source>alpha-3, e.g. ITA</source>
        <translation>alpha-3, e.g. ITA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="120"/>
        <source>alpha-3, e.g. ESP</source>
        <translation>alpha-3, e.g. ESP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="121"/>
        <source>Italy: 9-digit comune code; else the town</source>
        <translation>Italy: 9-digit comune code; else the town</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="122"/>
        <source>two letters, e.g. RM</source>
        <translation>two letters, e.g. RM</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="123"/>
        <source>9-digit comune code (Italian documents)</source>
        <translation>9-digit comune code (Italian documents)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="124"/>
        <source>INE code, 5 digits (addresses in Spain)</source>
        <translation>INE code, 5 digits (addresses in Spain)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="125"/>
        <source>SES code for a minor, e.g. HJ</source>
        <translation>SES code for a minor, e.g. HJ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="126"/>
        <source>support number of a DNI or NIE</source>
        <translation>support number of a DNI or NIE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="164"/>
        <source>(choose the head)</source>
        <translation>(choose the head)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/kiosk.py" line="27"/>
        <location filename="../../desktop_app/ui/kiosk.py" line="31"/>
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
