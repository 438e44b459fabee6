<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CreditsLabel</name>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="64"/>
        <source>Vendor credits</source>
        <translation>Vendor credits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="69"/>
        <source>%1: credits unknown</source>
        <translation>%1: credits unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="73"/>
        <source>%1: only %2 credits left</source>
        <translation>%1: only %2 credits left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="75"/>
        <source>Top up the account, or switch to another profile.</source>
        <translation>Top up the account, or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="78"/>
        <source>%1: %2 credits</source>
        <translation>%1: %2 credits</translation>
    </message>
</context>
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
        <location filename="../../desktop_app/ui/review_panel.py" line="183"/>
        <source>The station sent a request the service did not accept; report this with the request id.</source>
        <translation>The station sent a request the service did not accept; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="185"/>
        <source>The service could not read this image; retake the picture with the whole document in view.</source>
        <translation>The service could not read this image; retake the picture with the whole document in view.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="187"/>
        <source>The service rejected the key; check the profile&apos;s keys in Settings.</source>
        <translation>The service rejected the key; check the profile&apos;s keys in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="188"/>
        <source>This computer&apos;s clock is wrong; correct the date and time and try again.</source>
        <translation>This computer&apos;s clock is wrong; correct the date and time and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="190"/>
        <source>This product or country is not enabled for the account; ask the administrator.</source>
        <translation>This product or country is not enabled for the account; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="192"/>
        <source>The account has no credits or quota left; top it up or switch to another profile.</source>
        <translation>The account has no credits or quota left; top it up or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="194"/>
        <source>The service is receiving too many requests; wait a moment and retry.</source>
        <translation>The service is receiving too many requests; wait a moment and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="196"/>
        <source>The service is having trouble; try again in a minute.</source>
        <translation>The service is having trouble; try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="197"/>
        <source>The service could not be reached; check the network connection and retry.</source>
        <translation>The service could not be reached; check the network connection and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="199"/>
        <source>The service did not answer in time; retry (the call may have been billed).</source>
        <translation>The service did not answer in time; retry (the call may have been billed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="201"/>
        <source>The service sent an answer the station does not understand; report this with the request id.</source>
        <translation>The service sent an answer the station does not understand; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="203"/>
        <source>The system keyring is locked or missing; unlock it (log in again) and retry.</source>
        <translation>The system keyring is locked or missing; unlock it (log in again) and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="205"/>
        <source>The profile is not set up correctly; check it in Settings.</source>
        <translation>The profile is not set up correctly; check it in Settings.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="28"/>
        <source>Where confirmed scans are saved</source>
        <translation>Where confirmed scans are saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="30"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="31"/>
        <source>Choose the CSV file for confirmed scans</source>
        <translation>Choose the CSV file for confirmed scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="40"/>
        <source>Saving to: %1</source>
        <translation>Saving to: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="44"/>
        <source>No CSV file: confirmed scans are only copied to the clipboard</source>
        <translation>No CSV file: confirmed scans are only copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="50"/>
        <source>CSV file for confirmed scans</source>
        <translation>CSV file for confirmed scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="52"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="63"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="64"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="65"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="66"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="67"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="68"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="69"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="70"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71"/>
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72"/>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73"/>
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="74"/>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="75"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="76"/>
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="77"/>
        <source>Place of issue</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="78"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="85"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="85"/>
        <source>National ID card</source>
        <translation>National ID card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="86"/>
        <source>Driver&apos;s license</source>
        <translation>Driver&apos;s license</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="87"/>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="88"/>
        <source>Voter ID</source>
        <translation>Voter ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="88"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="89"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Unknown document</source>
        <translation>Unknown document</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../../desktop_app/station/failover.py" line="52"/>
        <source>no machine-readable zone (MRZ) found on the passport</source>
        <translation>no machine-readable zone (MRZ) found on the passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/failover.py" line="55"/>
        <source>the page is blank: there is nothing to read</source>
        <translation>the page is blank: there is nothing to read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/failover.py" line="59"/>
        <source>The picture was not sent to %1 (no credit spent): %2. Retake it, or send it anyway.</source>
        <translation>The picture was not sent to %1 (no credit spent): %2. Retake it, or send it anyway.</translation>
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
        <location filename="../../desktop_app/ui/main_window.py" line="185"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="261"/>
        <location filename="../../desktop_app/ui/main_window.py" line="293"/>
        <source>Offline engine (no network)</source>
        <translation>Offline engine (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="318"/>
        <source>Open document images</source>
        <translation>Open document images</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="319"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="335"/>
        <source>The clipboard holds no image; copy a picture or an image file first.</source>
        <translation>The clipboard holds no image; copy a picture or an image file first.</translation>
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
        <location filename="../../desktop_app/ui/main_window.py" line="206"/>
        <source>%1 page(s) scanned.</source>
        <translation>%1 page(s) scanned.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="437"/>
        <source>The record was copied to the clipboard.</source>
        <translation>The record was copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="441"/>
        <source>Clear session</source>
        <translation>Clear session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="442"/>
        <source>Forget every scan in this session? Records that are confirmed but not saved are kept.</source>
        <translation>Forget every scan in this session? Records that are confirmed but not saved are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="449"/>
        <source>Session cleared; %1 unsaved record(s) kept.</source>
        <translation>Session cleared; %1 unsaved record(s) kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="452"/>
        <source>Session cleared.</source>
        <translation>Session cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="457"/>
        <source>The session was cleared after a period of inactivity.</source>
        <translation>The session was cleared after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="468"/>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="499"/>
        <source>%1 reading</source>
        <translation>%1 reading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="501"/>
        <source>%1 to review</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="503"/>
        <source>%1 NOT saved</source>
        <translation>%1 NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="514"/>
        <source>About ID Scan Station</source>
        <translation>About ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="515"/>
        <source>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and AccuAuth vendors.&lt;/p&gt;&lt;p&gt;Images and personal data stay in memory; keys stay in the system keyring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space: capture&lt;br&gt;Enter: confirm&lt;br&gt;Ctrl+O: open files&lt;br&gt;Ctrl+V: paste an image&lt;br&gt;Ctrl+R: retry&lt;br&gt;Delete (in the list): remove a scan&lt;br&gt;Ctrl+,: settings&lt;br&gt;Ctrl+Shift+Delete: clear session&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and AccuAuth vendors.&lt;/p&gt;&lt;p&gt;Images and personal data stay in memory; keys stay in the system keyring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space: capture&lt;br&gt;Enter: confirm&lt;br&gt;Ctrl+O: open files&lt;br&gt;Ctrl+V: paste an image&lt;br&gt;Ctrl+R: retry&lt;br&gt;Delete (in the list): remove a scan&lt;br&gt;Ctrl+,: settings&lt;br&gt;Ctrl+Shift+Delete: clear session&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="526"/>
        <source>Enter the PIN to open Settings.</source>
        <translation>Enter the PIN to open Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="527"/>
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
        <location filename="../../desktop_app/ui/review_panel.py" line="98"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="100"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="101"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="792"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="806"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="814"/>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="106"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="790"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="809"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="108"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="811"/>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="110"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="124"/>
        <source>not performed</source>
        <translation>not performed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="112"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="125"/>
        <source>not provided by vendor</source>
        <translation>not provided by vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="113"/>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="118"/>
        <source>no sign of forgery</source>
        <translation>no sign of forgery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="120"/>
        <source>forgery detected</source>
        <translation>forgery detected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="122"/>
        <source>forgery suspected</source>
        <translation>forgery suspected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="147"/>
        <source>black-and-white photocopy</source>
        <translation>black-and-white photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="148"/>
        <source>photocopy</source>
        <translation>photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="149"/>
        <source>photo of a screen</source>
        <translation>photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="150"/>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151"/>
        <source>other reason</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="158"/>
        <source>no expiry date read</source>
        <translation>no expiry date read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="161"/>
        <source>EXPIRED on %1</source>
        <translation>EXPIRED on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="163"/>
        <source>expires soon: %1 (within 6 months)</source>
        <translation>expires soon: %1 (within 6 months)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="164"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="251"/>
        <source>not provided</source>
        <translation>not provided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="269"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="288"/>
        <source>No scan selected.
Scan a document, or pick one from the list.</source>
        <translation>No scan selected.
Scan a document, or pick one from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="299"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="440"/>
        <source>Reading the document…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="304"/>
        <source>Reading in progress</source>
        <translation>Reading in progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="329"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="329"/>
        <source>Retry this scan</source>
        <translation>Retry this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="396"/>
        <source>Send to…</source>
        <translation>Send to…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="398"/>
        <source>Read with another profile</source>
        <translation>Read with another profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="334"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="131"/>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="132"/>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="133"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="134"/>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="135"/>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="136"/>
        <source>Glare</source>
        <translation>Glare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="137"/>
        <source>Colour (not a photocopy)</source>
        <translation>Colour (not a photocopy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="138"/>
        <source>Not a photo of a screen</source>
        <translation>Not a photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="139"/>
        <source>Face photo</source>
        <translation>Face photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="140"/>
        <source>Steadiness</source>
        <translation>Steadiness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="170"/>
        <source>busy or rate-limited</source>
        <translation>busy or rate-limited</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="171"/>
        <source>out of credits</source>
        <translation>out of credits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="172"/>
        <source>network down</source>
        <translation>network down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="173"/>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="174"/>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="332"/>
        <source>Send &amp;anyway</source>
        <translation>Send &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="332"/>
        <source>Send the picture to the service anyway</source>
        <translation>Send the picture to the service anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="334"/>
        <source>Discard this scan</source>
        <translation>Discard this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="335"/>
        <source>&amp;Save again</source>
        <translation>&amp;Save again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="335"/>
        <source>Try saving the record to the CSV file again</source>
        <translation>Try saving the record to the CSV file again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="337"/>
        <source>&amp;Copy record</source>
        <translation>&amp;Copy record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="337"/>
        <source>Copy the record to the clipboard</source>
        <translation>Copy the record to the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="362"/>
        <source>Confirm  (Enter)</source>
        <translation>Confirm  (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="362"/>
        <source>Confirm and export this scan</source>
        <translation>Confirm and export this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="365"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="365"/>
        <source>Reject this scan and forget it</source>
        <translation>Reject this scan and forget it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="367"/>
        <source>Re-read</source>
        <translation>Re-read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="367"/>
        <source>Read the same picture again</source>
        <translation>Read the same picture again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="408"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="773"/>
        <source>Offline engine</source>
        <translation>Offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="438"/>
        <source>Opening the image…</source>
        <translation>Opening the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="439"/>
        <source>Reading the document again…</source>
        <translation>Reading the document again…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="464"/>
        <source>The picture was not sent</source>
        <translation>The picture was not sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="471"/>
        <source>The scan failed</source>
        <translation>The scan failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="479"/>
        <source>Confirmed, but NOT saved</source>
        <translation>Confirmed, but NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="481"/>
        <source>The record is kept in memory until it is saved; do not close the station.</source>
        <translation>The record is kept in memory until it is saved; do not close the station.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="486"/>
        <source>Confirmed and exported</source>
        <translation>Confirmed and exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="487"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="490"/>
        <source>The picture and the fields were removed from this computer&apos;s memory.</source>
        <translation>The picture and the fields were removed from this computer&apos;s memory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="489"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="565"/>
        <source>offline engine</source>
        <translation>offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="567"/>
        <source>Read by %1</source>
        <translation>Read by %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="569"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="571"/>
        <source>request id %1</source>
        <translation>request id %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="578"/>
        <source>%1 did not read it (%2); %3 answered instead.</source>
        <translation>%1 did not read it (%2); %3 answered instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="582"/>
        <source>This document number was already scanned in this session.</source>
        <translation>This document number was already scanned in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="584"/>
        <source>Some key fields are missing; check them against the document.</source>
        <translation>Some key fields are missing; check them against the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="601"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="601"/>
        <source>check digits correct</source>
        <translation>check digits correct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="602"/>
        <source>check digit wrong</source>
        <translation>check digit wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="603"/>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="607"/>
        <source>Forgery</source>
        <translation>Forgery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="612"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="627"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="627"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="628"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="645"/>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="671"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="694"/>
        <source>printed: %1</source>
        <translation>printed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="708"/>
        <source>Other fields (read only)</source>
        <translation>Other fields (read only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="721"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="738"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="746"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="748"/>
        <source>MRZ check digits</source>
        <translation>MRZ check digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="738"/>
        <source>all correct</source>
        <translation>all correct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="745"/>
        <source>composite</source>
        <translation>composite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="746"/>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="748"/>
        <source>no MRZ read</source>
        <translation>no MRZ read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="751"/>
        <source>Vendor&apos;s MRZ check</source>
        <translation>Vendor&apos;s MRZ check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="768"/>
        <source>Image quality: offline engine / this station</source>
        <translation>Image quality: offline engine / this station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="793"/>
        <source>only for camera pictures</source>
        <translation>only for camera pictures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="826"/>
        <source>not done for this scan</source>
        <translation>not done for this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="828"/>
        <source>The offline re-read differs from the vendor on these fields:</source>
        <translation>The offline re-read differs from the vendor on these fields:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="604"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="753"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="756"/>
        <source>Vendor&apos;s overall verdict</source>
        <translation>Vendor&apos;s overall verdict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="759"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="761"/>
        <source>Forgery check</source>
        <translation>Forgery check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="761"/>
        <source>not performed by the offline engine</source>
        <translation>not performed by the offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="769"/>
        <source>Image quality: vendor / this station</source>
        <translation>Image quality: vendor / this station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="773"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="774"/>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="790"/>
        <source>problems</source>
        <translation>problems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="794"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="813"/>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="818"/>
        <source>Second opinion (offline MRZ re-read)</source>
        <translation>Second opinion (offline MRZ re-read)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="824"/>
        <source>not needed: the offline engine read this scan</source>
        <translation>not needed: the offline engine read this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="830"/>
        <source>%1: vendor read “%2”, offline read “%3”</source>
        <translation>%1: vendor read “%2”, offline read “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="834"/>
        <source>The offline re-read agrees on: %1</source>
        <translation>The offline re-read agrees on: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="837"/>
        <source>Could not re-read offline: %1</source>
        <translation>Could not re-read offline: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="847"/>
        <source>no machine-readable zone (MRZ) was found in the picture, so nothing was compared</source>
        <translation>no machine-readable zone (MRZ) was found in the picture, so nothing was compared</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="848"/>
        <source>the MRZ read offline fails its check digits, so it is no evidence either way</source>
        <translation>the MRZ read offline fails its check digits, so it is no evidence either way</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="849"/>
        <source>the vendor&apos;s answer and the MRZ share no field to compare</source>
        <translation>the vendor&apos;s answer and the MRZ share no field to compare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="850"/>
        <source>the offline engine failed on this picture</source>
        <translation>the offline engine failed on this picture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="851"/>
        <source>the offline engine is not installed</source>
        <translation>the offline engine is not installed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="859"/>
        <source>Raw answer (redacted)</source>
        <translation>Raw answer (redacted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="863"/>
        <source>Show the service&apos;s raw answer</source>
        <translation>Show the service&apos;s raw answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="866"/>
        <source>Raw answer</source>
        <translation>Raw answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="870"/>
        <source>(no raw answer)</source>
        <translation>(no raw answer)</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="34"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="69"/>
        <source>The record could not be written to the CSV file; check the file and press Save again.</source>
        <translation>The record could not be written to the CSV file; check the file and press Save again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="239"/>
        <source>The file %1 could not be read; check that it exists.</source>
        <translation>The file %1 could not be read; check that it exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="255"/>
        <source>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</source>
        <translation>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="316"/>
        <source>The scan could not be read because of an internal error; retry, and report it if it happens again.</source>
        <translation>The scan could not be read because of an internal error; retry, and report it if it happens again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="324"/>
        <source>The scan failed; retry.</source>
        <translation>The scan failed; retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="332"/>
        <source>Scan %1: this document number was already scanned in this session.</source>
        <translation>Scan %1: this document number was already scanned in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="424"/>
        <source>Nothing to confirm.</source>
        <translation>Nothing to confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="40"/>
        <source>Saving to the CSV file…</source>
        <translation>Saving to the CSV file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="471"/>
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
        <location filename="../../desktop_app/station/session.py" line="482"/>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="472"/>
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
        <location filename="../../desktop_app/station/registration_sink.py" line="69"/>
        <source>The PMS file was not written: a country code of this record is unknown.</source>
        <translation>The PMS file was not written: a country code of this record is unknown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="72"/>
        <source>The PMS file was not written: the record lacks %1.</source>
        <translation>The PMS file was not written: the record lacks %1.</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="23"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="27"/>
        <source>Opening the image…</source>
        <translation>Opening the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="28"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="29"/>
        <source>Retrying…</source>
        <translation>Retrying…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="30"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="31"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="32"/>
        <source>Confirmed, NOT saved</source>
        <translation>Confirmed, NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="33"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="34"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="71"/>
        <source>Scans in this session</source>
        <translation>Scans in this session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="125"/>
        <source>duplicate number</source>
        <translation>duplicate number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="129"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="184"/>
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
        <location filename="../../desktop_app/ui/settings_dialog.py" line="161"/>
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
        <location filename="../../desktop_app/ui/settings_dialog.py" line="162"/>
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
        <location filename="../../desktop_app/ui/settings_dialog.py" line="163"/>
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
        <location filename="../../desktop_app/ui/settings_dialog.py" line="164"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="155"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="165"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="157"/>
        <source>other profiles, in order, e.g. backup, local</source>
        <translation>other profiles, in order, e.g. backup, local</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="158"/>
        <source>Fallback profiles, in order</source>
        <translation>Fallback profiles, in order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="159"/>
        <source>They read the scan when this profile is busy, down or out of credits.</source>
        <translation>They read the scan when this profile is busy, down or out of credits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="160"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="166"/>
        <source>Fail over to</source>
        <translation>Fail over to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="168"/>
        <source>Keys (stored only in the system keyring)</source>
        <translation>Keys (stored only in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="172"/>
        <source>Sa&amp;ve profile</source>
        <translation>Sa&amp;ve profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="175"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="177"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="178"/>
        <source>Remove the profile and its keys</source>
        <translation>Remove the profile and its keys</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="185"/>
        <source>Profile status</source>
        <translation>Profile status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="282"/>
        <source>set: type to replace</source>
        <translation>set: type to replace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="282"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="284"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="284"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="299"/>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="316"/>
        <source>The profile was saved but its keys were not: %1</source>
        <translation>The profile was saved but its keys were not: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="321"/>
        <source>Profile %1 saved.</source>
        <translation>Profile %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="338"/>
        <source>Profile %1 and its keys were removed.</source>
        <translation>Profile %1 and its keys were removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="344"/>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="359"/>
        <source>The keys are set. This vendor has no free test call; the first scan will show whether they work.</source>
        <translation>The keys are set. This vendor has no free test call; the first scan will show whether they work.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="363"/>
        <source>Connected. Credits left: %1.</source>
        <translation>Connected. Credits left: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="456"/>
        <source>No scanner</source>
        <translation>No scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="462"/>
        <source>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</source>
        <translation>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="464"/>
        <source>&amp;Find scanners</source>
        <translation>&amp;Find scanners</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="465"/>
        <source>Find the scanners connected to this computer</source>
        <translation>Find the scanners connected to this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="274"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="364"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="262"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="310"/>
        <source>Storing the keys of %1 in the system keyring…</source>
        <translation>Storing the keys of %1 in the system keyring…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="328"/>
        <source>Removing %1 and its keys…</source>
        <translation>Removing %1 and its keys…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="370"/>
        <source>The test failed unexpectedly; check the base URL and the network.</source>
        <translation>The test failed unexpectedly; check the base URL and the network.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="388"/>
        <source>Append every confirmed scan to a CSV file</source>
        <translation>Append every confirmed scan to a CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="391"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="413"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="392"/>
        <source>choose a file</source>
        <translation>choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="393"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="479"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="394"/>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="398"/>
        <source>Clipboard format</source>
        <translation>Clipboard format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="399"/>
        <source>Tab-separated row (spreadsheets)</source>
        <translation>Tab-separated row (spreadsheets)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="399"/>
        <source>JSON object</source>
        <translation>JSON object</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="400"/>
        <source>Do not copy</source>
        <translation>Do not copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="405"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="415"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="414"/>
        <source>Clipboard</source>
        <translation>Clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="430"/>
        <source>CSV file for confirmed scans</source>
        <translation>CSV file for confirmed scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="431"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="442"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="485"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="443"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="444"/>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="455"/>
        <source>Scanner device</source>
        <translation>Scanner device</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="470"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="471"/>
        <source> good frames</source>
        <translation> good frames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="473"/>
        <source>Auto-capture after this many good frames</source>
        <translation>Auto-capture after this many good frames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="475"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="488"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="521"/>
        <source>Hot folder</source>
        <translation>Hot folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="476"/>
        <source>empty: off</source>
        <translation>empty: off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="477"/>
        <source>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</source>
        <translation>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="480"/>
        <source>Choose the hot folder</source>
        <translation>Choose the hot folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="483"/>
        <source>Delete each file from the hot folder once it has been read</source>
        <translation>Delete each file from the hot folder once it has been read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="486"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="487"/>
        <source>Auto-capture</source>
        <translation>Auto-capture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="531"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="565"/>
        <source>Default profile</source>
        <translation>Default profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="535"/>
        <source>Default country for TD</source>
        <translation>Default country for TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="536"/>
        <source>Re-read the MRZ offline after a vendor answer</source>
        <translation>Re-read the MRZ offline after a vendor answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="538"/>
        <source>Play a sound on success and failure</source>
        <translation>Play a sound on success and failure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="543"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="544"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="546"/>
        <source>Clear the session after this many idle seconds</source>
        <translation>Clear the session after this many idle seconds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="550"/>
        <source>never warn</source>
        <translation>never warn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="552"/>
        <source>Warn when the vendor credits are at or below</source>
        <translation>Warn when the vendor credits are at or below</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="554"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="555"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="559"/>
        <source>Start in kiosk mode (full screen, PIN to leave)</source>
        <translation>Start in kiosk mode (full screen, PIN to leave)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="563"/>
        <source>New kiosk PIN</source>
        <translation>New kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="564"/>
        <source>PIN is set: type to change</source>
        <translation>PIN is set: type to change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="564"/>
        <source>no PIN</source>
        <translation>no PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="566"/>
        <source>Default TD country</source>
        <translation>Default TD country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="569"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="570"/>
        <source>Low-credit warning at</source>
        <translation>Low-credit warning at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="571"/>
        <source>Language (after restart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="573"/>
        <source>Kiosk PIN</source>
        <translation>Kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="584"/>
        <source>Offline engine (no network)</source>
        <translation>Offline engine (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="596"/>
        <source>Set by the administrator</source>
        <translation>Set by the administrator</translation>
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
</TS>
