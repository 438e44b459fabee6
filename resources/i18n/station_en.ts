<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BatchBar</name>
    <message>
        <location filename="../../desktop_app/ui/batch_bar.py" line="31"/>
        <source>Files read in this batch</source>
        <translation>Files read in this batch</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/batch_bar.py" line="38"/>
        <source>Cancel batch</source>
        <translation>Cancel batch</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/batch_bar.py" line="39"/>
        <source>Stop reading the files of this batch; scans already read stay</source>
        <translation>Stop reading the files of this batch; scans already read stay</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/batch_bar.py" line="77"/>
        <source>%1 of %2 files</source>
        <translation>%1 of %2 files</translation>
    </message>
</context>
<context>
    <name>CreditsLabel</name>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="68"/>
        <source>Vendor credits</source>
        <translation>Vendor credits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="73"/>
        <source>%1: credits unknown</source>
        <translation>%1: credits unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="77"/>
        <source>%1: only %2 credits left</source>
        <translation>%1: only %2 credits left</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="79"/>
        <source>Top up the account, or switch to another profile.</source>
        <translation>Top up the account, or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="82"/>
        <source>%1: %2 credits</source>
        <translation>%1: %2 credits</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="112"/>
        <source>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</source>
        <translation>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="117"/>
        <source>%1: use M, F or X.</source>
        <translation>%1: use M, F or X.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="122"/>
        <source>%1: use the three-letter code, e.g. ESP or USA.</source>
        <translation>%1: use the three-letter code, e.g. ESP or USA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="127"/>
        <source>%1: choose one of the listed types.</source>
        <translation>%1: choose one of the listed types.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="30"/>
        <source>Where confirmed scans are saved</source>
        <translation>Where confirmed scans are saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="32"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="33"/>
        <source>Choose the CSV file for confirmed scans</source>
        <translation>Choose the CSV file for confirmed scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="42"/>
        <source>Saving to: %1</source>
        <translation>Saving to: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="46"/>
        <source>No CSV file: confirmed scans are only copied to the clipboard</source>
        <translation>No CSV file: confirmed scans are only copied to the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="54"/>
        <source>CSV file for confirmed scans</source>
        <translation>CSV file for confirmed scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="56"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="67"/>
        <source>Document type</source>
        <translation>Document type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="68"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="69"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="70"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="74"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="75"/>
        <source>Issuing country</source>
        <translation>Issuing country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="76"/>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="77"/>
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="78"/>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="79"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="80"/>
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="81"/>
        <source>Place of issue</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="82"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Marital status</source>
        <translation>Marital status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="91"/>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="91"/>
        <source>Mother&apos;s name</source>
        <translation>Mother&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="92"/>
        <source>Father&apos;s name</source>
        <translation>Father&apos;s name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="93"/>
        <source>Blood type</source>
        <translation>Blood type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="93"/>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="100"/>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="100"/>
        <source>National ID card</source>
        <translation>National ID card</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="101"/>
        <source>Driver&apos;s license</source>
        <translation>Driver&apos;s license</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="102"/>
        <source>Residence permit</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="92"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="103"/>
        <source>Voter ID</source>
        <translation>Voter ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="103"/>
        <source>Visa</source>
        <translation>Visa</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="104"/>
        <source>Other document</source>
        <translation>Other document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="105"/>
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
        <location filename="../../desktop_app/ui/live_view.py" line="132"/>
        <source>All checks pass</source>
        <translation>All checks pass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="168"/>
        <source>Good: hold still</source>
        <translation>Good: hold still</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>ID Scan Station</source>
        <translation>ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="131"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Engine:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134"/>
        <source>Engine profile</source>
        <translation>Engine profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <source>Capture  (Space)</source>
        <translation>Capture  (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="139"/>
        <source>Capture the document</source>
        <translation>Capture the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>&amp;Open files…</source>
        <translation>&amp;Open files…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Open document image files</source>
        <translation>Open document image files</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>Scan  (F5)</source>
        <translation>Scan  (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>Scan a page with the scanner</source>
        <translation>Scan a page with the scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Paste an image from the clipboard</source>
        <translation>Paste an image from the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>C&amp;lear session</source>
        <translation>C&amp;lear session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>Forget every scan in this session</source>
        <translation>Forget every scan in this session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Open settings</source>
        <translation>Open settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="191"/>
        <source>Enter the PIN to change the engine.</source>
        <translation>Enter the PIN to change the engine.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="194"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207"/>
        <source>Enter the PIN to change the CSV file.</source>
        <translation>Enter the PIN to change the CSV file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="280"/>
        <location filename="../../desktop_app/ui/main_window.py" line="312"/>
        <source>Offline engine (no network)</source>
        <translation>Offline engine (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="348"/>
        <source>Enter the PIN to open files.</source>
        <translation>Enter the PIN to open files.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="351"/>
        <source>Open document images</source>
        <translation>Open document images</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="352"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="371"/>
        <source>No camera is running; ask the front desk.</source>
        <translation>No camera is running; ask the front desk.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="383"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="397"/>
        <source>No scanner is set up; choose one in Settings, Capture.</source>
        <translation>No scanner is set up; choose one in Settings, Capture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="400"/>
        <source>Scanning…</source>
        <translation>Scanning…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="223"/>
        <source>%1 page(s) scanned.</source>
        <translation>%1 page(s) scanned.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="359"/>
        <source>The clipboard holds no image and no image file; copy a picture or an image file first.</source>
        <translation>The clipboard holds no image and no image file; copy a picture or an image file first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="463"/>
        <source>The record was copied to the clipboard.</source>
        <translation>The record was copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="467"/>
        <source>Batch cancelled: %1 of %2 files read; the scans read stay.</source>
        <translation>Batch cancelled: %1 of %2 files read; the scans read stay.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="470"/>
        <source>Batch done: %1 files read.</source>
        <translation>Batch done: %1 files read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="473"/>
        <source>Enter the PIN to clear the session.</source>
        <translation>Enter the PIN to clear the session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="476"/>
        <source>Clear session</source>
        <translation>Clear session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="477"/>
        <source>Forget every scan in this session? Records that are confirmed but not saved are kept.</source>
        <translation>Forget every scan in this session? Records that are confirmed but not saved are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="485"/>
        <source>Session cleared; %1 unsaved record(s) kept.</source>
        <translation>Session cleared; %1 unsaved record(s) kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="488"/>
        <source>Session cleared.</source>
        <translation>Session cleared.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="493"/>
        <source>The session was cleared after a period of inactivity.</source>
        <translation>The session was cleared after a period of inactivity.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="510"/>
        <source>Scan %1</source>
        <translation>Scan %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="513"/>
        <source>The picture of scan %1 could not be opened again: %2 was moved, deleted or changed. The fields read from it stay.</source>
        <translation>The picture of scan %1 could not be opened again: %2 was moved, deleted or changed. The fields read from it stay.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="545"/>
        <source>%1 reading</source>
        <translation>%1 reading</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="547"/>
        <source>%1 to review</source>
        <translation>%1 to review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="549"/>
        <source>%1 NOT saved</source>
        <translation>%1 NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="561"/>
        <source>About ID Scan Station</source>
        <translation>About ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="562"/>
        <source>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and AccuAuth vendors.&lt;/p&gt;&lt;p&gt;Images and personal data stay in memory; keys stay in the system keyring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space: capture&lt;br&gt;Enter: confirm&lt;br&gt;Ctrl+O: open files&lt;br&gt;Ctrl+V: paste an image&lt;br&gt;Ctrl+R: retry&lt;br&gt;Delete (in the list): remove a scan&lt;br&gt;Ctrl+,: settings&lt;br&gt;Ctrl+Shift+Delete: clear session&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and AccuAuth vendors.&lt;/p&gt;&lt;p&gt;Images and personal data stay in memory; keys stay in the system keyring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space: capture&lt;br&gt;Enter: confirm&lt;br&gt;Ctrl+O: open files&lt;br&gt;Ctrl+V: paste an image&lt;br&gt;Ctrl+R: retry&lt;br&gt;Delete (in the list): remove a scan&lt;br&gt;Ctrl+,: settings&lt;br&gt;Ctrl+Shift+Delete: clear session&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="572"/>
        <source>Enter the PIN to open Settings.</source>
        <translation>Enter the PIN to open Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="344"/>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="604"/>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Enter the PIN to leave kiosk mode.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="610"/>
        <source>Records not saved</source>
        <translation>Records not saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="611"/>
        <source>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</source>
        <translation>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="49"/>
        <source>no usable system keyring was found; log in to a desktop session with GNOME Keyring or KWallet (Secret Service) running and try again</source>
        <translation>no usable system keyring was found; log in to a desktop session with GNOME Keyring or KWallet (Secret Service) running and try again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="51"/>
        <source>the system keyring is locked; unlock it (log in again or open the keyring manager) and try again</source>
        <translation>the system keyring is locked; unlock it (log in again or open the keyring manager) and try again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="53"/>
        <source>the system keyring did not answer within %1 s (it may be waiting to be unlocked, or its service is stuck); unlock it or log out and in again, then try again</source>
        <translation>the system keyring did not answer within %1 s (it may be waiting to be unlocked, or its service is stuck); unlock it or log out and in again, then try again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="57"/>
        <source>the system keyring could not store the keys (%1); make sure the keyring service is running and unlocked, then try again</source>
        <translation>the system keyring could not store the keys (%1); make sure the keyring service is running and unlocked, then try again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="59"/>
        <source>the system keyring could not read the keys (%1); make sure the keyring service is running and unlocked, then try again</source>
        <translation>the system keyring could not read the keys (%1); make sure the keyring service is running and unlocked, then try again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="61"/>
        <source>the system keyring could not delete the keys (%1); make sure the keyring service is running and unlocked, then try again</source>
        <translation>the system keyring could not delete the keys (%1); make sure the keyring service is running and unlocked, then try again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="226"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="227"/>
        <source>profile %1 has no %2 in the system keyring; run &apos;scanstation keys set %3&apos; and type %4 on its standard input</source>
        <translation>profile %1 has no %2 in the system keyring; run &apos;scanstation keys set %3&apos; and type %4 on its standard input</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="69"/>
        <source>%1 ends in an incomplete row written by another program, so nothing was added to it; remove that last row in a spreadsheet program or choose a new export file.</source>
        <translation>%1 ends in an incomplete row written by another program, so nothing was added to it; remove that last row in a spreadsheet program or choose a new export file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="89"/>
        <source>The CSV file %1 is open in another program (for example Excel); close it there and export again, the rows were not saved.</source>
        <translation>The CSV file %1 is open in another program (for example Excel); close it there and export again, the rows were not saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="108"/>
        <source>The disk is full, so the rows were not saved to %1; free some space or export to another drive.</source>
        <translation>The disk is full, so the rows were not saved to %1; free some space or export to another drive.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="112"/>
        <source>The export location for %1 is read-only; choose a folder you can write to and export again.</source>
        <translation>The export location for %1 is read-only; choose a folder you can write to and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="116"/>
        <source>Permission denied writing %1; choose a folder you can write to, or ask an administrator, and export again.</source>
        <translation>Permission denied writing %1; choose a folder you can write to, or ask an administrator, and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="120"/>
        <source>The folder for %1 does not exist; choose an existing folder and export again.</source>
        <translation>The folder for %1 does not exist; choose an existing folder and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="123"/>
        <source>%1 is a folder, not a file; choose a file name for the export.</source>
        <translation>%1 is a folder, not a file; choose a file name for the export.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="126"/>
        <source>The export file %1 is in use by another program; close it there and export again.</source>
        <translation>The export file %1 is in use by another program; close it there and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="129"/>
        <source>The rows could not be saved to %1 (%2); check the file and export again.</source>
        <translation>The rows could not be saved to %1 (%2); check the file and export again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="159"/>
        <source>%1 already has different columns, so nothing was added to it; choose a new export file.</source>
        <translation>%1 already has different columns, so nothing was added to it; choose a new export file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="49"/>
        <source>TD profiles need a two-letter country code such as PH or EC, not %1</source>
        <translation>TD profiles need a two-letter country code such as PH or EC, not %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="54"/>
        <source>%1 is not an ISO 3166 country code; use a two-letter code such as PH or EC</source>
        <translation>%1 is not an ISO 3166 country code; use a two-letter code such as PH or EC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="60"/>
        <source>AccuAuth profiles take a country of %1, not %2</source>
        <translation>AccuAuth profiles take a country of %1, not %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="69"/>
        <source>a profile name must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>a profile name must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="72"/>
        <source>%1 is reserved for the built-in offline engine; choose another name</source>
        <translation>%1 is reserved for the built-in offline engine; choose another name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="75"/>
        <source>unknown vendor %1; choose one of %2</source>
        <translation>unknown vendor %1; choose one of %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="85"/>
        <source>%1 is not a region name such as ap-singapore</source>
        <translation>%1 is not a region name such as ap-singapore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="88"/>
        <source>timeouts must be positive numbers of seconds</source>
        <translation>timeouts must be positive numbers of seconds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="90"/>
        <source>the rate limit must be a positive number of requests per second</source>
        <translation>the rate limit must be a positive number of requests per second</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="95"/>
        <source>%1 is not a profile name; name the fallback profiles separated by commas</source>
        <translation>%1 is not a profile name; name the fallback profiles separated by commas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="98"/>
        <source>a profile cannot be its own fallback; name other profiles</source>
        <translation>a profile cannot be its own fallback; name other profiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="254"/>
        <source>the settings file %1 could not be written; check that the folder exists and is writable</source>
        <translation>the settings file %1 could not be written; check that the folder exists and is writable</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="53"/>
        <source>No ID card was found in the picture; retake it with the whole card in view.</source>
        <translation>No ID card was found in the picture; retake it with the whole card in view.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="60"/>
        <source>The AccuAuth API id has expired; ask the administrator for a new one.</source>
        <translation>The AccuAuth API id has expired; ask the administrator for a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="66"/>
        <source>The AccuAuth address in this profile is wrong (the service answered &apos;not found&apos;); check the profile&apos;s country and base URL.</source>
        <translation>The AccuAuth address in this profile is wrong (the service answered &apos;not found&apos;); check the profile&apos;s country and base URL.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="74"/>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="75"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="76"/>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="77"/>
        <location filename="../../desktop_app/engines/structocr.py" line="55"/>
        <location filename="../../desktop_app/domain/mrz.py" line="894"/>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="78"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="79"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="80"/>
        <location filename="../../desktop_app/engines/accuauth.py" line="81"/>
        <source>Given name</source>
        <translation>Given name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="82"/>
        <source>Middle name</source>
        <translation>Middle name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="83"/>
        <location filename="../../desktop_app/engines/structocr.py" line="51"/>
        <location filename="../../desktop_app/domain/mrz.py" line="896"/>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="84"/>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="85"/>
        <location filename="../../desktop_app/engines/structocr.py" line="59"/>
        <source>Place of birth</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="86"/>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="87"/>
        <source>Issue date</source>
        <translation>Issue date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="88"/>
        <location filename="../../desktop_app/engines/structocr.py" line="62"/>
        <source>Expiry date</source>
        <translation>Expiry date</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="89"/>
        <location filename="../../desktop_app/engines/structocr.py" line="65"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="172"/>
        <source>The profile %1 needs api_id and api_secret; set them with &apos;scanstation keys set %2&apos;.</source>
        <translation>The profile %1 needs api_id and api_secret; set them with &apos;scanstation keys set %2&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="179"/>
        <source>Profile %1: AccuAuth has no host for %2; use one of %3.</source>
        <translation>Profile %1: AccuAuth has no host for %2; use one of %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="295"/>
        <source>The picture held %1 card sides (%2); their fields were merged.</source>
        <translation>The picture held %1 card sides (%2); their fields were merged.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="352"/>
        <source>The vendor&apos;s face position could not be read, so no portrait was cropped.</source>
        <translation>The vendor&apos;s face position could not be read, so no portrait was cropped.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="57"/>
        <location filename="../../desktop_app/domain/checks.py" line="31"/>
        <source>surname</source>
        <translation>surname</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="57"/>
        <location filename="../../desktop_app/domain/checks.py" line="31"/>
        <source>given names</source>
        <translation>given names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="58"/>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="59"/>
        <source>place of birth</source>
        <translation>place of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="60"/>
        <source>nationality raw</source>
        <translation>nationality raw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="61"/>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="62"/>
        <source>sex raw</source>
        <translation>sex raw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="62"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="63"/>
        <location filename="../../desktop_app/domain/checks.py" line="19"/>
        <source>personal number</source>
        <translation>personal number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="64"/>
        <source>issuing country raw</source>
        <translation>issuing country raw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="65"/>
        <source>category raw</source>
        <translation>category raw</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="65"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="66"/>
        <source>issuing authority</source>
        <translation>issuing authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="67"/>
        <source>place of issue</source>
        <translation>place of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="125"/>
        <source>%1 sent a %2 longer than %3 characters; it was cut to %3, check it against the document.</source>
        <translation>%1 sent a %2 longer than %3 characters; it was cut to %3, check it against the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="128"/>
        <source>%1 sent a %2 of %3 characters, longer than any real one; it was left out, read it from the document.</source>
        <translation>%1 sent a %2 of %3 characters, longer than any real one; it was left out, read it from the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="145"/>
        <source>%1 field</source>
        <translation>%1 field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="169"/>
        <source>%1 sent %2 fields; only the first %3 are shown.</source>
        <translation>%1 sent %2 fields; only the first %3 are shown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="175"/>
        <source>%1 sent %2 other fields; only the first %3 are kept.</source>
        <translation>%1 sent %2 other fields; only the first %3 are kept.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="181"/>
        <source>%1 sent MRZ lines no document has; they were left out.</source>
        <translation>%1 sent MRZ lines no document has; they were left out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="200"/>
        <source>%1 sent more problems than can be shown.</source>
        <translation>%1 sent more problems than can be shown.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="33"/>
        <source>the base URL %1 is not a valid URL</source>
        <translation>the base URL %1 is not a valid URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="35"/>
        <source>the base URL %1 must start with https:// and name a host</source>
        <translation>the base URL %1 must start with https:// and name a host</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="38"/>
        <source>the base URL must not contain a user name or password; keys go in the keyring (&apos;scanstation keys set&apos;)</source>
        <translation>the base URL must not contain a user name or password; keys go in the keyring (&apos;scanstation keys set&apos;)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="41"/>
        <source>the base URL must not contain a query string or fragment; keys go in the keyring</source>
        <translation>the base URL must not contain a query string or fragment; keys go in the keyring</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="44"/>
        <source>the base URL %1 uses plain http; use https (http is only allowed to this computer, e.g. http://127.0.0.1:8080)</source>
        <translation>the base URL %1 uses plain http; use https (http is only allowed to this computer, e.g. http://127.0.0.1:8080)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="14"/>
        <source>The station sent a request the service did not accept; report this with the request id.</source>
        <translation>The station sent a request the service did not accept; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="16"/>
        <source>The service could not read this image; retake the picture with the whole document in view.</source>
        <translation>The service could not read this image; retake the picture with the whole document in view.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="18"/>
        <source>The service rejected the key; check the profile&apos;s keys in Settings.</source>
        <translation>The service rejected the key; check the profile&apos;s keys in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="19"/>
        <source>This computer&apos;s clock is wrong; correct the date and time and try again.</source>
        <translation>This computer&apos;s clock is wrong; correct the date and time and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="21"/>
        <source>This product or country is not enabled for the account; ask the administrator.</source>
        <translation>This product or country is not enabled for the account; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="23"/>
        <source>The account has no credits or quota left; top it up or switch to another profile.</source>
        <translation>The account has no credits or quota left; top it up or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="25"/>
        <source>The service is receiving too many requests; wait a moment and retry.</source>
        <translation>The service is receiving too many requests; wait a moment and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="27"/>
        <source>The service is having trouble; try again in a minute.</source>
        <translation>The service is having trouble; try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="28"/>
        <source>The service could not be reached; check the network connection and retry.</source>
        <translation>The service could not be reached; check the network connection and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="30"/>
        <source>The service did not answer in time; retry (the call may have been billed).</source>
        <translation>The service did not answer in time; retry (the call may have been billed).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="32"/>
        <source>The service sent an answer the station does not understand; report this with the request id.</source>
        <translation>The service sent an answer the station does not understand; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="34"/>
        <source>The system keyring is locked or missing; unlock it (log in again) and retry.</source>
        <translation>The system keyring is locked or missing; unlock it (log in again) and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="36"/>
        <source>The profile is not set up correctly; check it in Settings.</source>
        <translation>The profile is not set up correctly; check it in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="38"/>
        <source>Profile %1: %2.</source>
        <translation>Profile %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="84"/>
        <source>%1 (code %2, request id %3)</source>
        <translation>%1 (code %2, request id %3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="87"/>
        <source>%1 (code %2)</source>
        <translation>%1 (code %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="89"/>
        <source>%1 (request id %2)</source>
        <translation>%1 (request id %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/registry.py" line="26"/>
        <source>The profile %1 has no %2; set the keys with &apos;scanstation keys set %3&apos; or in Settings.</source>
        <translation>The profile %1 has no %2; set the keys with &apos;scanstation keys set %3&apos; or in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/registry.py" line="60"/>
        <source>Profile %1 names an unknown vendor %2.</source>
        <translation>Profile %1 names an unknown vendor %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="49"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="50"/>
        <source>Country code</source>
        <translation>Country code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="52"/>
        <source>Passport number</source>
        <translation>Passport number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="53"/>
        <location filename="../../desktop_app/domain/mrz.py" line="892"/>
        <source>Document number</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="54"/>
        <location filename="../../desktop_app/domain/mrz.py" line="903"/>
        <source>Personal number</source>
        <translation>Personal number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="56"/>
        <location filename="../../desktop_app/domain/mrz.py" line="895"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="57"/>
        <location filename="../../desktop_app/domain/mrz.py" line="899"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="58"/>
        <location filename="../../desktop_app/domain/mrz.py" line="897"/>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="60"/>
        <source>Date of issue</source>
        <translation>Date of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="61"/>
        <location filename="../../desktop_app/domain/mrz.py" line="900"/>
        <source>Date of expiry</source>
        <translation>Date of expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="63"/>
        <source>Place of issue</source>
        <translation>Place of issue</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="64"/>
        <source>Issuing authority</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="79"/>
        <source>The StructOCR address in this profile is wrong (the service answered &apos;not found&apos;); check the profile&apos;s base URL.</source>
        <translation>The StructOCR address in this profile is wrong (the service answered &apos;not found&apos;); check the profile&apos;s base URL.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="122"/>
        <source>Profile %1: StructOCR has no action %2; use passport, national-id or driver-license.</source>
        <translation>Profile %1: StructOCR has no action %2; use passport, national-id or driver-license.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="179"/>
        <source>The profile %1 has no api_key; set it with &apos;scanstation keys set %2&apos;.</source>
        <translation>The profile %1 has no api_key; set it with &apos;scanstation keys set %2&apos;.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="51"/>
        <source>The TD OCR product is not enabled for this partner account; ask the administrator to have TrustDecision enable it.</source>
        <translation>The TD OCR product is not enabled for this partner account; ask the administrator to have TrustDecision enable it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="53"/>
        <source>TrustDecision is blocking traffic from this account; wait at least 30 seconds before retrying, and contact TrustDecision if it continues.</source>
        <translation>TrustDecision is blocking traffic from this account; wait at least 30 seconds before retrying, and contact TrustDecision if it continues.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="56"/>
        <source>The TD account has used up its purchased volume; top it up or switch to another profile.</source>
        <translation>The TD account has used up its purchased volume; top it up or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="58"/>
        <source>The TD service contract has expired; ask the administrator to renew it.</source>
        <translation>The TD service contract has expired; ask the administrator to renew it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="60"/>
        <source>The TD account reached its daily maximum volume; try again tomorrow or switch to another profile.</source>
        <translation>The TD account reached its daily maximum volume; try again tomorrow or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="62"/>
        <source>The profile&apos;s country is not enabled for this TD partner account; ask the administrator or change the country.</source>
        <translation>The profile&apos;s country is not enabled for this TD partner account; ask the administrator or change the country.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="65"/>
        <source>TrustDecision had an internal error; try again in a minute.</source>
        <translation>TrustDecision had an internal error; try again in a minute.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="78"/>
        <source>TrustDecision rejected the partner code or key; check the profile&apos;s keys in Settings.</source>
        <translation>TrustDecision rejected the partner code or key; check the profile&apos;s keys in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="82"/>
        <source>TrustDecision did not accept the profile&apos;s country; set a two-letter country code in Settings.</source>
        <translation>TrustDecision did not accept the profile&apos;s country; set a two-letter country code in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="90"/>
        <source>TrustDecision answered with an unknown code %1; report this with the request id.</source>
        <translation>TrustDecision answered with an unknown code %1; report this with the request id.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="260"/>
        <source>TD verification reported an error (%1); the data read is shown, check it against the document.</source>
        <translation>TD verification reported an error (%1); the data read is shown, check it against the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="263"/>
        <source>TD verification reported an error; the data read is shown, check it against the document.</source>
        <translation>TD verification reported an error; the data read is shown, check it against the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="266"/>
        <source>TD did not perform its verification checks.</source>
        <translation>TD did not perform its verification checks.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="370"/>
        <source>The TD profile needs a two-letter country code (for example GB); set it in Settings.</source>
        <translation>The TD profile needs a two-letter country code (for example GB); set it in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="402"/>
        <source>The TD profile has no partner code or key; set them with &apos;scanstation keys set&apos; or in Settings.</source>
        <translation>The TD profile has no partner code or key; set them with &apos;scanstation keys set&apos; or in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="70"/>
        <source>Tencent could not read a document in this image; retake the picture with the whole page in view.</source>
        <translation>Tencent could not read a document in this image; retake the picture with the whole page in view.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="72"/>
        <source>The Tencent Cloud account is in arrears or out of OCR resources; top it up or switch to another profile.</source>
        <translation>The Tencent Cloud account is in arrears or out of OCR resources; top it up or switch to another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="75"/>
        <source>The Tencent OCR service is not activated for this account or region; ask the administrator.</source>
        <translation>The Tencent OCR service is not activated for this account or region; ask the administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="77"/>
        <source>Tencent could not decode the image; retake the picture.</source>
        <translation>Tencent could not decode the image; retake the picture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="79"/>
        <source>The image is too large for Tencent; retake it at a lower resolution.</source>
        <translation>The image is too large for Tencent; retake it at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="102"/>
        <source>The picture is blurred; hold the document still and retake it.</source>
        <translation>The picture is blurred; hold the document still and retake it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="104"/>
        <source>The document is too small in the picture; move it closer and retake it.</source>
        <translation>The document is too small in the picture; move it closer and retake it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="107"/>
        <source>Tencent found no passport in the picture; put the passport&apos;s photo page in view and retake it.</source>
        <translation>Tencent found no passport in the picture; put the passport&apos;s photo page in view and retake it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="115"/>
        <source>There is more than one document in the picture; scan one document at a time.</source>
        <translation>There is more than one document in the picture; scan one document at a time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="120"/>
        <source>The image size is outside what Tencent accepts; retake the picture.</source>
        <translation>The image size is outside what Tencent accepts; retake the picture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="122"/>
        <source>The printed data and the MRZ disagree; retake the picture and check the document by hand.</source>
        <translation>The printed data and the MRZ disagree; retake the picture and check the document by hand.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="124"/>
        <source>This is the wrong side of the document; turn it over and retake the picture.</source>
        <translation>This is the wrong side of the document; turn it over and retake the picture.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="126"/>
        <source>Tencent does not support this document with this profile; use another profile.</source>
        <translation>Tencent does not support this document with this profile; use another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="132"/>
        <source>Tencent does not support this document&apos;s language; use another profile.</source>
        <translation>Tencent does not support this document&apos;s language; use another profile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="137"/>
        <source>The profile&apos;s Tencent region does not offer this service; change the region in Settings.</source>
        <translation>The profile&apos;s Tencent region does not offer this service; change the region in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="158"/>
        <source>Tencent Cloud rejected the SecretId or SecretKey; check the profile&apos;s keys in Settings.</source>
        <translation>Tencent Cloud rejected the SecretId or SecretKey; check the profile&apos;s keys in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="321"/>
        <source>Tencent returned a date of birth the station could not read.</source>
        <translation>Tencent returned a date of birth the station could not read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="322"/>
        <source>Tencent returned a date of expiry the station could not read.</source>
        <translation>Tencent returned a date of expiry the station could not read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="323"/>
        <source>Tencent returned a date of issue the station could not read.</source>
        <translation>Tencent returned a date of issue the station could not read.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="426"/>
        <source>Tencent reports that the passport information is incomplete.</source>
        <translation>Tencent reports that the passport information is incomplete.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="468"/>
        <source>Full text</source>
        <translation>Full text</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="496"/>
        <source>The Tencent profile&apos;s action %1 is not supported; use %2 or %3.</source>
        <translation>The Tencent profile&apos;s action %1 is not supported; use %2 or %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="518"/>
        <source>The Tencent profile&apos;s base URL has no host; fix it in Settings.</source>
        <translation>The Tencent profile&apos;s base URL has no host; fix it in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="536"/>
        <source>The Tencent profile has no SecretId or SecretKey; set them with &apos;scanstation keys set&apos; or in Settings.</source>
        <translation>The Tencent profile has no SecretId or SecretKey; set them with &apos;scanstation keys set&apos; or in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="601"/>
        <source>This computer&apos;s clock is off by about %1 s; the station adjusted for it, but please correct the date and time.</source>
        <translation>This computer&apos;s clock is off by about %1 s; the station adjusted for it, but please correct the date and time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/transport.py" line="81"/>
        <source>The service&apos;s security certificate was not accepted (self-signed, expired or for another name); check the profile&apos;s base URL, or ask the administrator to fix the certificate.</source>
        <translation>The service&apos;s security certificate was not accepted (self-signed, expired or for another name); check the profile&apos;s base URL, or ask the administrator to fix the certificate.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/transport.py" line="84"/>
        <source>A secure (TLS) connection to the service could not be set up; check that the profile&apos;s base URL is the service&apos;s https address.</source>
        <translation>A secure (TLS) connection to the service could not be set up; check that the profile&apos;s base URL is the service&apos;s https address.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/transport.py" line="86"/>
        <source>The service redirected the request to another address (HTTP %1); check the profile&apos;s base URL in Settings (the station never follows a redirect with the keys).</source>
        <translation>The service redirected the request to another address (HTTP %1); check the profile&apos;s base URL in Settings (the station never follows a redirect with the keys).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/transport.py" line="89"/>
        <source>The service sent an answer larger than %1 MB, far more than an ID answer; it was not read. Report this with the profile&apos;s name.</source>
        <translation>The service sent an answer larger than %1 MB, far more than an ID answer; it was not read. Report this with the profile&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/upload.py" line="50"/>
        <source>The image is too large for %1 even after resizing; retake it.</source>
        <translation>The image is too large for %1 even after resizing; retake it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="96"/>
        <source>portrait image</source>
        <translation>portrait image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="97"/>
        <source>signature image</source>
        <translation>signature image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="98"/>
        <source>document image</source>
        <translation>document image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="102"/>
        <source>The date of birth sent by the vendor could not be read; check it on the document.</source>
        <translation>The date of birth sent by the vendor could not be read; check it on the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="104"/>
        <source>The date of issue sent by the vendor could not be read; check it on the document.</source>
        <translation>The date of issue sent by the vendor could not be read; check it on the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="106"/>
        <source>The date of expiry sent by the vendor could not be read; check it on the document.</source>
        <translation>The date of expiry sent by the vendor could not be read; check it on the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="117"/>
        <source>The %1 returned by %2 is larger than %3 MB; it was left out.</source>
        <translation>The %1 returned by %2 is larger than %3 MB; it was left out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="121"/>
        <source>The %1 returned by %2 is larger than %3 megapixels; it was left out.</source>
        <translation>The %1 returned by %2 is larger than %3 megapixels; it was left out.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="125"/>
        <source>The %1 returned by %2 could not be decoded.</source>
        <translation>The %1 returned by %2 could not be decoded.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/local/engine.py" line="40"/>
        <source>A character in the MRZ could be read two ways with valid check digits; compare the document number with the document.</source>
        <translation>A character in the MRZ could be read two ways with valid check digits; compare the document number with the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/fit.py" line="129"/>
        <source>The image cannot be made small enough for %1; scan or photograph the document again with less background or noise.</source>
        <translation>The image cannot be made small enough for %1; scan or photograph the document again with less background or noise.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/fit.py" line="221"/>
        <source>The image&apos;s shape (%1×%2 pixels) is outside what %3 accepts; crop it to the document and try again.</source>
        <translation>The image&apos;s shape (%1×%2 pixels) is outside what %3 accepts; crop it to the document and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/fit.py" line="278"/>
        <source>The image could not be prepared for upload; scan or photograph the document again.</source>
        <translation>The image could not be prepared for upload; scan or photograph the document again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="103"/>
        <source>The file is empty (0 bytes); choose another file or scan the document again.</source>
        <translation>The file is empty (0 bytes); choose another file or scan the document again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="113"/>
        <source>The image is only %1×%2 pixels, too small to contain a readable document; scan or photograph the document again.</source>
        <translation>The image is only %1×%2 pixels, too small to contain a readable document; scan or photograph the document again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="125"/>
        <location filename="../../desktop_app/imaging/intake.py" line="140"/>
        <source>This is a folder, not an image file; choose a file inside it.</source>
        <translation>This is a folder, not an image file; choose a file inside it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="128"/>
        <source>This is not a regular file; choose an image or PDF file.</source>
        <translation>This is not a regular file; choose an image or PDF file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="134"/>
        <source>The file was not found; check the name and the folder.</source>
        <translation>The file was not found; check the name and the folder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="137"/>
        <source>The file cannot be read (permission denied); copy it somewhere readable or ask an administrator.</source>
        <translation>The file cannot be read (permission denied); copy it somewhere readable or ask an administrator.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="144"/>
        <source>The file could not be read (%1); check the file and try again.</source>
        <translation>The file could not be read (%1); check the file and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="146"/>
        <source>The file could not be read (it could not be opened); check the file and try again.</source>
        <translation>The file could not be read (it could not be opened); check the file and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="174"/>
        <source>The image is too large to decode on this computer; use a smaller image.</source>
        <translation>The image is too large to decode on this computer; use a smaller image.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="178"/>
        <source>The image file is incomplete (truncated); copy it again or scan the document again.</source>
        <translation>The image file is incomplete (truncated); copy it again or scan the document again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="187"/>
        <source>The image has no pixels; choose another file or scan the document again.</source>
        <translation>The image has no pixels; choose another file or scan the document again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="250"/>
        <source>The PDF is password-protected; save an unprotected copy or scan the document instead.</source>
        <translation>The PDF is password-protected; save an unprotected copy or scan the document instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="252"/>
        <source>The PDF is damaged or unreadable; export it again or scan the document instead.</source>
        <translation>The PDF is damaged or unreadable; export it again or scan the document instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="256"/>
        <source>The PDF has no pages; choose another file.</source>
        <translation>The PDF has no pages; choose another file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="271"/>
        <source>The PDF&apos;s first page could not be rendered; export it again or scan the document instead.</source>
        <translation>The PDF&apos;s first page could not be rendered; export it again or scan the document instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="281"/>
        <source>The PDF&apos;s first page has no size; export it again or scan the document instead.</source>
        <translation>The PDF&apos;s first page has no size; export it again or scan the document instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="294"/>
        <location filename="../../desktop_app/capture/files.py" line="66"/>
        <location filename="../../desktop_app/capture/hotfolder.py" line="169"/>
        <source>The file is %1 MB, more than the %2 MB limit; scan or photograph the document at a lower resolution.</source>
        <translation>The file is %1 MB, more than the %2 MB limit; scan or photograph the document at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="301"/>
        <source>The image is too large (%1×%2 pixels), more than %3 megapixels; scan or photograph the document at a lower resolution.</source>
        <translation>The image is too large (%1×%2 pixels), more than %3 megapixels; scan or photograph the document at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="304"/>
        <source>The image is too large, more than %1 megapixels; scan or photograph the document at a lower resolution.</source>
        <translation>The image is too large, more than %1 megapixels; scan or photograph the document at a lower resolution.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="310"/>
        <source>The file looks like a %1 image but is damaged or unreadable; copy it again or scan the document again.</source>
        <translation>The file looks like a %1 image but is damaged or unreadable; copy it again or scan the document again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="316"/>
        <source>HEIC/AVIF photos are not supported; save the photo as JPEG and try again.</source>
        <translation>HEIC/AVIF photos are not supported; save the photo as JPEG and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="318"/>
        <source>The file is not an image this program can read; use a %1 file.</source>
        <translation>The file is not an image this program can read; use a %1 file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="16"/>
        <location filename="../../desktop_app/domain/checks.py" line="25"/>
        <source>document number</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="17"/>
        <location filename="../../desktop_app/domain/checks.py" line="27"/>
        <location filename="../../desktop_app/domain/sides.py" line="56"/>
        <source>date of birth</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="18"/>
        <location filename="../../desktop_app/domain/checks.py" line="28"/>
        <location filename="../../desktop_app/domain/sides.py" line="57"/>
        <source>date of expiry</source>
        <translation>date of expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="20"/>
        <source>composite</source>
        <translation>composite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="23"/>
        <source>document code</source>
        <translation>document code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="24"/>
        <source>issuing state</source>
        <translation>issuing state</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="26"/>
        <source>nationality</source>
        <translation>nationality</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="27"/>
        <location filename="../../desktop_app/domain/sides.py" line="58"/>
        <source>sex</source>
        <translation>sex</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="29"/>
        <source>optional data</source>
        <translation>optional data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="30"/>
        <source>optional data 2</source>
        <translation>optional data 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="32"/>
        <source>the document number&apos;s check digit</source>
        <translation>the document number&apos;s check digit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="33"/>
        <source>the date of birth&apos;s check digit</source>
        <translation>the date of birth&apos;s check digit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="34"/>
        <source>the date of expiry&apos;s check digit</source>
        <translation>the date of expiry&apos;s check digit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="35"/>
        <source>the personal number&apos;s check digit</source>
        <translation>the personal number&apos;s check digit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="36"/>
        <source>the composite check digit</source>
        <translation>the composite check digit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="38"/>
        <source>The MRZ lines do not match any ICAO 9303 layout, so their check digits could not be verified.</source>
        <translation>The MRZ lines do not match any ICAO 9303 layout, so their check digits could not be verified.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="40"/>
        <source>The vendor passed the MRZ but its check digits fail locally.</source>
        <translation>The vendor passed the MRZ but its check digits fail locally.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="42"/>
        <source>The vendor failed the MRZ but its check digits pass locally.</source>
        <translation>The vendor failed the MRZ but its check digits pass locally.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="53"/>
        <source>%1th</source>
        <translation>%1th</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="55"/>
        <source>%1st</source>
        <translation>%1st</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="57"/>
        <source>%1nd</source>
        <translation>%1nd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="58"/>
        <source>%1rd</source>
        <translation>%1rd</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="62"/>
        <source>a filler (&lt;)</source>
        <translation>a filler (&lt;)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="69"/>
        <source>Check the names: MRZ line %1 was read a character short or long, so a letter may be missing or extra; compare the names with the document.</source>
        <translation>Check the names: MRZ line %1 was read a character short or long, so a letter may be missing or extra; compare the names with the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="73"/>
        <source>Check the names and country codes: a second read of the MRZ did not give the same ones.</source>
        <translation>Check the names and country codes: a second read of the MRZ did not give the same ones.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="76"/>
        <source>Check the %1: %2 is not an ICAO country code.</source>
        <translation>Check the %1: %2 is not an ICAO country code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="77"/>
        <source>an empty field</source>
        <translation>an empty field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="79"/>
        <source>Check the %1: %2 is not a valid value there.</source>
        <translation>Check the %1: %2 is not a valid value there.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="80"/>
        <source>the field</source>
        <translation>the field</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="81"/>
        <source>%1, %2 character</source>
        <translation>%1, %2 character</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="83"/>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="85"/>
        <source>Check this character: %1 could be %2.</source>
        <translation>Check this character: %1 could be %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="86"/>
        <source>Check this character: %1 (%2) was not read with certainty.</source>
        <translation>Check this character: %1 (%2) was not read with certainty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="125"/>
        <source>MRZ check digits fail locally (%1): compare the fields with the document.</source>
        <translation>MRZ check digits fail locally (%1): compare the fields with the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/mrz.py" line="889"/>
        <source>Document code</source>
        <translation>Document code</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/mrz.py" line="891"/>
        <source>Issuing state</source>
        <translation>Issuing state</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/mrz.py" line="904"/>
        <source>Optional data</source>
        <translation>Optional data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/mrz.py" line="907"/>
        <source>Optional data 2</source>
        <translation>Optional data 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/notices.py" line="52"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="35"/>
        <source>No camera was found; connect a webcam, or scan the document or open an image file instead.</source>
        <translation>No camera was found; connect a webcam, or scan the document or open an image file instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="37"/>
        <source>The camera was disconnected; plug it in again or choose another camera.</source>
        <translation>The camera was disconnected; plug it in again or choose another camera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="38"/>
        <source>The camera could not be started (another program may be using it); close that program and try again.</source>
        <translation>The camera could not be started (another program may be using it); close that program and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="40"/>
        <source>The station is not allowed to use the camera; allow camera access in the system settings.</source>
        <translation>The station is not allowed to use the camera; allow camera access in the system settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="42"/>
        <source>The chosen camera is not connected; choose another camera.</source>
        <translation>The chosen camera is not connected; choose another camera.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="63"/>
        <source>The network scanner sent a description the station cannot use; check its firmware.</source>
        <translation>The network scanner sent a description the station cannot use; check its firmware.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="68"/>
        <source>The network scanner sent a description the station cannot read; check its firmware.</source>
        <translation>The network scanner sent a description the station cannot read; check its firmware.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="194"/>
        <source>The network scanner at %1 did not answer in time; check that it is switched on and try again.</source>
        <translation>The network scanner at %1 did not answer in time; check that it is switched on and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="200"/>
        <source>The network scanner at %1 could not be reached; check that it is switched on and on the same network.</source>
        <translation>The network scanner at %1 could not be reached; check that it is switched on and on the same network.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="207"/>
        <source>The network scanner at %1 refused to describe itself (HTTP %2); check its address in Settings.</source>
        <translation>The network scanner at %1 refused to describe itself (HTTP %2); check its address in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="226"/>
        <source>The chosen network scanner has no valid address; check it in Settings.</source>
        <translation>The chosen network scanner has no valid address; check it in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="238"/>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="186"/>
        <source>This scanner has no document feeder; put the document on the glass and scan from the flatbed.</source>
        <translation>This scanner has no document feeder; put the document on the glass and scan from the flatbed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="241"/>
        <source>This scanner has no glass; put the document in the feeder.</source>
        <translation>This scanner has no glass; put the document in the feeder.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="259"/>
        <source>The network scanner sent a page the station cannot read (%1); scan again.</source>
        <translation>The network scanner sent a page the station cannot read (%1); scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="268"/>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="65"/>
        <source>The feeder is empty; put the documents in the feeder and scan again.</source>
        <translation>The feeder is empty; put the documents in the feeder and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="271"/>
        <source>The scanner returned no page; check the document on the glass and scan again.</source>
        <translation>The scanner returned no page; check the document on the glass and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="280"/>
        <source>The network scanner is busy; wait until it has finished and scan again.</source>
        <translation>The network scanner is busy; wait until it has finished and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="283"/>
        <source>The network scanner did not accept these scan settings; choose another resolution or source.</source>
        <translation>The network scanner did not accept these scan settings; choose another resolution or source.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="286"/>
        <source>The network scanner refused the scan (HTTP %1); check it is ready and try again.</source>
        <translation>The network scanner refused the scan (HTTP %1); check it is ready and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="294"/>
        <source>The network scanner did not deliver the page in time; check it and scan again.</source>
        <translation>The network scanner did not deliver the page in time; check it and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="301"/>
        <source>The network scanner stopped the job (paper jam or empty feeder); check it and scan again.</source>
        <translation>The network scanner stopped the job (paper jam or empty feeder); check it and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="303"/>
        <source>The network scanner failed while sending a page (HTTP %1); scan again.</source>
        <translation>The network scanner failed while sending a page (HTTP %1); scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="345"/>
        <source>No network scanner is set up; add the scanner&apos;s address in Settings.</source>
        <translation>No network scanner is set up; add the scanner&apos;s address in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="32"/>
        <source>The file could not be read; check that it still exists and that you may open it.</source>
        <translation>The file could not be read; check that it still exists and that you may open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="93"/>
        <source>Only files on this computer can be dropped; save the picture first, then drop the file.</source>
        <translation>Only files on this computer can be dropped; save the picture first, then drop the file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="115"/>
        <source>The clipboard or drop holds no picture; copy an image or drop an image file.</source>
        <translation>The clipboard or drop holds no picture; copy an image or drop an image file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="218"/>
        <source>The file could not be decoded; open it in another program to check it.</source>
        <translation>The file could not be decoded; open it in another program to check it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/hotfolder.py" line="122"/>
        <source>The hot folder %1 cannot be read; check that it exists and that the station may open it.</source>
        <translation>The hot folder %1 cannot be read; check that it exists and that the station may open it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/hotfolder.py" line="193"/>
        <source>The file was read but could not be deleted from the hot folder; check the folder&apos;s permissions.</source>
        <translation>The file was read but could not be deleted from the hot folder; check the folder&apos;s permissions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/live.py" line="35"/>
        <source>The live quality hints stopped working; capture with the button instead, and report this if it happens again.</source>
        <translation>The live quality hints stopped working; capture with the button instead, and report this if it happens again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="42"/>
        <source>SANE scanner support is not installed; install the station&apos;s &apos;sane&apos; extra or use a network (eSCL) scanner.</source>
        <translation>SANE scanner support is not installed; install the station&apos;s &apos;sane&apos; extra or use a network (eSCL) scanner.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="60"/>
        <source>The scanner is busy (another program may be using it); wait or close that program and scan again.</source>
        <translation>The scanner is busy (another program may be using it); wait or close that program and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="63"/>
        <source>Paper is jammed in the scanner&apos;s feeder; clear it and scan again.</source>
        <translation>Paper is jammed in the scanner&apos;s feeder; clear it and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="67"/>
        <source>The scanner&apos;s cover is open; close it and scan again.</source>
        <translation>The scanner&apos;s cover is open; close it and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="69"/>
        <source>The station is not allowed to use the scanner; ask the administrator to check the scanner permissions.</source>
        <translation>The station is not allowed to use the scanner; ask the administrator to check the scanner permissions.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="72"/>
        <location filename="../../desktop_app/capture/scanner.py" line="43"/>
        <source>The scan was cancelled.</source>
        <translation>The scan was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="74"/>
        <source>The scanner did not accept these scan settings; choose another resolution or source.</source>
        <translation>The scanner did not accept these scan settings; choose another resolution or source.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="76"/>
        <source>The scanner reported an error (%1); check that it is connected and switched on, then scan again.</source>
        <translation>The scanner reported an error (%1); check that it is connected and switched on, then scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="78"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="125"/>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="148"/>
        <source>The chosen scanner is no longer available; choose Refresh and pick it again.</source>
        <translation>The chosen scanner is no longer available; choose Refresh and pick it again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="208"/>
        <source>The scanner sent an empty page; check the document and scan again.</source>
        <translation>The scanner sent an empty page; check the document and scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/scan_runner.py" line="21"/>
        <source>The scanner stopped with an unexpected error; switch it off and on, then scan again.</source>
        <translation>The scanner stopped with an unexpected error; switch it off and on, then scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/scanner.py" line="185"/>
        <source>No scanner was found; connect and switch on the scanner, then choose Refresh.</source>
        <translation>No scanner was found; connect and switch on the scanner, then choose Refresh.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/scanner_choice.py" line="49"/>
        <source>The network scanner&apos;s address is not an http(s) address; check it in Settings.</source>
        <translation>The network scanner&apos;s address is not an http(s) address; check it in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/scanner_choice.py" line="54"/>
        <source>Windows scanners (WIA) work only on Windows; choose another scanner in Settings.</source>
        <translation>Windows scanners (WIA) work only on Windows; choose another scanner in Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="73"/>
        <source>The scanner reported an error; check that it is connected and switched on, then scan again.</source>
        <translation>The scanner reported an error; check that it is connected and switched on, then scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="100"/>
        <source>Windows scanner support (pywin32) is not installed; reinstall the station or use a network (eSCL) scanner.</source>
        <translation>Windows scanner support (pywin32) is not installed; reinstall the station or use a network (eSCL) scanner.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="114"/>
        <source>The Windows scanner service (WIA) is not available; start the &apos;Windows Image Acquisition&apos; service and try again.</source>
        <translation>The Windows scanner service (WIA) is not available; start the &apos;Windows Image Acquisition&apos; service and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="189"/>
        <source>The scanner sent a page the station cannot read (%1); scan again.</source>
        <translation>The scanner sent a page the station cannot read (%1); scan again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/sides.py" line="64"/>
        <source>The front could not be read; the record holds what the back gave.</source>
        <translation>The front could not be read; the record holds what the back gave.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/sides.py" line="65"/>
        <source>The back could not be read; the record holds what the front gave.</source>
        <translation>The back could not be read; the record holds what the front gave.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/sides.py" line="71"/>
        <source>The front and the back give a different %1; the front&apos;s is shown: compare it with the document.</source>
        <translation>The front and the back give a different %1; the front&apos;s is shown: compare it with the document.</translation>
    </message>
</context>
<context>
    <name>PoliceExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="50"/>
        <location filename="../../desktop_app/ui/police_export.py" line="61"/>
        <location filename="../../desktop_app/ui/police_export.py" line="185"/>
        <source>Police file</source>
        <translation>Police file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="66"/>
        <source>File to write</source>
        <translation>File to write</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="67"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="68"/>
        <source>Choose the file to write</source>
        <translation>Choose the file to write</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="73"/>
        <source>File for</source>
        <translation>File for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="74"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="80"/>
        <source>Confirmed guests waiting for the police file</source>
        <translation>Confirmed guests waiting for the police file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="84"/>
        <source>Pick a guest to see and fill in the stay details.</source>
        <translation>Pick a guest to see and fill in the stay details.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="101"/>
        <source>&amp;Export the police file</source>
        <translation>&amp;Export the police file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="103"/>
        <source>Write the police file of these guests</source>
        <translation>Write the police file of these guests</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="105"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="138"/>
        <source>single guest</source>
        <translation>single guest</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="138"/>
        <source>head of family</source>
        <translation>head of family</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="139"/>
        <source>head of group</source>
        <translation>head of group</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="139"/>
        <source>member</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="141"/>
        <source>%1 — %2, %3 night(s) from %4</source>
        <translation>%1 — %2, %3 night(s) from %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="159"/>
        <source>No confirmed guest waits for a police file.</source>
        <translation>No confirmed guest waits for a police file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="198"/>
        <source>Nothing was written: the station&apos;s presets lack what this file needs.</source>
        <translation>Nothing was written: the station&apos;s presets lack what this file needs.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="201"/>
        <source>Nothing was written: fill in what is missing for the guests marked ⚠.</source>
        <translation>Nothing was written: fill in what is missing for the guests marked ⚠.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="205"/>
        <source>Choose the file to write.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="211"/>
        <source>Writing the police file…</source>
        <translation>Writing the police file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="219"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="222"/>
        <source>Police file written: %1 (%2 guest(s)); the station keeps nothing of them.</source>
        <translation>Police file written: %1 (%2 guest(s)); the station keeps nothing of them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="227"/>
        <source>The police file was not written: %1 Every guest is kept; press Export again.</source>
        <translation>The police file was not written: %1 Every guest is kept; press Export again.</translation>
    </message>
</context>
<context>
    <name>PoliceFileButton</name>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="238"/>
        <source>Write the police file of the confirmed guests</source>
        <translation>Write the police file of the confirmed guests</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="251"/>
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
        <location filename="../../desktop_app/ui/review_panel.py" line="113"/>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="115"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="116"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="852"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="872"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="887"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="895"/>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="121"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="850"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="874"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="890"/>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="123"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="892"/>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="125"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="139"/>
        <source>not performed</source>
        <translation>not performed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="127"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="140"/>
        <source>not provided by vendor</source>
        <translation>not provided by vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="128"/>
        <source>not available</source>
        <translation>not available</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="133"/>
        <source>no sign of forgery</source>
        <translation>no sign of forgery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="135"/>
        <source>forgery detected</source>
        <translation>forgery detected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="137"/>
        <source>forgery suspected</source>
        <translation>forgery suspected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="165"/>
        <source>black-and-white photocopy</source>
        <translation>black-and-white photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="166"/>
        <source>photocopy</source>
        <translation>photocopy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="167"/>
        <source>photo of a screen</source>
        <translation>photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="168"/>
        <source>tampered</source>
        <translation>tampered</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="169"/>
        <source>other reason</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="176"/>
        <source>no expiry date read</source>
        <translation>no expiry date read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="179"/>
        <source>EXPIRED on %1</source>
        <translation>EXPIRED on %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="181"/>
        <source>expires soon: %1 (within 6 months)</source>
        <translation>expires soon: %1 (within 6 months)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="182"/>
        <source>valid until %1</source>
        <translation>valid until %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="242"/>
        <source>not provided</source>
        <translation>not provided</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="260"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="283"/>
        <source>No scan selected.
Scan a document, or pick one from the list.</source>
        <translation>No scan selected.
Scan a document, or pick one from the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="294"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="437"/>
        <source>Reading the document…</source>
        <translation>Reading the document…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="299"/>
        <source>Reading in progress</source>
        <translation>Reading in progress</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="324"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="324"/>
        <source>Retry this scan</source>
        <translation>Retry this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="393"/>
        <source>Send to…</source>
        <translation>Send to…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="395"/>
        <source>Read with another profile</source>
        <translation>Read with another profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="329"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="146"/>
        <source>Exposure</source>
        <translation>Exposure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="147"/>
        <source>Framing</source>
        <translation>Framing</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="148"/>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="149"/>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="150"/>
        <source>Focus</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151"/>
        <source>Glare</source>
        <translation>Glare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="152"/>
        <source>Colour (not a photocopy)</source>
        <translation>Colour (not a photocopy)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="153"/>
        <source>Not a photo of a screen</source>
        <translation>Not a photo of a screen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="154"/>
        <source>Face photo</source>
        <translation>Face photo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="155"/>
        <source>Steadiness</source>
        <translation>Steadiness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="156"/>
        <source>Nothing covering the document</source>
        <translation>Nothing covering the document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="157"/>
        <source>Reflections</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="158"/>
        <source>Sharpness</source>
        <translation>Sharpness</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="188"/>
        <source>busy or rate-limited</source>
        <translation>busy or rate-limited</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="189"/>
        <source>out of credits</source>
        <translation>out of credits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="190"/>
        <source>network down</source>
        <translation>network down</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="191"/>
        <source>no answer in time</source>
        <translation>no answer in time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="192"/>
        <source>server error</source>
        <translation>server error</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="327"/>
        <source>Send &amp;anyway</source>
        <translation>Send &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="327"/>
        <source>Send the picture to the service anyway</source>
        <translation>Send the picture to the service anyway</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="329"/>
        <source>Discard this scan</source>
        <translation>Discard this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="330"/>
        <source>&amp;Save again</source>
        <translation>&amp;Save again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="330"/>
        <source>Try saving the record to the CSV file again</source>
        <translation>Try saving the record to the CSV file again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="332"/>
        <source>&amp;Copy record</source>
        <translation>&amp;Copy record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="332"/>
        <source>Copy the record to the clipboard</source>
        <translation>Copy the record to the clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="359"/>
        <source>Confirm  (Enter)</source>
        <translation>Confirm  (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="359"/>
        <source>Confirm and export this scan</source>
        <translation>Confirm and export this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="362"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="362"/>
        <source>Reject this scan and forget it</source>
        <translation>Reject this scan and forget it</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="364"/>
        <source>Re-read</source>
        <translation>Re-read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="364"/>
        <source>Read the same picture again</source>
        <translation>Read the same picture again</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="405"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="833"/>
        <source>Offline engine</source>
        <translation>Offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="435"/>
        <source>Opening the image…</source>
        <translation>Opening the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="436"/>
        <source>Reading the document again…</source>
        <translation>Reading the document again…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="461"/>
        <source>The picture was not sent</source>
        <translation>The picture was not sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="468"/>
        <source>The scan failed</source>
        <translation>The scan failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="476"/>
        <source>Confirmed, but NOT saved</source>
        <translation>Confirmed, but NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="478"/>
        <source>The record is kept in memory until it is saved; do not close the station.</source>
        <translation>The record is kept in memory until it is saved; do not close the station.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="483"/>
        <source>Confirmed and exported</source>
        <translation>Confirmed and exported</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="484"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="487"/>
        <source>The picture and the fields were removed from this computer&apos;s memory.</source>
        <translation>The picture and the fields were removed from this computer&apos;s memory.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="486"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="567"/>
        <source>offline engine</source>
        <translation>offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="569"/>
        <source>Read by %1</source>
        <translation>Read by %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="571"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="573"/>
        <source>request id %1</source>
        <translation>request id %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="581"/>
        <source>%1 did not read it (%2); %3 answered instead.</source>
        <translation>%1 did not read it (%2); %3 answered instead.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="585"/>
        <source>This document number was already scanned in this session.</source>
        <translation>This document number was already scanned in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="587"/>
        <source>Some key fields are missing; check them against the document.</source>
        <translation>Some key fields are missing; check them against the document.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="604"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="604"/>
        <source>check digits correct</source>
        <translation>check digits correct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="605"/>
        <source>check digit wrong</source>
        <translation>check digit wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="606"/>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="610"/>
        <source>Forgery</source>
        <translation>Forgery</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="615"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="630"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="630"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="631"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="648"/>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="677"/>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="765"/>
        <source>Other fields (read only)</source>
        <translation>Other fields (read only)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="778"/>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="795"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="803"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="805"/>
        <source>MRZ check digits</source>
        <translation>MRZ check digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="795"/>
        <source>all correct</source>
        <translation>all correct</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="802"/>
        <source>composite</source>
        <translation>composite</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="803"/>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="805"/>
        <source>no MRZ read</source>
        <translation>no MRZ read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="808"/>
        <source>Vendor&apos;s MRZ check</source>
        <translation>Vendor&apos;s MRZ check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="828"/>
        <source>Image quality: offline engine / this station</source>
        <translation>Image quality: offline engine / this station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="853"/>
        <source>only for camera pictures</source>
        <translation>only for camera pictures</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="866"/>
        <source>Image quality (checked by the offline engine)</source>
        <translation>Image quality (checked by the offline engine)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="907"/>
        <source>not done for this scan</source>
        <translation>not done for this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="909"/>
        <source>The offline re-read differs from the vendor on these fields:</source>
        <translation>The offline re-read differs from the vendor on these fields:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="607"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="810"/>
        <source>Expiry</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="704"/>
        <source>MRZ: %1</source>
        <translation>MRZ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="704"/>
        <source>as read: %1</source>
        <translation>as read: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="707"/>
        <source>%1 in the MRZ: %2</source>
        <translation>%1 in the MRZ: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="708"/>
        <source>%1 as read: %2</source>
        <translation>%1 as read: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="750"/>
        <source>edited</source>
        <translation>edited</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="813"/>
        <source>Vendor&apos;s overall verdict</source>
        <translation>Vendor&apos;s overall verdict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="816"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="818"/>
        <source>Forgery check</source>
        <translation>Forgery check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="818"/>
        <source>not performed by the offline engine</source>
        <translation>not performed by the offline engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="829"/>
        <source>Image quality: vendor / this station</source>
        <translation>Image quality: vendor / this station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="833"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="834"/>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="850"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="876"/>
        <source>problems</source>
        <translation>problems</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="854"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="877"/>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="894"/>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="899"/>
        <source>Second opinion (offline MRZ re-read)</source>
        <translation>Second opinion (offline MRZ re-read)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="905"/>
        <source>not needed: the offline engine read this scan</source>
        <translation>not needed: the offline engine read this scan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="911"/>
        <source>%1: vendor read “%2”, offline read “%3”</source>
        <translation>%1: vendor read “%2”, offline read “%3”</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="915"/>
        <source>The offline re-read agrees on: %1</source>
        <translation>The offline re-read agrees on: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="918"/>
        <source>Could not re-read offline: %1</source>
        <translation>Could not re-read offline: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="928"/>
        <source>no machine-readable zone (MRZ) was found in the picture, so nothing was compared</source>
        <translation>no machine-readable zone (MRZ) was found in the picture, so nothing was compared</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="929"/>
        <source>the MRZ read offline fails its check digits, so it is no evidence either way</source>
        <translation>the MRZ read offline fails its check digits, so it is no evidence either way</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="930"/>
        <source>the vendor&apos;s answer and the MRZ share no field to compare</source>
        <translation>the vendor&apos;s answer and the MRZ share no field to compare</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="931"/>
        <source>the offline engine failed on this picture</source>
        <translation>the offline engine failed on this picture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="932"/>
        <source>the offline engine is not installed</source>
        <translation>the offline engine is not installed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="940"/>
        <source>Raw answer (redacted)</source>
        <translation>Raw answer (redacted)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="944"/>
        <source>Show the service&apos;s raw answer</source>
        <translation>Show the service&apos;s raw answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="947"/>
        <source>Raw answer</source>
        <translation>Raw answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="951"/>
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
        <location filename="../../desktop_app/station/session.py" line="253"/>
        <source>The file %1 could not be read; check that it exists.</source>
        <translation>The file %1 could not be read; check that it exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="269"/>
        <source>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</source>
        <translation>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="336"/>
        <source>The scan could not be read because of an internal error; retry, and report it if it happens again.</source>
        <translation>The scan could not be read because of an internal error; retry, and report it if it happens again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="344"/>
        <source>The scan failed; retry.</source>
        <translation>The scan failed; retry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="353"/>
        <source>Scan %1: this document number was already scanned in this session.</source>
        <translation>Scan %1: this document number was already scanned in this session.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="485"/>
        <source>Nothing to confirm.</source>
        <translation>Nothing to confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="40"/>
        <source>Saving to the CSV file…</source>
        <translation>Saving to the CSV file…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="533"/>
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
        <location filename="../../desktop_app/station/session.py" line="545"/>
        <source>Nothing to save.</source>
        <translation>Nothing to save.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="534"/>
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
        <location filename="../../desktop_app/ui/session_list.py" line="24"/>
        <source>Not sent</source>
        <translation>Not sent</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="29"/>
        <source>Opening the image…</source>
        <translation>Opening the image…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="30"/>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="31"/>
        <source>Retrying…</source>
        <translation>Retrying…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="32"/>
        <source>Needs review</source>
        <translation>Needs review</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="33"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="34"/>
        <source>Confirmed, NOT saved</source>
        <translation>Confirmed, NOT saved</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="35"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="36"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="37"/>
        <source>Other side of a record</source>
        <translation>Other side of a record</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="74"/>
        <source>Scans in this session</source>
        <translation>Scans in this session</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="128"/>
        <source>duplicate number</source>
        <translation>duplicate number</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="132"/>
        <source>sides joined with scan %1</source>
        <translation>sides joined with scan %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="134"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="189"/>
        <source>This shift&apos;s scans appear here (kept in memory only).</source>
        <translation>This shift&apos;s scans appear here (kept in memory only).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="105"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="106"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="122"/>
        <source>Settings pages</source>
        <translation>Settings pages</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="124"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Profiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="125"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="126"/>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="127"/>
        <source>S&amp;tation</source>
        <translation>S&amp;tation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="144"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="146"/>
        <source>&amp;New profile</source>
        <translation>&amp;New profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="147"/>
        <source>Add a new profile</source>
        <translation>Add a new profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="156"/>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="158"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="180"/>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="164"/>
        <source>the vendor&apos;s default</source>
        <translation>the vendor&apos;s default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="165"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="181"/>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="167"/>
        <source>e.g. passport</source>
        <translation>e.g. passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="168"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="182"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="170"/>
        <source>TD: two letters (ES); AccuAuth: ecuador</source>
        <translation>TD: two letters (ES); AccuAuth: ecuador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="171"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="183"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="174"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="184"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="176"/>
        <source>other profiles, in order, e.g. backup, local</source>
        <translation>other profiles, in order, e.g. backup, local</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="177"/>
        <source>Fallback profiles, in order</source>
        <translation>Fallback profiles, in order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="178"/>
        <source>They read the scan when this profile is busy, down or out of credits.</source>
        <translation>They read the scan when this profile is busy, down or out of credits.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="179"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="185"/>
        <source>Fail over to</source>
        <translation>Fail over to</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="187"/>
        <source>Keys (stored only in the system keyring)</source>
        <translation>Keys (stored only in the system keyring)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="191"/>
        <source>Sa&amp;ve profile</source>
        <translation>Sa&amp;ve profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="194"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="196"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="197"/>
        <source>Remove the profile and its keys</source>
        <translation>Remove the profile and its keys</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="204"/>
        <source>Profile status</source>
        <translation>Profile status</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="301"/>
        <source>set: type to replace</source>
        <translation>set: type to replace</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="301"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="318"/>
        <source>Not saved: %1.</source>
        <translation>Not saved: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="335"/>
        <source>The profile was saved but its keys were not: %1</source>
        <translation>The profile was saved but its keys were not: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="340"/>
        <source>Profile %1 saved.</source>
        <translation>Profile %1 saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="357"/>
        <source>Profile %1 and its keys were removed.</source>
        <translation>Profile %1 and its keys were removed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="363"/>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="378"/>
        <source>The keys are set. This vendor has no free test call; the first scan will show whether they work.</source>
        <translation>The keys are set. This vendor has no free test call; the first scan will show whether they work.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="382"/>
        <source>Connected. Credits left: %1.</source>
        <translation>Connected. Credits left: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="477"/>
        <source>No scanner</source>
        <translation>No scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="483"/>
        <source>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</source>
        <translation>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="485"/>
        <source>&amp;Find scanners</source>
        <translation>&amp;Find scanners</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="486"/>
        <source>Find the scanners connected to this computer</source>
        <translation>Find the scanners connected to this computer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="293"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="383"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="59"/>
        <source>Confirmed at</source>
        <translation>Confirmed at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="59"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="60"/>
        <source>MRZ check digits</source>
        <translation>MRZ check digits</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="61"/>
        <source>Expiry check</source>
        <translation>Expiry check</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="62"/>
        <source>Forgery verdict</source>
        <translation>Forgery verdict</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="63"/>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="64"/>
        <source>Corrected fields</source>
        <translation>Corrected fields</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="130"/>
        <source>&amp;Registration</source>
        <translation>&amp;Registration</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="281"/>
        <source>checking…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="329"/>
        <source>Storing the keys of %1 in the system keyring…</source>
        <translation>Storing the keys of %1 in the system keyring…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="347"/>
        <source>Removing %1 and its keys…</source>
        <translation>Removing %1 and its keys…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="389"/>
        <source>The test failed unexpectedly; check the base URL and the network.</source>
        <translation>The test failed unexpectedly; check the base URL and the network.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="407"/>
        <source>Append every confirmed scan to a CSV file</source>
        <translation>Append every confirmed scan to a CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="410"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="434"/>
        <source>CSV file</source>
        <translation>CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="411"/>
        <source>choose a file</source>
        <translation>choose a file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="412"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="500"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="413"/>
        <source>Choose the CSV file</source>
        <translation>Choose the CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="417"/>
        <source>Clipboard format</source>
        <translation>Clipboard format</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="418"/>
        <source>Tab-separated row (spreadsheets)</source>
        <translation>Tab-separated row (spreadsheets)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="418"/>
        <source>JSON object</source>
        <translation>JSON object</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="419"/>
        <source>Do not copy</source>
        <translation>Do not copy</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="424"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="436"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="429"/>
        <source>Column “%1” in the CSV file</source>
        <translation>Column “%1” in the CSV file</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="435"/>
        <source>Clipboard</source>
        <translation>Clipboard</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="451"/>
        <source>CSV file for confirmed scans</source>
        <translation>CSV file for confirmed scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="452"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="463"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="506"/>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="464"/>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="465"/>
        <source>No camera</source>
        <translation>No camera</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="476"/>
        <source>Scanner device</source>
        <translation>Scanner device</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="491"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="492"/>
        <source> good frames</source>
        <translation> good frames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="494"/>
        <source>Auto-capture after this many good frames</source>
        <translation>Auto-capture after this many good frames</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="496"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="509"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="542"/>
        <source>Hot folder</source>
        <translation>Hot folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="497"/>
        <source>empty: off</source>
        <translation>empty: off</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="498"/>
        <source>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</source>
        <translation>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="501"/>
        <source>Choose the hot folder</source>
        <translation>Choose the hot folder</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="504"/>
        <source>Delete each file from the hot folder once it has been read</source>
        <translation>Delete each file from the hot folder once it has been read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="507"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="508"/>
        <source>Auto-capture</source>
        <translation>Auto-capture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="552"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="586"/>
        <source>Default profile</source>
        <translation>Default profile</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="556"/>
        <source>Default country for TD</source>
        <translation>Default country for TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="557"/>
        <source>Re-read the MRZ offline after a vendor answer</source>
        <translation>Re-read the MRZ offline after a vendor answer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="559"/>
        <source>Play a sound on success and failure</source>
        <translation>Play a sound on success and failure</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="564"/>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="565"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="567"/>
        <source>Clear the session after this many idle seconds</source>
        <translation>Clear the session after this many idle seconds</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="571"/>
        <source>never warn</source>
        <translation>never warn</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="573"/>
        <source>Warn when the vendor credits are at or below</source>
        <translation>Warn when the vendor credits are at or below</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="575"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="576"/>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="580"/>
        <source>Start in kiosk mode (full screen, PIN to leave)</source>
        <translation>Start in kiosk mode (full screen, PIN to leave)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="584"/>
        <source>New kiosk PIN</source>
        <translation>New kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="585"/>
        <source>PIN is set: type to change</source>
        <translation>PIN is set: type to change</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="585"/>
        <source>no PIN</source>
        <translation>no PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="587"/>
        <source>Default TD country</source>
        <translation>Default TD country</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="590"/>
        <source>Idle timeout</source>
        <translation>Idle timeout</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="591"/>
        <source>Low-credit warning at</source>
        <translation>Low-credit warning at</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="592"/>
        <source>Language (after restart)</source>
        <translation>Language (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="594"/>
        <source>Kiosk PIN</source>
        <translation>Kiosk PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="605"/>
        <source>Offline engine (no network)</source>
        <translation>Offline engine (no network)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="617"/>
        <source>Set by the administrator</source>
        <translation>Set by the administrator</translation>
    </message>
</context>
<context>
    <name>SidesBar</name>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="17"/>
        <source>front</source>
        <translation>front</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="17"/>
        <source>back</source>
        <translation>back</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="21"/>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="21"/>
        <source>partly read</source>
        <translation>partly read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="22"/>
        <source>not read</source>
        <translation>not read</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="27"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="27"/>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="28"/>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="29"/>
        <source>document picture</source>
        <translation>document picture</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="57"/>
        <source>Document sides</source>
        <translation>Document sides</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="58"/>
        <source>Not needed</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="59"/>
        <source>Do not scan the other side</source>
        <translation>Do not scan the other side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="60"/>
        <source>Unlink</source>
        <translation>Unlink</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="61"/>
        <source>Split this record into its two scans</source>
        <translation>Split this record into its two scans</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="63"/>
        <source>Link the other side…</source>
        <translation>Link the other side…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="64"/>
        <source>Join this scan with the scan of the document&apos;s other side</source>
        <translation>Join this scan with the scan of the document&apos;s other side</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="100"/>
        <source>Scan %1 (%2) is the front of a card: now scan or open its back, and both sides become one record.</source>
        <translation>Scan %1 (%2) is the front of a card: now scan or open its back, and both sides become one record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="103"/>
        <source>Scan %1 (%2) is the back of a card: now scan or open its front (for the portrait), and both sides become one record.</source>
        <translation>Scan %1 (%2) is the back of a card: now scan or open its front (for the portrait), and both sides become one record.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="111"/>
        <source>Two scans of one document (a card&apos;s front and back, a passport and its visa page)?</source>
        <translation>Two scans of one document (a card&apos;s front and back, a passport and its visa page)?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="127"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="129"/>
        <source>One record from two scans. %1.</source>
        <translation>One record from two scans. %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="133"/>
        <source>From the %1: %2.</source>
        <translation>From the %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="139"/>
        <source>Scan %1 (%2)</source>
        <translation>Scan %1 (%2)</translation>
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
        <location filename="../../desktop_app/ui/kiosk.py" line="29"/>
        <location filename="../../desktop_app/ui/kiosk.py" line="33"/>
        <source>Administrator PIN</source>
        <translation>Administrator PIN</translation>
    </message>
</context>
</TS>
