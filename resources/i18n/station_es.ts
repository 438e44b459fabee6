<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BatchBar</name>
    <message>
        <location filename="../../desktop_app/ui/batch_bar.py" line="31"/>
        <source>Files read in this batch</source>
        <translation>Archivos leídos en este lote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/batch_bar.py" line="38"/>
        <source>Cancel batch</source>
        <translation>Cancelar lote</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/batch_bar.py" line="39"/>
        <source>Stop reading the files of this batch; scans already read stay</source>
        <translation>Dejar de leer los archivos de este lote; los escaneos ya leídos se quedan</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/batch_bar.py" line="77"/>
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
</context>
<context>
    <name>CreditsLabel</name>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="68"/>
        <source>Vendor credits</source>
        <translation>Créditos del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="73"/>
        <source>%1: credits unknown</source>
        <translation>%1: créditos desconocidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="77"/>
        <source>%1: only %2 credits left</source>
        <translation>%1: solo quedan %2 créditos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="79"/>
        <source>Top up the account, or switch to another profile.</source>
        <translation>Recargue la cuenta o cambie a otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="82"/>
        <source>%1: %2 credits</source>
        <translation>%1: %2 créditos</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="112"/>
        <source>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</source>
        <translation>%1: escriba la fecha como AAAA-MM-DD, p. ej. 1990-04-11.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="117"/>
        <source>%1: use M, F or X.</source>
        <translation>%1: use M, F o X.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="122"/>
        <source>%1: use the three-letter code, e.g. ESP or USA.</source>
        <translation>%1: use el código de tres letras, p. ej. ESP o USA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="127"/>
        <source>%1: choose one of the listed types.</source>
        <translation>%1: elija uno de los tipos de la lista.</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="30"/>
        <source>Where confirmed scans are saved</source>
        <translation>Dónde se guardan los escaneos confirmados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="32"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="33"/>
        <source>Choose the CSV file for confirmed scans</source>
        <translation>Elegir el archivo CSV para los escaneos confirmados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="42"/>
        <source>Saving to: %1</source>
        <translation>Guardando en: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="46"/>
        <source>No CSV file: confirmed scans are only copied to the clipboard</source>
        <translation>Sin archivo CSV: los escaneos confirmados solo se copian al portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="54"/>
        <source>CSV file for confirmed scans</source>
        <translation>Archivo CSV para los escaneos confirmados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/station_status.py" line="56"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="67"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="68"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="69"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="70"/>
        <source>Given names</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="74"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="75"/>
        <source>Issuing country</source>
        <translation>País emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="76"/>
        <source>Date of issue</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="77"/>
        <source>Date of expiry</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="78"/>
        <source>Personal number</source>
        <translation>Número personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="79"/>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="80"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="81"/>
        <source>Place of issue</source>
        <translation>Lugar de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="82"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Marital status</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Profession</source>
        <translation>Profesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="91"/>
        <source>Education</source>
        <translation>Estudios</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="91"/>
        <source>Mother&apos;s name</source>
        <translation>Nombre de la madre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="92"/>
        <source>Father&apos;s name</source>
        <translation>Nombre del padre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="93"/>
        <source>Blood type</source>
        <translation>Grupo sanguíneo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="93"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="100"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="100"/>
        <source>National ID card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="101"/>
        <source>Driver&apos;s license</source>
        <translation>Permiso de conducir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="102"/>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="92"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="103"/>
        <source>Voter ID</source>
        <translation>Credencial de elector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="103"/>
        <source>Visa</source>
        <translation>Visado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="104"/>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="105"/>
        <source>Unknown document</source>
        <translation>Documento desconocido</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <location filename="../../desktop_app/station/failover.py" line="52"/>
        <source>no machine-readable zone (MRZ) found on the passport</source>
        <translation>no se encontró la zona de lectura mecánica (MRZ) del pasaporte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/failover.py" line="55"/>
        <source>the page is blank: there is nothing to read</source>
        <translation>la página está en blanco: no hay nada que leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/failover.py" line="59"/>
        <source>The picture was not sent to %1 (no credit spent): %2. Retake it, or send it anyway.</source>
        <translation>La imagen no se envió a %1 (no se gastó ningún crédito): %2. Vuelva a tomarla o envíela de todos modos.</translation>
    </message>
</context>
<context>
    <name>GuestBook</name>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="53"/>
        <source>%1: missing %2</source>
        <translation>%1: falta %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="76"/>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="77"/>
        <source>Scan %1 · %2</source>
        <translation>Lectura %1 · %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="266"/>
        <source>SES.Hospedajes needs the establishment code: set it in Settings, Registration.</source>
        <translation>SES.Hospedajes necesita el código del establecimiento: indíquelo en Configuración, Registro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="269"/>
        <source>SIBA needs the establishment&apos;s details: name a presets file with a &apos;siba&apos; object in Settings, Registration.</source>
        <translation>SIBA necesita los datos del establecimiento: indique un archivo de ajustes con un objeto &apos;siba&apos; en Configuración, Registro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="286"/>
        <source>The registration presets file cannot be read; check it in Settings, Registration.</source>
        <translation>No se puede leer el archivo de ajustes de registro; revíselo en Configuración, Registro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="301"/>
        <source>The &apos;siba&apos; object of the registration presets file does not describe a hotel unit.</source>
        <translation>El objeto &apos;siba&apos; del archivo de ajustes de registro no describe un establecimiento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="325"/>
        <source>The police file is being written; wait a moment.</source>
        <translation>Se está escribiendo el archivo para la policía; espere un momento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="327"/>
        <source>No confirmed guest waits for a police file.</source>
        <translation>Ningún huésped confirmado espera un archivo para la policía.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="333"/>
        <source>Nothing was written: %1 guest(s) lack what the file needs.</source>
        <translation>No se escribió nada: a %1 huésped(es) les falta lo que el archivo necesita.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="379"/>
        <source>The police file could not be built: %1</source>
        <translation>No se pudo generar el archivo para la policía: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="382"/>
        <source>No guest here needs this police file; nothing was written.</source>
        <translation>Ningún huésped necesita este archivo para la policía; no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="395"/>
        <source>The police file could not be written; check the folder and export again.</source>
        <translation>No se pudo escribir el archivo para la policía; revise la carpeta y vuelva a exportar.</translation>
    </message>
</context>
<context>
    <name>Hints</name>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="14"/>
        <source>Glare on the left: tilt the document slightly</source>
        <translation>Reflejo a la izquierda: incline un poco el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="15"/>
        <source>Glare on the right: tilt the document slightly</source>
        <translation>Reflejo a la derecha: incline un poco el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="16"/>
        <source>Glare on the top: tilt the document slightly</source>
        <translation>Reflejo arriba: incline un poco el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="17"/>
        <source>Glare on the bottom: tilt the document slightly</source>
        <translation>Reflejo abajo: incline un poco el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="18"/>
        <source>Glare on the centre: tilt the document slightly</source>
        <translation>Reflejo en el centro: incline un poco el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="20"/>
        <source>Glare: tilt the document slightly</source>
        <translation>Reflejo: incline un poco el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="31"/>
        <source>Move closer: MRZ %1 px high, %2 dpi (needs %3 px)</source>
        <translation>Acérquese: MRZ de %1 px, %2 ppp (mín. %3 px)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="50"/>
        <source>Too dark: add light</source>
        <translation>Demasiado oscuro: añada luz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="51"/>
        <source>Too bright: dim the light or move away from the lamp</source>
        <translation>Demasiado claro: baje la luz o aléjese de la lámpara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="52"/>
        <source>Whole document must be in view</source>
        <translation>El documento entero debe verse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="53"/>
        <source>Move closer</source>
        <translation>Acérquese</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="54"/>
        <source>Hold the document flat</source>
        <translation>Mantenga el documento plano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="55"/>
        <source>Blurry: hold still and let the camera focus</source>
        <translation>Borroso: no se mueva y deje enfocar a la cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="56"/>
        <source>This looks like a photocopy</source>
        <translation>Parece una fotocopia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="57"/>
        <source>This looks like a photo of a screen</source>
        <translation>Parece una foto de una pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="58"/>
        <source>Face photo not visible</source>
        <translation>No se ve la foto de la cara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="59"/>
        <source>Hold still</source>
        <translation>No se mueva</translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="98"/>
        <source>Document picture</source>
        <translation>Imagen del documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="107"/>
        <source>Place the document under the camera and press Space,
or drop, paste or open an image file.</source>
        <translation>Coloque el documento bajo la cámara y pulse Espacio,
o arrastre, pegue o abra un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="132"/>
        <source>All checks pass</source>
        <translation>Todas las comprobaciones son correctas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="168"/>
        <source>Good: hold still</source>
        <translation>Bien: no lo mueva</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="113"/>
        <source>ID Scan Station</source>
        <translation>Estación de lectura de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="131"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Motor:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134"/>
        <source>Engine profile</source>
        <translation>Perfil del motor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <source>Capture  (Space)</source>
        <translation>Capturar  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="139"/>
        <source>Capture the document</source>
        <translation>Capturar el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>&amp;Open files…</source>
        <translation>&amp;Abrir archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>Open document image files</source>
        <translation>Abrir archivos de imagen de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>Scan  (F5)</source>
        <translation>Escanear  (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>Scan a page with the scanner</source>
        <translation>Escanear una página con el escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Paste an image from the clipboard</source>
        <translation>Pegar una imagen del portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>C&amp;lear session</source>
        <translation>&amp;Vaciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>Forget every scan in this session</source>
        <translation>Olvidar todas las lecturas de esta sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>Open settings</source>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="191"/>
        <source>Enter the PIN to change the engine.</source>
        <translation>Introduzca el PIN para cambiar de motor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="194"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="207"/>
        <source>Enter the PIN to change the CSV file.</source>
        <translation>Introduzca el PIN para cambiar el archivo CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="280"/>
        <location filename="../../desktop_app/ui/main_window.py" line="312"/>
        <source>Offline engine (no network)</source>
        <translation>Motor sin conexión (sin red)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="348"/>
        <source>Enter the PIN to open files.</source>
        <translation>Introduzca el PIN para abrir archivos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="351"/>
        <source>Open document images</source>
        <translation>Abrir imágenes de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="352"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>Imágenes y PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="371"/>
        <source>No camera is running; ask the front desk.</source>
        <translation>No hay ninguna cámara en marcha; pregunte en recepción.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="383"/>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="397"/>
        <source>No scanner is set up; choose one in Settings, Capture.</source>
        <translation>No hay ningún escáner configurado; elija uno en Ajustes, Captura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="400"/>
        <source>Scanning…</source>
        <translation>Escaneando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="223"/>
        <source>%1 page(s) scanned.</source>
        <translation>%1 página(s) escaneada(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="359"/>
        <source>The clipboard holds no image and no image file; copy a picture or an image file first.</source>
        <translation>El portapapeles no contiene ninguna imagen ni archivo de imagen; copie antes una imagen o un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="463"/>
        <source>The record was copied to the clipboard.</source>
        <translation>El registro se copió al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="467"/>
        <source>Batch cancelled: %1 of %2 files read; the scans read stay.</source>
        <translation>Lote cancelado: %1 de %2 archivos leídos; los escaneos leídos se quedan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="470"/>
        <source>Batch done: %1 files read.</source>
        <translation>Lote terminado: %1 archivos leídos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="473"/>
        <source>Enter the PIN to clear the session.</source>
        <translation>Introduzca el PIN para vaciar la sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="476"/>
        <source>Clear session</source>
        <translation>Vaciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="477"/>
        <source>Forget every scan in this session? Records that are confirmed but not saved are kept.</source>
        <translation>¿Olvidar todas las lecturas de esta sesión? Se conservan los registros confirmados que no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="485"/>
        <source>Session cleared; %1 unsaved record(s) kept.</source>
        <translation>Sesión vaciada; se conservan %1 registro(s) sin guardar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="488"/>
        <source>Session cleared.</source>
        <translation>Sesión vaciada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="493"/>
        <source>The session was cleared after a period of inactivity.</source>
        <translation>La sesión se vació tras un periodo de inactividad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="510"/>
        <source>Scan %1</source>
        <translation>Lectura %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="513"/>
        <source>The picture of scan %1 could not be opened again: %2 was moved, deleted or changed. The fields read from it stay.</source>
        <translation>No se pudo volver a abrir la imagen de la lectura %1: %2 se movió, se borró o cambió. Los campos leídos se conservan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="545"/>
        <source>%1 reading</source>
        <translation>%1 leyendo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="547"/>
        <source>%1 to review</source>
        <translation>%1 por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="549"/>
        <source>%1 NOT saved</source>
        <translation>%1 SIN guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="561"/>
        <source>About ID Scan Station</source>
        <translation>Acerca de ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="562"/>
        <source>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and AccuAuth vendors.&lt;/p&gt;&lt;p&gt;Images and personal data stay in memory; keys stay in the system keyring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space: capture&lt;br&gt;Enter: confirm&lt;br&gt;Ctrl+O: open files&lt;br&gt;Ctrl+V: paste an image&lt;br&gt;Ctrl+R: retry&lt;br&gt;Delete (in the list): remove a scan&lt;br&gt;Ctrl+,: settings&lt;br&gt;Ctrl+Shift+Delete: clear session&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Motor MRZ sin conexión (RapidOCR, modelos PP-OCR) y los proveedores StructOCR, TrustDecision, Tencent Cloud y AccuAuth.&lt;/p&gt;&lt;p&gt;Las imágenes y los datos personales solo se guardan en memoria; las claves, en el llavero del sistema.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Teclas&lt;/b&gt;&lt;br&gt;Espacio: capturar&lt;br&gt;Intro: confirmar&lt;br&gt;Ctrl+O: abrir archivos&lt;br&gt;Ctrl+V: pegar una imagen&lt;br&gt;Ctrl+R: reintentar&lt;br&gt;Supr (en la lista): quitar una lectura&lt;br&gt;Ctrl+,: ajustes&lt;br&gt;Ctrl+Mayús+Supr: vaciar la sesión&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="572"/>
        <source>Enter the PIN to open Settings.</source>
        <translation>Introduzca el PIN para abrir los ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="344"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="604"/>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Introduzca el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="610"/>
        <source>Records not saved</source>
        <translation>Registros sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="611"/>
        <source>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</source>
        <translation>%1 registro(s) confirmado(s) aún no se han guardado y se perderán. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="49"/>
        <source>no usable system keyring was found; log in to a desktop session with GNOME Keyring or KWallet (Secret Service) running and try again</source>
        <translation>no se encontró ningún llavero del sistema utilizable; inicie una sesión de escritorio con GNOME Keyring o KWallet (Secret Service) en marcha e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="51"/>
        <source>the system keyring is locked; unlock it (log in again or open the keyring manager) and try again</source>
        <translation>el llavero del sistema está bloqueado; desbloquéelo (vuelva a iniciar sesión o abra el gestor del llavero) e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="53"/>
        <source>the system keyring did not answer within %1 s (it may be waiting to be unlocked, or its service is stuck); unlock it or log out and in again, then try again</source>
        <translation>el llavero del sistema no respondió en %1 s (puede estar esperando a que lo desbloqueen o su servicio se ha bloqueado); desbloquéelo o cierre e inicie sesión de nuevo, e inténtelo otra vez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="57"/>
        <source>the system keyring could not store the keys (%1); make sure the keyring service is running and unlocked, then try again</source>
        <translation>el llavero del sistema no pudo guardar las claves (%1); compruebe que el servicio del llavero está en marcha y desbloqueado e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="59"/>
        <source>the system keyring could not read the keys (%1); make sure the keyring service is running and unlocked, then try again</source>
        <translation>el llavero del sistema no pudo leer las claves (%1); compruebe que el servicio del llavero está en marcha y desbloqueado e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="61"/>
        <source>the system keyring could not delete the keys (%1); make sure the keyring service is running and unlocked, then try again</source>
        <translation>el llavero del sistema no pudo borrar las claves (%1); compruebe que el servicio del llavero está en marcha y desbloqueado e inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="226"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/credentials.py" line="227"/>
        <source>profile %1 has no %2 in the system keyring; run &apos;scanstation keys set %3&apos; and type %4 on its standard input</source>
        <translation>el perfil %1 no tiene %2 en el llavero del sistema; ejecute «scanstation keys set %3» y escriba %4 en su entrada estándar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="69"/>
        <source>%1 ends in an incomplete row written by another program, so nothing was added to it; remove that last row in a spreadsheet program or choose a new export file.</source>
        <translation>%1 termina en una fila incompleta escrita por otro programa, así que no se le ha añadido nada; borre esa última fila con una hoja de cálculo o elija un archivo de exportación nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="89"/>
        <source>The CSV file %1 is open in another program (for example Excel); close it there and export again, the rows were not saved.</source>
        <translation>El archivo CSV %1 está abierto en otro programa (por ejemplo Excel); ciérrelo allí y vuelva a exportar; las filas no se guardaron.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="108"/>
        <source>The disk is full, so the rows were not saved to %1; free some space or export to another drive.</source>
        <translation>El disco está lleno, así que las filas no se guardaron en %1; libere espacio o exporte a otra unidad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="112"/>
        <source>The export location for %1 is read-only; choose a folder you can write to and export again.</source>
        <translation>La ubicación de exportación de %1 es de solo lectura; elija una carpeta en la que pueda escribir y vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="116"/>
        <source>Permission denied writing %1; choose a folder you can write to, or ask an administrator, and export again.</source>
        <translation>Permiso denegado al escribir %1; elija una carpeta en la que pueda escribir, o consulte a un administrador, y vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="120"/>
        <source>The folder for %1 does not exist; choose an existing folder and export again.</source>
        <translation>La carpeta de %1 no existe; elija una carpeta existente y vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="123"/>
        <source>%1 is a folder, not a file; choose a file name for the export.</source>
        <translation>%1 es una carpeta, no un archivo; elija un nombre de archivo para la exportación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="126"/>
        <source>The export file %1 is in use by another program; close it there and export again.</source>
        <translation>Otro programa está usando el archivo de exportación %1; ciérrelo allí y vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="129"/>
        <source>The rows could not be saved to %1 (%2); check the file and export again.</source>
        <translation>No se pudieron guardar las filas en %1 (%2); revise el archivo y vuelva a exportar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export.py" line="159"/>
        <source>%1 already has different columns, so nothing was added to it; choose a new export file.</source>
        <translation>%1 ya tiene otras columnas, así que no se le ha añadido nada; elija un archivo de exportación nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="49"/>
        <source>TD profiles need a two-letter country code such as PH or EC, not %1</source>
        <translation>los perfiles de TD necesitan un código de país de dos letras como PH o EC, no %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="54"/>
        <source>%1 is not an ISO 3166 country code; use a two-letter code such as PH or EC</source>
        <translation>%1 no es un código de país ISO 3166; use un código de dos letras como PH o EC</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="60"/>
        <source>AccuAuth profiles take a country of %1, not %2</source>
        <translation>los perfiles de AccuAuth admiten uno de estos países: %1; no %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="69"/>
        <source>a profile name must be 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit</source>
        <translation>el nombre de un perfil debe tener de 1 a 64 letras, cifras, «.», «_» o «-», y empezar por una letra o una cifra</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="72"/>
        <source>%1 is reserved for the built-in offline engine; choose another name</source>
        <translation>%1 está reservado para el motor sin conexión integrado; elija otro nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="75"/>
        <source>unknown vendor %1; choose one of %2</source>
        <translation>proveedor desconocido: %1; elija uno de estos: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="85"/>
        <source>%1 is not a region name such as ap-singapore</source>
        <translation>%1 no es un nombre de región como ap-singapore</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="88"/>
        <source>timeouts must be positive numbers of seconds</source>
        <translation>los tiempos de espera deben ser números positivos de segundos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="90"/>
        <source>the rate limit must be a positive number of requests per second</source>
        <translation>el límite de frecuencia debe ser un número positivo de solicitudes por segundo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="95"/>
        <source>%1 is not a profile name; name the fallback profiles separated by commas</source>
        <translation>%1 no es un nombre de perfil; escriba los perfiles de respaldo separados por comas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="98"/>
        <source>a profile cannot be its own fallback; name other profiles</source>
        <translation>un perfil no puede ser su propio respaldo; indique otros perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/profiles.py" line="254"/>
        <source>the settings file %1 could not be written; check that the folder exists and is writable</source>
        <translation>no se pudo escribir el archivo de ajustes %1; compruebe que la carpeta existe y admite escritura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="53"/>
        <source>No ID card was found in the picture; retake it with the whole card in view.</source>
        <translation>No se encontró ninguna tarjeta de identidad en la foto; repítala con toda la tarjeta a la vista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="60"/>
        <source>The AccuAuth API id has expired; ask the administrator for a new one.</source>
        <translation>El id de API de AccuAuth ha caducado; pida uno nuevo al administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="66"/>
        <source>The AccuAuth address in this profile is wrong (the service answered &apos;not found&apos;); check the profile&apos;s country and base URL.</source>
        <translation>La dirección de AccuAuth de este perfil es incorrecta (el servicio respondió «no encontrado»); revise el país y la URL base del perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="74"/>
        <source>ID number</source>
        <translation>Número de identidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="75"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="76"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="77"/>
        <location filename="../../desktop_app/engines/structocr.py" line="55"/>
        <location filename="../../desktop_app/domain/mrz.py" line="894"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="78"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="79"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="80"/>
        <location filename="../../desktop_app/engines/accuauth.py" line="81"/>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="82"/>
        <source>Middle name</source>
        <translation>Segundo nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="83"/>
        <location filename="../../desktop_app/engines/structocr.py" line="51"/>
        <location filename="../../desktop_app/domain/mrz.py" line="896"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="84"/>
        <source>Birthday</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="85"/>
        <location filename="../../desktop_app/engines/structocr.py" line="59"/>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="86"/>
        <source>Gender</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="87"/>
        <source>Issue date</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="88"/>
        <location filename="../../desktop_app/engines/structocr.py" line="62"/>
        <source>Expiry date</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="89"/>
        <location filename="../../desktop_app/engines/structocr.py" line="65"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="172"/>
        <source>The profile %1 needs api_id and api_secret; set them with &apos;scanstation keys set %2&apos;.</source>
        <translation>El perfil %1 necesita api_id y api_secret; configúrelos con «scanstation keys set %2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="179"/>
        <source>Profile %1: AccuAuth has no host for %2; use one of %3.</source>
        <translation>Perfil %1: AccuAuth no tiene servidor para %2; use uno de estos: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="295"/>
        <source>The picture held %1 card sides (%2); their fields were merged.</source>
        <translation>La foto contenía %1 caras de la tarjeta (%2); sus campos se han combinado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/accuauth.py" line="352"/>
        <source>The vendor&apos;s face position could not be read, so no portrait was cropped.</source>
        <translation>No se pudo leer la posición de la cara que envió el proveedor, así que no se ha recortado el retrato.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="57"/>
        <location filename="../../desktop_app/domain/checks.py" line="31"/>
        <source>surname</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="57"/>
        <location filename="../../desktop_app/domain/checks.py" line="31"/>
        <source>given names</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="58"/>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="59"/>
        <source>place of birth</source>
        <translation>lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="60"/>
        <source>nationality raw</source>
        <translation>nacionalidad original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="61"/>
        <source>address</source>
        <translation>domicilio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="62"/>
        <source>sex raw</source>
        <translation>sexo original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="62"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="63"/>
        <location filename="../../desktop_app/domain/checks.py" line="19"/>
        <source>personal number</source>
        <translation>número personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="64"/>
        <source>issuing country raw</source>
        <translation>país emisor original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="65"/>
        <source>category raw</source>
        <translation>tipo original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="65"/>
        <source>name</source>
        <translation>nombre del documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="66"/>
        <source>issuing authority</source>
        <translation>autoridad emisora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="67"/>
        <source>place of issue</source>
        <translation>lugar de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="125"/>
        <source>%1 sent a %2 longer than %3 characters; it was cut to %3, check it against the document.</source>
        <translation>%1 envió un valor de «%2» de más de %3 caracteres; se ha recortado a %3, compárelo con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="128"/>
        <source>%1 sent a %2 of %3 characters, longer than any real one; it was left out, read it from the document.</source>
        <translation>%1 envió un valor de «%2» de %3 caracteres, más largo que cualquier valor real; se ha omitido, léalo en el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="145"/>
        <source>%1 field</source>
        <translation>campo %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="169"/>
        <source>%1 sent %2 fields; only the first %3 are shown.</source>
        <translation>%1 envió %2 campos; solo se muestran los %3 primeros.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="175"/>
        <source>%1 sent %2 other fields; only the first %3 are kept.</source>
        <translation>%1 envió %2 campos más; solo se conservan los %3 primeros.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="181"/>
        <source>%1 sent MRZ lines no document has; they were left out.</source>
        <translation>%1 envió líneas MRZ que ningún documento tiene; se han omitido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/answers.py" line="200"/>
        <source>%1 sent more problems than can be shown.</source>
        <translation>%1 envió más avisos de los que se pueden mostrar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="33"/>
        <source>the base URL %1 is not a valid URL</source>
        <translation>la URL base %1 no es una URL válida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="35"/>
        <source>the base URL %1 must start with https:// and name a host</source>
        <translation>la URL base %1 debe empezar por https:// e indicar un servidor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="38"/>
        <source>the base URL must not contain a user name or password; keys go in the keyring (&apos;scanstation keys set&apos;)</source>
        <translation>la URL base no debe contener usuario ni contraseña; las claves van en el llavero («scanstation keys set»)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="41"/>
        <source>the base URL must not contain a query string or fragment; keys go in the keyring</source>
        <translation>la URL base no debe contener parámetros de consulta ni fragmento; las claves van en el llavero</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/base_url.py" line="44"/>
        <source>the base URL %1 uses plain http; use https (http is only allowed to this computer, e.g. http://127.0.0.1:8080)</source>
        <translation>la URL base %1 usa http sin cifrar; use https (http solo se permite hacia este equipo, p. ej. http://127.0.0.1:8080)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="14"/>
        <source>The station sent a request the service did not accept; report this with the request id.</source>
        <translation>La estación envió una solicitud que el servicio no aceptó; informe de ello con el id de solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="16"/>
        <source>The service could not read this image; retake the picture with the whole document in view.</source>
        <translation>El servicio no pudo leer esta imagen; repita la foto con todo el documento a la vista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="18"/>
        <source>The service rejected the key; check the profile&apos;s keys in Settings.</source>
        <translation>El servicio rechazó la clave; revise las claves del perfil en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="19"/>
        <source>This computer&apos;s clock is wrong; correct the date and time and try again.</source>
        <translation>El reloj de este equipo no es correcto; corrija la fecha y la hora e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="21"/>
        <source>This product or country is not enabled for the account; ask the administrator.</source>
        <translation>Este producto o país no está habilitado para la cuenta; consulte al administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="23"/>
        <source>The account has no credits or quota left; top it up or switch to another profile.</source>
        <translation>La cuenta no tiene créditos ni cuota; recárguela o cambie a otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="25"/>
        <source>The service is receiving too many requests; wait a moment and retry.</source>
        <translation>El servicio recibe demasiadas solicitudes; espere un momento y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="27"/>
        <source>The service is having trouble; try again in a minute.</source>
        <translation>El servicio tiene problemas; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="28"/>
        <source>The service could not be reached; check the network connection and retry.</source>
        <translation>No se pudo contactar con el servicio; revise la conexión de red y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="30"/>
        <source>The service did not answer in time; retry (the call may have been billed).</source>
        <translation>El servicio no respondió a tiempo; reintente (la llamada puede haberse cobrado).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="32"/>
        <source>The service sent an answer the station does not understand; report this with the request id.</source>
        <translation>El servicio envió una respuesta que la estación no entiende; informe de ello con el id de solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="34"/>
        <source>The system keyring is locked or missing; unlock it (log in again) and retry.</source>
        <translation>El llavero del sistema está bloqueado o no existe; desbloquéelo (vuelva a iniciar sesión) y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="36"/>
        <source>The profile is not set up correctly; check it in Settings.</source>
        <translation>El perfil no está bien configurado; revíselo en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="38"/>
        <source>Profile %1: %2.</source>
        <translation>Perfil %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="84"/>
        <source>%1 (code %2, request id %3)</source>
        <translation>%1 (código %2, id de solicitud %3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="87"/>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/errors.py" line="89"/>
        <source>%1 (request id %2)</source>
        <translation>%1 (id de solicitud %2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/registry.py" line="26"/>
        <source>The profile %1 has no %2; set the keys with &apos;scanstation keys set %3&apos; or in Settings.</source>
        <translation>Al perfil %1 le falta %2; configure las claves con «scanstation keys set %3» o en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/registry.py" line="60"/>
        <source>Profile %1 names an unknown vendor %2.</source>
        <translation>El perfil %1 indica un proveedor desconocido: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="49"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="50"/>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="52"/>
        <source>Passport number</source>
        <translation>Número de pasaporte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="53"/>
        <location filename="../../desktop_app/domain/mrz.py" line="892"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="54"/>
        <location filename="../../desktop_app/domain/mrz.py" line="903"/>
        <source>Personal number</source>
        <translation>Número personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="56"/>
        <location filename="../../desktop_app/domain/mrz.py" line="895"/>
        <source>Given names</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="57"/>
        <location filename="../../desktop_app/domain/mrz.py" line="899"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="58"/>
        <location filename="../../desktop_app/domain/mrz.py" line="897"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="60"/>
        <source>Date of issue</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="61"/>
        <location filename="../../desktop_app/domain/mrz.py" line="900"/>
        <source>Date of expiry</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="63"/>
        <source>Place of issue</source>
        <translation>Lugar de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="64"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="79"/>
        <source>The StructOCR address in this profile is wrong (the service answered &apos;not found&apos;); check the profile&apos;s base URL.</source>
        <translation>La dirección de StructOCR de este perfil es incorrecta (el servicio respondió «no encontrado»); revise la URL base del perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="122"/>
        <source>Profile %1: StructOCR has no action %2; use passport, national-id or driver-license.</source>
        <translation>Perfil %1: StructOCR no tiene la acción %2; use passport, national-id o driver-license.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/structocr.py" line="179"/>
        <source>The profile %1 has no api_key; set it with &apos;scanstation keys set %2&apos;.</source>
        <translation>El perfil %1 no tiene api_key; configúrela con «scanstation keys set %2».</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="51"/>
        <source>The TD OCR product is not enabled for this partner account; ask the administrator to have TrustDecision enable it.</source>
        <translation>El producto OCR de TD no está habilitado para esta cuenta de socio; pida al administrador que TrustDecision lo habilite.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="53"/>
        <source>TrustDecision is blocking traffic from this account; wait at least 30 seconds before retrying, and contact TrustDecision if it continues.</source>
        <translation>TrustDecision está bloqueando el tráfico de esta cuenta; espere al menos 30 segundos antes de reintentar y contacte con TrustDecision si continúa.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="56"/>
        <source>The TD account has used up its purchased volume; top it up or switch to another profile.</source>
        <translation>La cuenta de TD ha agotado el volumen contratado; recárguela o cambie a otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="58"/>
        <source>The TD service contract has expired; ask the administrator to renew it.</source>
        <translation>El contrato del servicio TD ha vencido; pida al administrador que lo renueve.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="60"/>
        <source>The TD account reached its daily maximum volume; try again tomorrow or switch to another profile.</source>
        <translation>La cuenta de TD alcanzó su volumen máximo diario; inténtelo mañana o cambie a otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="62"/>
        <source>The profile&apos;s country is not enabled for this TD partner account; ask the administrator or change the country.</source>
        <translation>El país del perfil no está habilitado para esta cuenta de socio de TD; consulte al administrador o cambie el país.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="65"/>
        <source>TrustDecision had an internal error; try again in a minute.</source>
        <translation>TrustDecision tuvo un error interno; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="78"/>
        <source>TrustDecision rejected the partner code or key; check the profile&apos;s keys in Settings.</source>
        <translation>TrustDecision rechazó el código o la clave de socio; revise las claves del perfil en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="82"/>
        <source>TrustDecision did not accept the profile&apos;s country; set a two-letter country code in Settings.</source>
        <translation>TrustDecision no aceptó el país del perfil; indique un código de país de dos letras en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="90"/>
        <source>TrustDecision answered with an unknown code %1; report this with the request id.</source>
        <translation>TrustDecision respondió con un código desconocido (%1); informe de ello con el id de solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="260"/>
        <source>TD verification reported an error (%1); the data read is shown, check it against the document.</source>
        <translation>La verificación de TD indicó un error (%1); se muestran los datos leídos, compárelos con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="263"/>
        <source>TD verification reported an error; the data read is shown, check it against the document.</source>
        <translation>La verificación de TD indicó un error; se muestran los datos leídos, compárelos con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="266"/>
        <source>TD did not perform its verification checks.</source>
        <translation>TD no realizó sus comprobaciones de verificación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="370"/>
        <source>The TD profile needs a two-letter country code (for example GB); set it in Settings.</source>
        <translation>El perfil de TD necesita un código de país de dos letras (por ejemplo GB); indíquelo en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/td.py" line="402"/>
        <source>The TD profile has no partner code or key; set them with &apos;scanstation keys set&apos; or in Settings.</source>
        <translation>El perfil de TD no tiene código ni clave de socio; configúrelos con «scanstation keys set» o en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="70"/>
        <source>Tencent could not read a document in this image; retake the picture with the whole page in view.</source>
        <translation>Tencent no pudo leer ningún documento en esta imagen; repita la foto con toda la página a la vista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="72"/>
        <source>The Tencent Cloud account is in arrears or out of OCR resources; top it up or switch to another profile.</source>
        <translation>La cuenta de Tencent Cloud tiene pagos pendientes o no le quedan recursos de OCR; recárguela o cambie a otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="75"/>
        <source>The Tencent OCR service is not activated for this account or region; ask the administrator.</source>
        <translation>El servicio OCR de Tencent no está activado para esta cuenta o región; consulte al administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="77"/>
        <source>Tencent could not decode the image; retake the picture.</source>
        <translation>Tencent no pudo decodificar la imagen; repita la foto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="79"/>
        <source>The image is too large for Tencent; retake it at a lower resolution.</source>
        <translation>La imagen es demasiado grande para Tencent; repítala con menos resolución.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="102"/>
        <source>The picture is blurred; hold the document still and retake it.</source>
        <translation>La foto está borrosa; sujete el documento sin moverlo y repítala.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="104"/>
        <source>The document is too small in the picture; move it closer and retake it.</source>
        <translation>El documento se ve demasiado pequeño en la foto; acérquelo y repítala.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="107"/>
        <source>Tencent found no passport in the picture; put the passport&apos;s photo page in view and retake it.</source>
        <translation>Tencent no encontró ningún pasaporte en la foto; ponga a la vista la página de la foto del pasaporte y repítala.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="115"/>
        <source>There is more than one document in the picture; scan one document at a time.</source>
        <translation>Hay más de un documento en la foto; escanee los documentos de uno en uno.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="120"/>
        <source>The image size is outside what Tencent accepts; retake the picture.</source>
        <translation>El tamaño de la imagen está fuera de lo que Tencent acepta; repita la foto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="122"/>
        <source>The printed data and the MRZ disagree; retake the picture and check the document by hand.</source>
        <translation>Los datos impresos y la MRZ no coinciden; repita la foto y revise el documento a mano.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="124"/>
        <source>This is the wrong side of the document; turn it over and retake the picture.</source>
        <translation>Esta no es la cara correcta del documento; dele la vuelta y repita la foto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="126"/>
        <source>Tencent does not support this document with this profile; use another profile.</source>
        <translation>Tencent no admite este documento con este perfil; use otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="132"/>
        <source>Tencent does not support this document&apos;s language; use another profile.</source>
        <translation>Tencent no admite el idioma de este documento; use otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="137"/>
        <source>The profile&apos;s Tencent region does not offer this service; change the region in Settings.</source>
        <translation>La región de Tencent del perfil no ofrece este servicio; cambie la región en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="158"/>
        <source>Tencent Cloud rejected the SecretId or SecretKey; check the profile&apos;s keys in Settings.</source>
        <translation>Tencent Cloud rechazó el SecretId o la SecretKey; revise las claves del perfil en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="321"/>
        <source>Tencent returned a date of birth the station could not read.</source>
        <translation>Tencent devolvió una fecha de nacimiento que la estación no pudo leer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="322"/>
        <source>Tencent returned a date of expiry the station could not read.</source>
        <translation>Tencent devolvió una fecha de caducidad que la estación no pudo leer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="323"/>
        <source>Tencent returned a date of issue the station could not read.</source>
        <translation>Tencent devolvió una fecha de expedición que la estación no pudo leer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="426"/>
        <source>Tencent reports that the passport information is incomplete.</source>
        <translation>Tencent indica que los datos del pasaporte están incompletos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="468"/>
        <source>Full text</source>
        <translation>Texto completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="496"/>
        <source>The Tencent profile&apos;s action %1 is not supported; use %2 or %3.</source>
        <translation>La acción %1 del perfil de Tencent no se admite; use %2 o %3.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="518"/>
        <source>The Tencent profile&apos;s base URL has no host; fix it in Settings.</source>
        <translation>La URL base del perfil de Tencent no indica ningún servidor; corríjala en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="536"/>
        <source>The Tencent profile has no SecretId or SecretKey; set them with &apos;scanstation keys set&apos; or in Settings.</source>
        <translation>El perfil de Tencent no tiene SecretId ni SecretKey; configúrelos con «scanstation keys set» o en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/tencent.py" line="601"/>
        <source>This computer&apos;s clock is off by about %1 s; the station adjusted for it, but please correct the date and time.</source>
        <translation>El reloj de este equipo va desfasado unos %1 s; la estación lo ha compensado, pero corrija la fecha y la hora.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/transport.py" line="81"/>
        <source>The service&apos;s security certificate was not accepted (self-signed, expired or for another name); check the profile&apos;s base URL, or ask the administrator to fix the certificate.</source>
        <translation>No se aceptó el certificado de seguridad del servicio (autofirmado, caducado o de otro nombre); revise la URL base del perfil o pida al administrador que corrija el certificado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/transport.py" line="84"/>
        <source>A secure (TLS) connection to the service could not be set up; check that the profile&apos;s base URL is the service&apos;s https address.</source>
        <translation>No se pudo establecer una conexión segura (TLS) con el servicio; compruebe que la URL base del perfil sea la dirección https del servicio.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/transport.py" line="86"/>
        <source>The service redirected the request to another address (HTTP %1); check the profile&apos;s base URL in Settings (the station never follows a redirect with the keys).</source>
        <translation>El servicio redirigió la solicitud a otra dirección (HTTP %1); revise la URL base del perfil en Ajustes (la estación nunca sigue una redirección con las claves).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/transport.py" line="89"/>
        <source>The service sent an answer larger than %1 MB, far more than an ID answer; it was not read. Report this with the profile&apos;s name.</source>
        <translation>El servicio envió una respuesta de más de %1 MB, mucho más que la de un documento de identidad; no se ha leído. Informe de ello indicando el nombre del perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/upload.py" line="50"/>
        <source>The image is too large for %1 even after resizing; retake it.</source>
        <translation>La imagen es demasiado grande para %1 incluso tras reducirla; repítala.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="96"/>
        <source>portrait image</source>
        <translation>imagen del retrato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="97"/>
        <source>signature image</source>
        <translation>imagen de la firma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="98"/>
        <source>document image</source>
        <translation>imagen del documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="102"/>
        <source>The date of birth sent by the vendor could not be read; check it on the document.</source>
        <translation>No se pudo leer la fecha de nacimiento que envió el proveedor; compruébela en el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="104"/>
        <source>The date of issue sent by the vendor could not be read; check it on the document.</source>
        <translation>No se pudo leer la fecha de expedición que envió el proveedor; compruébela en el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="106"/>
        <source>The date of expiry sent by the vendor could not be read; check it on the document.</source>
        <translation>No se pudo leer la fecha de caducidad que envió el proveedor; compruébela en el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="117"/>
        <source>The %1 returned by %2 is larger than %3 MB; it was left out.</source>
        <translation>La %1 devuelta por %2 supera los %3 MB; se ha omitido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="121"/>
        <source>The %1 returned by %2 is larger than %3 megapixels; it was left out.</source>
        <translation>La %1 devuelta por %2 supera los %3 megapíxeles; se ha omitido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/vendor_values.py" line="125"/>
        <source>The %1 returned by %2 could not be decoded.</source>
        <translation>No se pudo decodificar la %1 devuelta por %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/engines/local/engine.py" line="40"/>
        <source>A character in the MRZ could be read two ways with valid check digits; compare the document number with the document.</source>
        <translation>Un carácter de la MRZ admite dos lecturas con dígitos de control válidos; compare el número de documento con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/fit.py" line="129"/>
        <source>The image cannot be made small enough for %1; scan or photograph the document again with less background or noise.</source>
        <translation>La imagen no se puede reducir lo suficiente para %1; vuelva a escanear o fotografiar el documento con menos fondo o ruido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/fit.py" line="221"/>
        <source>The image&apos;s shape (%1×%2 pixels) is outside what %3 accepts; crop it to the document and try again.</source>
        <translation>La forma de la imagen (%1×%2 píxeles) está fuera de lo que %3 acepta; recórtela al documento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/fit.py" line="278"/>
        <source>The image could not be prepared for upload; scan or photograph the document again.</source>
        <translation>No se pudo preparar la imagen para enviarla; vuelva a escanear o fotografiar el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="103"/>
        <source>The file is empty (0 bytes); choose another file or scan the document again.</source>
        <translation>El archivo está vacío (0 bytes); elija otro archivo o vuelva a escanear el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="113"/>
        <source>The image is only %1×%2 pixels, too small to contain a readable document; scan or photograph the document again.</source>
        <translation>La imagen solo tiene %1×%2 píxeles, demasiado pequeña para contener un documento legible; vuelva a escanear o fotografiar el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="125"/>
        <location filename="../../desktop_app/imaging/intake.py" line="140"/>
        <source>This is a folder, not an image file; choose a file inside it.</source>
        <translation>Esto es una carpeta, no un archivo de imagen; elija un archivo dentro de ella.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="128"/>
        <source>This is not a regular file; choose an image or PDF file.</source>
        <translation>Esto no es un archivo normal; elija un archivo de imagen o PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="134"/>
        <source>The file was not found; check the name and the folder.</source>
        <translation>No se encontró el archivo; revise el nombre y la carpeta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="137"/>
        <source>The file cannot be read (permission denied); copy it somewhere readable or ask an administrator.</source>
        <translation>No se puede leer el archivo (permiso denegado); cópielo a un lugar accesible o consulte a un administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="144"/>
        <source>The file could not be read (%1); check the file and try again.</source>
        <translation>No se pudo leer el archivo (%1); revise el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="146"/>
        <source>The file could not be read (it could not be opened); check the file and try again.</source>
        <translation>No se pudo leer el archivo (no se pudo abrir); revise el archivo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="174"/>
        <source>The image is too large to decode on this computer; use a smaller image.</source>
        <translation>La imagen es demasiado grande para decodificarla en este equipo; use una imagen más pequeña.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="178"/>
        <source>The image file is incomplete (truncated); copy it again or scan the document again.</source>
        <translation>El archivo de imagen está incompleto (truncado); cópielo de nuevo o vuelva a escanear el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="187"/>
        <source>The image has no pixels; choose another file or scan the document again.</source>
        <translation>La imagen no tiene píxeles; elija otro archivo o vuelva a escanear el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="250"/>
        <source>The PDF is password-protected; save an unprotected copy or scan the document instead.</source>
        <translation>El PDF está protegido con contraseña; guarde una copia sin protección o escanee el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="252"/>
        <source>The PDF is damaged or unreadable; export it again or scan the document instead.</source>
        <translation>El PDF está dañado o no se puede leer; expórtelo de nuevo o escanee el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="256"/>
        <source>The PDF has no pages; choose another file.</source>
        <translation>El PDF no tiene páginas; elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="271"/>
        <source>The PDF&apos;s first page could not be rendered; export it again or scan the document instead.</source>
        <translation>No se pudo representar la primera página del PDF; expórtelo de nuevo o escanee el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="281"/>
        <source>The PDF&apos;s first page has no size; export it again or scan the document instead.</source>
        <translation>La primera página del PDF no tiene tamaño; expórtelo de nuevo o escanee el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="294"/>
        <location filename="../../desktop_app/capture/files.py" line="66"/>
        <location filename="../../desktop_app/capture/hotfolder.py" line="169"/>
        <source>The file is %1 MB, more than the %2 MB limit; scan or photograph the document at a lower resolution.</source>
        <translation>El archivo ocupa %1 MB, más que el límite de %2 MB; escanee o fotografíe el documento con menos resolución.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="301"/>
        <source>The image is too large (%1×%2 pixels), more than %3 megapixels; scan or photograph the document at a lower resolution.</source>
        <translation>La imagen es demasiado grande (%1×%2 píxeles), más de %3 megapíxeles; escanee o fotografíe el documento con menos resolución.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="304"/>
        <source>The image is too large, more than %1 megapixels; scan or photograph the document at a lower resolution.</source>
        <translation>La imagen es demasiado grande, más de %1 megapíxeles; escanee o fotografíe el documento con menos resolución.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="310"/>
        <source>The file looks like a %1 image but is damaged or unreadable; copy it again or scan the document again.</source>
        <translation>El archivo parece una imagen %1, pero está dañado o no se puede leer; cópielo de nuevo o vuelva a escanear el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="316"/>
        <source>HEIC/AVIF photos are not supported; save the photo as JPEG and try again.</source>
        <translation>Las fotos HEIC/AVIF no se admiten; guarde la foto como JPEG e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/imaging/intake.py" line="318"/>
        <source>The file is not an image this program can read; use a %1 file.</source>
        <translation>El archivo no es una imagen que este programa pueda leer; use un archivo %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="16"/>
        <location filename="../../desktop_app/domain/checks.py" line="25"/>
        <source>document number</source>
        <translation>número de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="17"/>
        <location filename="../../desktop_app/domain/checks.py" line="27"/>
        <location filename="../../desktop_app/domain/sides.py" line="56"/>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="18"/>
        <location filename="../../desktop_app/domain/checks.py" line="28"/>
        <location filename="../../desktop_app/domain/sides.py" line="57"/>
        <source>date of expiry</source>
        <translation>fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="20"/>
        <source>composite</source>
        <translation>compuesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="23"/>
        <source>document code</source>
        <translation>código de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="24"/>
        <source>issuing state</source>
        <translation>estado emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="26"/>
        <source>nationality</source>
        <translation>nacionalidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="27"/>
        <location filename="../../desktop_app/domain/sides.py" line="58"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="29"/>
        <source>optional data</source>
        <translation>datos opcionales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="30"/>
        <source>optional data 2</source>
        <translation>datos opcionales 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="32"/>
        <source>the document number&apos;s check digit</source>
        <translation>dígito de control del número de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="33"/>
        <source>the date of birth&apos;s check digit</source>
        <translation>dígito de control de la fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="34"/>
        <source>the date of expiry&apos;s check digit</source>
        <translation>dígito de control de la fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="35"/>
        <source>the personal number&apos;s check digit</source>
        <translation>dígito de control del número personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="36"/>
        <source>the composite check digit</source>
        <translation>dígito de control compuesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="38"/>
        <source>The MRZ lines do not match any ICAO 9303 layout, so their check digits could not be verified.</source>
        <translation>Las líneas MRZ no siguen ningún formato OACI 9303, así que no se pudieron verificar sus dígitos de control.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="40"/>
        <source>The vendor passed the MRZ but its check digits fail locally.</source>
        <translation>El proveedor dio por buena la MRZ, pero sus dígitos de control fallan en la comprobación local.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="42"/>
        <source>The vendor failed the MRZ but its check digits pass locally.</source>
        <translation>El proveedor rechazó la MRZ, pero sus dígitos de control son correctos en la comprobación local.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="53"/>
        <source>%1th</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="55"/>
        <source>%1st</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="57"/>
        <source>%1nd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="58"/>
        <source>%1rd</source>
        <translation>%1.º</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="62"/>
        <source>a filler (&lt;)</source>
        <translation>un relleno (&lt;)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="69"/>
        <source>Check the names: MRZ line %1 was read a character short or long, so a letter may be missing or extra; compare the names with the document.</source>
        <translation>Compruebe los nombres: la línea %1 de la MRZ se leyó con un carácter de menos o de más, así que puede faltar o sobrar una letra; compare los nombres con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="73"/>
        <source>Check the names and country codes: a second read of the MRZ did not give the same ones.</source>
        <translation>Compruebe los nombres y los códigos de país: una segunda lectura de la MRZ no dio los mismos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="76"/>
        <source>Check the %1: %2 is not an ICAO country code.</source>
        <translation>Compruebe el campo «%1»: %2 no es un código de país OACI.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="77"/>
        <source>an empty field</source>
        <translation>un campo vacío</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="79"/>
        <source>Check the %1: %2 is not a valid value there.</source>
        <translation>Compruebe el campo «%1»: %2 no es un valor válido ahí.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="80"/>
        <source>the field</source>
        <translation>el campo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="81"/>
        <source>%1, %2 character</source>
        <translation>%1, carácter %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="83"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="85"/>
        <source>Check this character: %1 could be %2.</source>
        <translation>Compruebe este carácter: %1 podría ser %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="86"/>
        <source>Check this character: %1 (%2) was not read with certainty.</source>
        <translation>Compruebe este carácter: %1 (%2) no se leyó con seguridad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/checks.py" line="125"/>
        <source>MRZ check digits fail locally (%1): compare the fields with the document.</source>
        <translation>Los dígitos de control de la MRZ fallan en la comprobación local (%1): compare los campos con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/mrz.py" line="889"/>
        <source>Document code</source>
        <translation>Código de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/mrz.py" line="891"/>
        <source>Issuing state</source>
        <translation>Estado emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/mrz.py" line="904"/>
        <source>Optional data</source>
        <translation>Datos opcionales</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/mrz.py" line="907"/>
        <source>Optional data 2</source>
        <translation>Datos opcionales 2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/notices.py" line="52"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="35"/>
        <source>No camera was found; connect a webcam, or scan the document or open an image file instead.</source>
        <translation>No se encontró ninguna cámara; conecte una webcam, o escanee el documento o abra un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="37"/>
        <source>The camera was disconnected; plug it in again or choose another camera.</source>
        <translation>La cámara se desconectó; vuelva a conectarla o elija otra cámara.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="38"/>
        <source>The camera could not be started (another program may be using it); close that program and try again.</source>
        <translation>No se pudo iniciar la cámara (puede que otro programa la esté usando); cierre ese programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="40"/>
        <source>The station is not allowed to use the camera; allow camera access in the system settings.</source>
        <translation>La estación no tiene permiso para usar la cámara; permita el acceso a la cámara en la configuración del sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/camera.py" line="42"/>
        <source>The chosen camera is not connected; choose another camera.</source>
        <translation>La cámara elegida no está conectada; elija otra cámara.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="63"/>
        <source>The network scanner sent a description the station cannot use; check its firmware.</source>
        <translation>El escáner de red envió una descripción que la estación no puede usar; revise su firmware.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="68"/>
        <source>The network scanner sent a description the station cannot read; check its firmware.</source>
        <translation>El escáner de red envió una descripción que la estación no puede leer; revise su firmware.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="194"/>
        <source>The network scanner at %1 did not answer in time; check that it is switched on and try again.</source>
        <translation>El escáner de red en %1 no respondió a tiempo; compruebe que está encendido e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="200"/>
        <source>The network scanner at %1 could not be reached; check that it is switched on and on the same network.</source>
        <translation>No se pudo contactar con el escáner de red en %1; compruebe que está encendido y en la misma red.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="207"/>
        <source>The network scanner at %1 refused to describe itself (HTTP %2); check its address in Settings.</source>
        <translation>El escáner de red en %1 se negó a describirse (HTTP %2); revise su dirección en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="226"/>
        <source>The chosen network scanner has no valid address; check it in Settings.</source>
        <translation>El escáner de red elegido no tiene una dirección válida; revísela en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="238"/>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="186"/>
        <source>This scanner has no document feeder; put the document on the glass and scan from the flatbed.</source>
        <translation>Este escáner no tiene alimentador de documentos; ponga el documento sobre el cristal y escanee desde la superficie plana.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="241"/>
        <source>This scanner has no glass; put the document in the feeder.</source>
        <translation>Este escáner no tiene cristal; ponga el documento en el alimentador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="259"/>
        <source>The network scanner sent a page the station cannot read (%1); scan again.</source>
        <translation>El escáner de red envió una página que la estación no puede leer (%1); vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="268"/>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="65"/>
        <source>The feeder is empty; put the documents in the feeder and scan again.</source>
        <translation>El alimentador está vacío; ponga los documentos en el alimentador y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="271"/>
        <source>The scanner returned no page; check the document on the glass and scan again.</source>
        <translation>El escáner no devolvió ninguna página; revise el documento sobre el cristal y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="280"/>
        <source>The network scanner is busy; wait until it has finished and scan again.</source>
        <translation>El escáner de red está ocupado; espere a que termine y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="283"/>
        <source>The network scanner did not accept these scan settings; choose another resolution or source.</source>
        <translation>El escáner de red no aceptó estos ajustes de escaneo; elija otra resolución u origen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="286"/>
        <source>The network scanner refused the scan (HTTP %1); check it is ready and try again.</source>
        <translation>El escáner de red rechazó el escaneo (HTTP %1); compruebe que está listo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="294"/>
        <source>The network scanner did not deliver the page in time; check it and scan again.</source>
        <translation>El escáner de red no entregó la página a tiempo; revíselo y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="301"/>
        <source>The network scanner stopped the job (paper jam or empty feeder); check it and scan again.</source>
        <translation>El escáner de red detuvo el trabajo (atasco de papel o alimentador vacío); revíselo y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="303"/>
        <source>The network scanner failed while sending a page (HTTP %1); scan again.</source>
        <translation>El escáner de red falló al enviar una página (HTTP %1); vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/escl.py" line="345"/>
        <source>No network scanner is set up; add the scanner&apos;s address in Settings.</source>
        <translation>No hay ningún escáner de red configurado; añada la dirección del escáner en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="32"/>
        <source>The file could not be read; check that it still exists and that you may open it.</source>
        <translation>No se pudo leer el archivo; compruebe que sigue existiendo y que tiene permiso para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="93"/>
        <source>Only files on this computer can be dropped; save the picture first, then drop the file.</source>
        <translation>Solo se pueden soltar archivos de este equipo; guarde antes la imagen y luego suelte el archivo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="115"/>
        <source>The clipboard or drop holds no picture; copy an image or drop an image file.</source>
        <translation>El portapapeles o lo soltado no contiene ninguna imagen; copie una imagen o suelte un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/files.py" line="218"/>
        <source>The file could not be decoded; open it in another program to check it.</source>
        <translation>No se pudo decodificar el archivo; ábralo con otro programa para comprobarlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/hotfolder.py" line="122"/>
        <source>The hot folder %1 cannot be read; check that it exists and that the station may open it.</source>
        <translation>No se puede leer la carpeta vigilada %1; compruebe que existe y que la estación puede abrirla.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/hotfolder.py" line="193"/>
        <source>The file was read but could not be deleted from the hot folder; check the folder&apos;s permissions.</source>
        <translation>El archivo se leyó, pero no se pudo borrar de la carpeta vigilada; revise los permisos de la carpeta.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/live.py" line="35"/>
        <source>The live quality hints stopped working; capture with the button instead, and report this if it happens again.</source>
        <translation>Los avisos de calidad en directo dejaron de funcionar; capture con el botón y, si vuelve a ocurrir, informe de ello.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="42"/>
        <source>SANE scanner support is not installed; install the station&apos;s &apos;sane&apos; extra or use a network (eSCL) scanner.</source>
        <translation>El soporte de escáneres SANE no está instalado; instale el complemento «sane» de la estación o use un escáner de red (eSCL).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="60"/>
        <source>The scanner is busy (another program may be using it); wait or close that program and scan again.</source>
        <translation>El escáner está ocupado (puede que otro programa lo esté usando); espere o cierre ese programa y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="63"/>
        <source>Paper is jammed in the scanner&apos;s feeder; clear it and scan again.</source>
        <translation>Hay papel atascado en el alimentador del escáner; retírelo y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="67"/>
        <source>The scanner&apos;s cover is open; close it and scan again.</source>
        <translation>La tapa del escáner está abierta; ciérrela y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="69"/>
        <source>The station is not allowed to use the scanner; ask the administrator to check the scanner permissions.</source>
        <translation>La estación no tiene permiso para usar el escáner; pida al administrador que revise los permisos del escáner.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="72"/>
        <location filename="../../desktop_app/capture/scanner.py" line="43"/>
        <source>The scan was cancelled.</source>
        <translation>Se canceló el escaneo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="74"/>
        <source>The scanner did not accept these scan settings; choose another resolution or source.</source>
        <translation>El escáner no aceptó estos ajustes de escaneo; elija otra resolución u origen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="76"/>
        <source>The scanner reported an error (%1); check that it is connected and switched on, then scan again.</source>
        <translation>El escáner indicó un error (%1); compruebe que está conectado y encendido y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="78"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="125"/>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="148"/>
        <source>The chosen scanner is no longer available; choose Refresh and pick it again.</source>
        <translation>El escáner elegido ya no está disponible; pulse «Buscar escáneres» en Ajustes y vuelva a elegirlo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/sane_scanner.py" line="208"/>
        <source>The scanner sent an empty page; check the document and scan again.</source>
        <translation>El escáner envió una página vacía; revise el documento y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/scan_runner.py" line="21"/>
        <source>The scanner stopped with an unexpected error; switch it off and on, then scan again.</source>
        <translation>El escáner se detuvo por un error inesperado; apáguelo y enciéndalo y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/scanner.py" line="185"/>
        <source>No scanner was found; connect and switch on the scanner, then choose Refresh.</source>
        <translation>No se encontró ningún escáner; conecte y encienda el escáner y pulse «Buscar escáneres» en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/scanner_choice.py" line="49"/>
        <source>The network scanner&apos;s address is not an http(s) address; check it in Settings.</source>
        <translation>La dirección del escáner de red no es una dirección http(s); revísela en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/scanner_choice.py" line="54"/>
        <source>Windows scanners (WIA) work only on Windows; choose another scanner in Settings.</source>
        <translation>Los escáneres de Windows (WIA) solo funcionan en Windows; elija otro escáner en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="73"/>
        <source>The scanner reported an error; check that it is connected and switched on, then scan again.</source>
        <translation>El escáner indicó un error; compruebe que está conectado y encendido y vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="100"/>
        <source>Windows scanner support (pywin32) is not installed; reinstall the station or use a network (eSCL) scanner.</source>
        <translation>El soporte de escáneres de Windows (pywin32) no está instalado; reinstale la estación o use un escáner de red (eSCL).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="114"/>
        <source>The Windows scanner service (WIA) is not available; start the &apos;Windows Image Acquisition&apos; service and try again.</source>
        <translation>El servicio de escáneres de Windows (WIA) no está disponible; inicie el servicio «Adquisición de imágenes de Windows» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/capture/wia_scanner.py" line="189"/>
        <source>The scanner sent a page the station cannot read (%1); scan again.</source>
        <translation>El escáner envió una página que la estación no puede leer (%1); vuelva a escanear.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/sides.py" line="64"/>
        <source>The front could not be read; the record holds what the back gave.</source>
        <translation>No se pudo leer el anverso; el registro contiene lo que dio el reverso.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/sides.py" line="65"/>
        <source>The back could not be read; the record holds what the front gave.</source>
        <translation>No se pudo leer el reverso; el registro contiene lo que dio el anverso.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/domain/sides.py" line="71"/>
        <source>The front and the back give a different %1; the front&apos;s is shown: compare it with the document.</source>
        <translation>El anverso y el reverso no coinciden (%1); se muestra el valor del anverso: compárelo con el documento.</translation>
    </message>
</context>
<context>
    <name>PoliceExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="50"/>
        <location filename="../../desktop_app/ui/police_export.py" line="61"/>
        <location filename="../../desktop_app/ui/police_export.py" line="185"/>
        <source>Police file</source>
        <translation>Archivo para la policía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="66"/>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="67"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="68"/>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que se escribirá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="73"/>
        <source>File for</source>
        <translation>Archivo para</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="74"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="80"/>
        <source>Confirmed guests waiting for the police file</source>
        <translation>Huéspedes confirmados que esperan el archivo para la policía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="84"/>
        <source>Pick a guest to see and fill in the stay details.</source>
        <translation>Elija un huésped para ver y completar los datos de la estancia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="101"/>
        <source>&amp;Export the police file</source>
        <translation>&amp;Exportar el archivo para la policía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="103"/>
        <source>Write the police file of these guests</source>
        <translation>Escribir el archivo para la policía de estos huéspedes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="105"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="138"/>
        <source>single guest</source>
        <translation>huésped individual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="138"/>
        <source>head of family</source>
        <translation>cabeza de familia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="139"/>
        <source>head of group</source>
        <translation>responsable del grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="139"/>
        <source>member</source>
        <translation>acompañante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="141"/>
        <source>%1 — %2, %3 night(s) from %4</source>
        <translation>%1 — %2, %3 noche(s) desde el %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="159"/>
        <source>No confirmed guest waits for a police file.</source>
        <translation>Ningún huésped confirmado espera un archivo para la policía.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="198"/>
        <source>Nothing was written: the station&apos;s presets lack what this file needs.</source>
        <translation>No se escribió nada: a los ajustes del puesto les falta lo que este archivo necesita.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="201"/>
        <source>Nothing was written: fill in what is missing for the guests marked ⚠.</source>
        <translation>No se escribió nada: complete lo que falta a los huéspedes marcados con ⚠.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="205"/>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="211"/>
        <source>Writing the police file…</source>
        <translation>Escribiendo el archivo para la policía…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="219"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="222"/>
        <source>Police file written: %1 (%2 guest(s)); the station keeps nothing of them.</source>
        <translation>Archivo para la policía escrito: %1 (%2 huésped(es)); el puesto no guarda nada de ellos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="227"/>
        <source>The police file was not written: %1 Every guest is kept; press Export again.</source>
        <translation>No se escribió el archivo para la policía: %1 Se conservan todos los huéspedes; pulse Exportar de nuevo.</translation>
    </message>
</context>
<context>
    <name>PoliceFileButton</name>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="238"/>
        <source>Write the police file of the confirmed guests</source>
        <translation>Escribir el archivo para la policía de los huéspedes confirmados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="251"/>
        <source>Police &amp;file (%1)…</source>
        <translation>Archivo para la &amp;policía (%1)…</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="33"/>
        <location filename="../../desktop_app/ui/registration_settings.py" line="57"/>
        <source>Police file</source>
        <translation>Archivo para la policía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="35"/>
        <source>None (no stay details)</source>
        <translation>Ninguno (sin datos de estancia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="40"/>
        <location filename="../../desktop_app/ui/registration_settings.py" line="58"/>
        <source>Default nights</source>
        <translation>Noches por defecto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="42"/>
        <source>Folder for police files</source>
        <translation>Carpeta para los archivos de la policía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="43"/>
        <source>the home folder</source>
        <translation>la carpeta personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="45"/>
        <source>SES.Hospedajes establishment code</source>
        <translation>Código de establecimiento de SES.Hospedajes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="47"/>
        <source>Alloggiati Web apartment id</source>
        <translation>Identificador de apartamento de Alloggiati Web</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="48"/>
        <source>short lets only</source>
        <translation>solo alquileres de corta duración</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="51"/>
        <source>Registration presets file</source>
        <translation>Archivo de ajustes de registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="52"/>
        <source>JSON, as scanstation register --property</source>
        <translation>JSON, como scanstation register --property</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="53"/>
        <source>Stay details stay in memory with the session&apos;s records until the police file is exported; the station keeps nothing afterwards.</source>
        <translation>Los datos de estancia se quedan en memoria con los registros de la sesión hasta que se exporta el archivo para la policía; después el puesto no guarda nada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="59"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="60"/>
        <source>SES establishment code</source>
        <translation>Código de establecimiento SES</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="61"/>
        <source>Alloggiati apartment id</source>
        <translation>Apartamento de Alloggiati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="62"/>
        <source>Presets file</source>
        <translation>Archivo de ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="73"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/registration_settings.py" line="81"/>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="113"/>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="115"/>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="116"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="852"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="872"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="887"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="895"/>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="121"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="850"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="874"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="890"/>
        <source>pass</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="123"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="892"/>
        <source>fail</source>
        <translation>fallo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="125"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="139"/>
        <source>not performed</source>
        <translation>no realizado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="127"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="140"/>
        <source>not provided by vendor</source>
        <translation>no facilitado por el proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="128"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="133"/>
        <source>no sign of forgery</source>
        <translation>sin indicios de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="135"/>
        <source>forgery detected</source>
        <translation>falsificación detectada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="137"/>
        <source>forgery suspected</source>
        <translation>sospecha de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="165"/>
        <source>black-and-white photocopy</source>
        <translation>fotocopia en blanco y negro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="166"/>
        <source>photocopy</source>
        <translation>fotocopia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="167"/>
        <source>photo of a screen</source>
        <translation>foto de una pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="168"/>
        <source>tampered</source>
        <translation>manipulado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="169"/>
        <source>other reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="176"/>
        <source>no expiry date read</source>
        <translation>no se leyó la fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="179"/>
        <source>EXPIRED on %1</source>
        <translation>CADUCADO el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="181"/>
        <source>expires soon: %1 (within 6 months)</source>
        <translation>caduca pronto: %1 (en menos de 6 meses)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="182"/>
        <source>valid until %1</source>
        <translation>válido hasta el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="242"/>
        <source>not provided</source>
        <translation>no facilitado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="260"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="283"/>
        <source>No scan selected.
Scan a document, or pick one from the list.</source>
        <translation>Ninguna lectura seleccionada.
Lea un documento o elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="294"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="437"/>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="299"/>
        <source>Reading in progress</source>
        <translation>Lectura en curso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="324"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="324"/>
        <source>Retry this scan</source>
        <translation>Reintentar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="393"/>
        <source>Send to…</source>
        <translation>Enviar a…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="395"/>
        <source>Read with another profile</source>
        <translation>Leer con otro perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="329"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="146"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="147"/>
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="148"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="149"/>
        <source>Perspective</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="150"/>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151"/>
        <source>Glare</source>
        <translation>Reflejos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="152"/>
        <source>Colour (not a photocopy)</source>
        <translation>Color (no es una fotocopia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="153"/>
        <source>Not a photo of a screen</source>
        <translation>No es una foto de una pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="154"/>
        <source>Face photo</source>
        <translation>Foto del titular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="155"/>
        <source>Steadiness</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="156"/>
        <source>Nothing covering the document</source>
        <translation>Nada tapa el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="157"/>
        <source>Reflections</source>
        <translation>Reflejos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="158"/>
        <source>Sharpness</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="188"/>
        <source>busy or rate-limited</source>
        <translation>saturado o con límite de peticiones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="189"/>
        <source>out of credits</source>
        <translation>sin créditos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="190"/>
        <source>network down</source>
        <translation>sin red</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="191"/>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="192"/>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="327"/>
        <source>Send &amp;anyway</source>
        <translation>Enviar de &amp;todos modos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="327"/>
        <source>Send the picture to the service anyway</source>
        <translation>Enviar la imagen al servicio de todos modos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="329"/>
        <source>Discard this scan</source>
        <translation>Descartar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="330"/>
        <source>&amp;Save again</source>
        <translation>&amp;Guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="330"/>
        <source>Try saving the record to the CSV file again</source>
        <translation>Intentar de nuevo guardar el registro en el archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="332"/>
        <source>&amp;Copy record</source>
        <translation>&amp;Copiar registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="332"/>
        <source>Copy the record to the clipboard</source>
        <translation>Copiar el registro al portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="359"/>
        <source>Confirm  (Enter)</source>
        <translation>Confirmar  (Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="359"/>
        <source>Confirm and export this scan</source>
        <translation>Confirmar y exportar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="362"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="362"/>
        <source>Reject this scan and forget it</source>
        <translation>Rechazar esta lectura y olvidarla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="364"/>
        <source>Re-read</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="364"/>
        <source>Read the same picture again</source>
        <translation>Leer otra vez la misma imagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="405"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="833"/>
        <source>Offline engine</source>
        <translation>Motor sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="435"/>
        <source>Opening the image…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="436"/>
        <source>Reading the document again…</source>
        <translation>Leyendo el documento de nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="461"/>
        <source>The picture was not sent</source>
        <translation>La imagen no se envió</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="468"/>
        <source>The scan failed</source>
        <translation>La lectura falló</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="476"/>
        <source>Confirmed, but NOT saved</source>
        <translation>Confirmado, pero SIN guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="478"/>
        <source>The record is kept in memory until it is saved; do not close the station.</source>
        <translation>El registro se conserva en memoria hasta que se guarde; no cierre la estación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="483"/>
        <source>Confirmed and exported</source>
        <translation>Confirmado y exportado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="484"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="487"/>
        <source>The picture and the fields were removed from this computer&apos;s memory.</source>
        <translation>La imagen y los campos se eliminaron de la memoria de este equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="486"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="567"/>
        <source>offline engine</source>
        <translation>motor sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="569"/>
        <source>Read by %1</source>
        <translation>Leído por %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="571"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="573"/>
        <source>request id %1</source>
        <translation>id de solicitud %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="581"/>
        <source>%1 did not read it (%2); %3 answered instead.</source>
        <translation>%1 no lo leyó (%2); respondió %3 en su lugar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="585"/>
        <source>This document number was already scanned in this session.</source>
        <translation>Este número de documento ya se leyó en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="587"/>
        <source>Some key fields are missing; check them against the document.</source>
        <translation>Faltan campos clave; compárelos con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="604"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="604"/>
        <source>check digits correct</source>
        <translation>dígitos de control correctos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="605"/>
        <source>check digit wrong</source>
        <translation>dígito de control erróneo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="606"/>
        <source>not read</source>
        <translation>no leída</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="610"/>
        <source>Forgery</source>
        <translation>Falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="615"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="630"/>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="630"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="631"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="648"/>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="677"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="765"/>
        <source>Other fields (read only)</source>
        <translation>Otros campos (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="778"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="795"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="803"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="805"/>
        <source>MRZ check digits</source>
        <translation>Dígitos de control de la MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="795"/>
        <source>all correct</source>
        <translation>todos correctos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="802"/>
        <source>composite</source>
        <translation>compuesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="803"/>
        <source>wrong</source>
        <translation>erróneos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="805"/>
        <source>no MRZ read</source>
        <translation>no se leyó la MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="808"/>
        <source>Vendor&apos;s MRZ check</source>
        <translation>Comprobación de la MRZ del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="828"/>
        <source>Image quality: offline engine / this station</source>
        <translation>Calidad de imagen: motor sin conexión / esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="853"/>
        <source>only for camera pictures</source>
        <translation>solo para imágenes de cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="866"/>
        <source>Image quality (checked by the offline engine)</source>
        <translation>Calidad de imagen (comprobada por el motor sin conexión)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="907"/>
        <source>not done for this scan</source>
        <translation>no se hizo para este escaneo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="909"/>
        <source>The offline re-read differs from the vendor on these fields:</source>
        <translation>La relectura sin conexión difiere del proveedor en estos campos:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="607"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="810"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="704"/>
        <source>MRZ: %1</source>
        <translation>MRZ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="704"/>
        <source>as read: %1</source>
        <translation>leído: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="707"/>
        <source>%1 in the MRZ: %2</source>
        <translation>%1 en la MRZ: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="708"/>
        <source>%1 as read: %2</source>
        <translation>%1 leído: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="750"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="813"/>
        <source>Vendor&apos;s overall verdict</source>
        <translation>Veredicto general del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="816"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="818"/>
        <source>Forgery check</source>
        <translation>Comprobación de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="818"/>
        <source>not performed by the offline engine</source>
        <translation>el motor sin conexión no la realiza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="829"/>
        <source>Image quality: vendor / this station</source>
        <translation>Calidad de imagen: proveedor / esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="833"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="834"/>
        <source>This station</source>
        <translation>Esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="850"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="876"/>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="854"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="877"/>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="894"/>
        <source>check</source>
        <translation>revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="899"/>
        <source>Second opinion (offline MRZ re-read)</source>
        <translation>Segunda opinión (relectura de la MRZ sin conexión)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="905"/>
        <source>not needed: the offline engine read this scan</source>
        <translation>no necesaria: el motor sin conexión leyó esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="911"/>
        <source>%1: vendor read “%2”, offline read “%3”</source>
        <translation>%1: el proveedor leyó «%2», sin conexión se leyó «%3»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="915"/>
        <source>The offline re-read agrees on: %1</source>
        <translation>La relectura sin conexión coincide en: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="918"/>
        <source>Could not re-read offline: %1</source>
        <translation>No se pudo releer sin conexión: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="928"/>
        <source>no machine-readable zone (MRZ) was found in the picture, so nothing was compared</source>
        <translation>no se encontró ninguna zona de lectura mecánica (MRZ) en la imagen, así que no se comparó nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="929"/>
        <source>the MRZ read offline fails its check digits, so it is no evidence either way</source>
        <translation>la MRZ leída sin conexión no supera sus dígitos de control, así que no prueba nada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="930"/>
        <source>the vendor&apos;s answer and the MRZ share no field to compare</source>
        <translation>la respuesta del proveedor y la MRZ no tienen ningún campo en común para comparar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="931"/>
        <source>the offline engine failed on this picture</source>
        <translation>el motor sin conexión falló con esta imagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="932"/>
        <source>the offline engine is not installed</source>
        <translation>el motor sin conexión no está instalado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="940"/>
        <source>Raw answer (redacted)</source>
        <translation>Respuesta original (censurada)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="944"/>
        <source>Show the service&apos;s raw answer</source>
        <translation>Mostrar la respuesta original del servicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="947"/>
        <source>Raw answer</source>
        <translation>Respuesta original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="951"/>
        <source>(no raw answer)</source>
        <translation>(sin respuesta original)</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="34"/>
        <source>CSV file</source>
        <translation>archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="69"/>
        <source>The record could not be written to the CSV file; check the file and press Save again.</source>
        <translation>No se pudo escribir el registro en el archivo CSV; revise el archivo y pulse Guardar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="253"/>
        <source>The file %1 could not be read; check that it exists.</source>
        <translation>No se pudo leer el archivo %1; compruebe que existe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="269"/>
        <source>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</source>
        <translation>El archivo no se pudo abrir como imagen; elija un archivo JPEG, PNG o PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="336"/>
        <source>The scan could not be read because of an internal error; retry, and report it if it happens again.</source>
        <translation>La lectura falló por un error interno; reintente e informe de ello si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="344"/>
        <source>The scan failed; retry.</source>
        <translation>La lectura falló; reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="353"/>
        <source>Scan %1: this document number was already scanned in this session.</source>
        <translation>Lectura %1: este número de documento ya se leyó en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="485"/>
        <source>Nothing to confirm.</source>
        <translation>No hay nada que confirmar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="40"/>
        <source>Saving to the CSV file…</source>
        <translation>Guardando en el archivo CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="533"/>
        <source>Scan %1 is confirmed but not saved: %2</source>
        <translation>La lectura %1 está confirmada pero sin guardar: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="49"/>
        <source>The record could not be exported to the %1; press Save again.</source>
        <translation>El registro no se pudo exportar al %1; pulse Guardar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="70"/>
        <source>Scan %1 saved to the CSV file and copied to the clipboard.</source>
        <translation>Lectura %1 guardada en el archivo CSV y copiada al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="72"/>
        <source>Scan %1 saved to the CSV file.</source>
        <translation>Lectura %1 guardada en el archivo CSV.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="74"/>
        <source>Scan %1 copied to the clipboard.</source>
        <translation>Lectura %1 copiada al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="76"/>
        <source>Scan %1 confirmed; the guest waits for the police file.</source>
        <translation>Lectura %1 confirmada; el huésped espera el archivo para la policía.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="78"/>
        <source>Scan %1 confirmed (no CSV file or clipboard export is set up in Settings).</source>
        <translation>Lectura %1 confirmada (no hay archivo CSV ni exportación al portapapeles configurados en Ajustes).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="81"/>
        <source>Scan %1 exported: %2.</source>
        <translation>Escaneo %1 exportado: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="545"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="534"/>
        <source>Scan %1 is still not saved: %2</source>
        <translation>La lectura %1 sigue sin guardarse: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/clipboard_sink.py" line="35"/>
        <source>clipboard</source>
        <translation>portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="28"/>
        <source>PMS hand-off file</source>
        <translation>Archivo para el PMS</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="34"/>
        <source>Writing the PMS hand-off file…</source>
        <translation>Escribiendo el archivo para el PMS…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="71"/>
        <source>The PMS file was not written: a country code of this record is unknown.</source>
        <translation>No se escribió el archivo para el PMS: un código de país de este registro es desconocido.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/registration_sink.py" line="74"/>
        <source>The PMS file was not written: the record lacks %1.</source>
        <translation>No se escribió el archivo para el PMS: al registro le falta %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/guest_book.py" line="151"/>
        <source>guest list for the police file</source>
        <translation>lista de huéspedes para el archivo de la policía</translation>
    </message>
</context>
<context>
    <name>SessionList</name>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="24"/>
        <source>Not sent</source>
        <translation>No enviado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="29"/>
        <source>Opening the image…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="30"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="31"/>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="32"/>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="33"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="34"/>
        <source>Confirmed, NOT saved</source>
        <translation>Confirmado, SIN guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="35"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="36"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="37"/>
        <source>Other side of a record</source>
        <translation>Otra cara de un registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="74"/>
        <source>Scans in this session</source>
        <translation>Lecturas de esta sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="128"/>
        <source>duplicate number</source>
        <translation>número duplicado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="132"/>
        <source>sides joined with scan %1</source>
        <translation>caras unidas con el escaneo %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="134"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="189"/>
        <source>This shift&apos;s scans appear here (kept in memory only).</source>
        <translation>Aquí aparecen las lecturas de este turno (solo en memoria).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="105"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="106"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="122"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="124"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="125"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="126"/>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="127"/>
        <source>S&amp;tation</source>
        <translation>Es&amp;tación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="144"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="146"/>
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="147"/>
        <source>Add a new profile</source>
        <translation>Añadir un perfil nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="156"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="158"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="180"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="164"/>
        <source>the vendor&apos;s default</source>
        <translation>la del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="165"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="181"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="167"/>
        <source>e.g. passport</source>
        <translation>p. ej. passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="168"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="182"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="170"/>
        <source>TD: two letters (ES); AccuAuth: ecuador</source>
        <translation>TD: dos letras (ES); AccuAuth: ecuador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="171"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="183"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="174"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="184"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="176"/>
        <source>other profiles, in order, e.g. backup, local</source>
        <translation>otros perfiles, por orden, p. ej. respaldo, local</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="177"/>
        <source>Fallback profiles, in order</source>
        <translation>Perfiles de respaldo, por orden</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="178"/>
        <source>They read the scan when this profile is busy, down or out of credits.</source>
        <translation>Leen el escaneo cuando este perfil está saturado, caído o sin créditos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="179"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="185"/>
        <source>Fail over to</source>
        <translation>Si falla, usar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="187"/>
        <source>Keys (stored only in the system keyring)</source>
        <translation>Claves (solo se guardan en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="191"/>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="194"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="196"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="197"/>
        <source>Remove the profile and its keys</source>
        <translation>Eliminar el perfil y sus claves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="204"/>
        <source>Profile status</source>
        <translation>Estado del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="301"/>
        <source>set: type to replace</source>
        <translation>guardada: escriba para sustituirla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="301"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>not set</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>set</source>
        <translation>guardada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="318"/>
        <source>Not saved: %1.</source>
        <translation>No se guardó: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="335"/>
        <source>The profile was saved but its keys were not: %1</source>
        <translation>El perfil se guardó, pero sus claves no: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="340"/>
        <source>Profile %1 saved.</source>
        <translation>Perfil %1 guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="357"/>
        <source>Profile %1 and its keys were removed.</source>
        <translation>Se eliminaron el perfil %1 y sus claves.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="363"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="378"/>
        <source>The keys are set. This vendor has no free test call; the first scan will show whether they work.</source>
        <translation>Las claves están guardadas. Este proveedor no ofrece una llamada de prueba gratuita; la primera lectura mostrará si funcionan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="382"/>
        <source>Connected. Credits left: %1.</source>
        <translation>Conectado. Créditos restantes: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="477"/>
        <source>No scanner</source>
        <translation>Ningún escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="483"/>
        <source>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</source>
        <translation>un escáner de la lista, o la dirección de un escáner de red (http://…/eSCL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="485"/>
        <source>&amp;Find scanners</source>
        <translation>&amp;Buscar escáneres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="486"/>
        <source>Find the scanners connected to this computer</source>
        <translation>Buscar los escáneres conectados a este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="293"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="383"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="59"/>
        <source>Confirmed at</source>
        <translation>Confirmado el</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="59"/>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="60"/>
        <source>MRZ check digits</source>
        <translation>Dígitos de control de la MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="61"/>
        <source>Expiry check</source>
        <translation>Comprobación de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="62"/>
        <source>Forgery verdict</source>
        <translation>Veredicto de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="63"/>
        <source>Request id</source>
        <translation>Id de solicitud</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="64"/>
        <source>Corrected fields</source>
        <translation>Campos corregidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="130"/>
        <source>&amp;Registration</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="281"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="329"/>
        <source>Storing the keys of %1 in the system keyring…</source>
        <translation>Guardando las claves de %1 en el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="347"/>
        <source>Removing %1 and its keys…</source>
        <translation>Eliminando %1 y sus claves…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="389"/>
        <source>The test failed unexpectedly; check the base URL and the network.</source>
        <translation>La prueba falló de forma inesperada; revise la URL base y la red.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="407"/>
        <source>Append every confirmed scan to a CSV file</source>
        <translation>Añadir cada lectura confirmada a un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="410"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="434"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="411"/>
        <source>choose a file</source>
        <translation>elija un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="412"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="500"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="413"/>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="417"/>
        <source>Clipboard format</source>
        <translation>Formato del portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="418"/>
        <source>Tab-separated row (spreadsheets)</source>
        <translation>Fila separada por tabulaciones (hojas de cálculo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="418"/>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="419"/>
        <source>Do not copy</source>
        <translation>No copiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="424"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="436"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="429"/>
        <source>Column “%1” in the CSV file</source>
        <translation>Columna «%1» del archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="435"/>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="451"/>
        <source>CSV file for confirmed scans</source>
        <translation>Archivo CSV para las lecturas confirmadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="452"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="463"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="506"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="464"/>
        <source>System default</source>
        <translation>La predeterminada del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="465"/>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="476"/>
        <source>Scanner device</source>
        <translation>Dispositivo escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="491"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="492"/>
        <source> good frames</source>
        <translation> imágenes buenas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="494"/>
        <source>Auto-capture after this many good frames</source>
        <translation>Captura automática tras este número de imágenes buenas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="496"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="509"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="542"/>
        <source>Hot folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="497"/>
        <source>empty: off</source>
        <translation>vacía: desactivada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="498"/>
        <source>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</source>
        <translation>Cada imagen o PDF que se guarde en esta carpeta (p. ej. desde un escáner) se lee automáticamente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="501"/>
        <source>Choose the hot folder</source>
        <translation>Elegir la carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="504"/>
        <source>Delete each file from the hot folder once it has been read</source>
        <translation>Borrar cada archivo de la carpeta vigilada una vez leído</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="507"/>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="508"/>
        <source>Auto-capture</source>
        <translation>Captura automática</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="552"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="586"/>
        <source>Default profile</source>
        <translation>Perfil predeterminado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="556"/>
        <source>Default country for TD</source>
        <translation>País predeterminado para TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="557"/>
        <source>Re-read the MRZ offline after a vendor answer</source>
        <translation>Volver a leer la MRZ sin conexión tras la respuesta del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="559"/>
        <source>Play a sound on success and failure</source>
        <translation>Reproducir un sonido al acertar y al fallar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="564"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="565"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="567"/>
        <source>Clear the session after this many idle seconds</source>
        <translation>Vaciar la sesión tras estos segundos de inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="571"/>
        <source>never warn</source>
        <translation>no avisar nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="573"/>
        <source>Warn when the vendor credits are at or below</source>
        <translation>Avisar cuando los créditos del proveedor lleguen a este número o menos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="575"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="576"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="580"/>
        <source>Start in kiosk mode (full screen, PIN to leave)</source>
        <translation>Iniciar en modo quiosco (pantalla completa, PIN para salir)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="584"/>
        <source>New kiosk PIN</source>
        <translation>Nuevo PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="585"/>
        <source>PIN is set: type to change</source>
        <translation>Hay un PIN: escriba para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="585"/>
        <source>no PIN</source>
        <translation>sin PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="587"/>
        <source>Default TD country</source>
        <translation>País predeterminado de TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="590"/>
        <source>Idle timeout</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="591"/>
        <source>Low-credit warning at</source>
        <translation>Aviso de pocos créditos en</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="592"/>
        <source>Language (after restart)</source>
        <translation>Idioma (tras reiniciar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="594"/>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="605"/>
        <source>Offline engine (no network)</source>
        <translation>Motor sin conexión (sin red)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="617"/>
        <source>Set by the administrator</source>
        <translation>Fijado por el administrador</translation>
    </message>
</context>
<context>
    <name>SidesBar</name>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="17"/>
        <source>front</source>
        <translation>anverso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="17"/>
        <source>back</source>
        <translation>reverso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="21"/>
        <source>read</source>
        <translation>leída</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="21"/>
        <source>partly read</source>
        <translation>leída en parte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="22"/>
        <source>not read</source>
        <translation>no leída</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="27"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="27"/>
        <source>portrait</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="28"/>
        <source>signature</source>
        <translation>firma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="29"/>
        <source>document picture</source>
        <translation>imagen del documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="57"/>
        <source>Document sides</source>
        <translation>Caras del documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="58"/>
        <source>Not needed</source>
        <translation>No hace falta</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="59"/>
        <source>Do not scan the other side</source>
        <translation>No escanear la otra cara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="60"/>
        <source>Unlink</source>
        <translation>Separar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="61"/>
        <source>Split this record into its two scans</source>
        <translation>Separar este registro en sus dos escaneos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="63"/>
        <source>Link the other side…</source>
        <translation>Unir la otra cara…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="64"/>
        <source>Join this scan with the scan of the document&apos;s other side</source>
        <translation>Unir este escaneo con el de la otra cara del documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="100"/>
        <source>Scan %1 (%2) is the front of a card: now scan or open its back, and both sides become one record.</source>
        <translation>El escaneo %1 (%2) es el anverso de una tarjeta: escanee o abra ahora su reverso y las dos caras serán un solo registro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="103"/>
        <source>Scan %1 (%2) is the back of a card: now scan or open its front (for the portrait), and both sides become one record.</source>
        <translation>El escaneo %1 (%2) es el reverso de una tarjeta: escanee o abra ahora su anverso (por la foto) y las dos caras serán un solo registro.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="111"/>
        <source>Two scans of one document (a card&apos;s front and back, a passport and its visa page)?</source>
        <translation>¿Dos escaneos de un mismo documento (anverso y reverso de una tarjeta, un pasaporte y su página de visado)?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="127"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="129"/>
        <source>One record from two scans. %1.</source>
        <translation>Un registro de dos escaneos. %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="133"/>
        <source>From the %1: %2.</source>
        <translation>Del %1: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/sides_bar.py" line="139"/>
        <source>Scan %1 (%2)</source>
        <translation>Escaneo %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StayFields</name>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="16"/>
        <source>surname</source>
        <translation>apellido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="17"/>
        <source>given names</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="18"/>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="19"/>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="20"/>
        <source>nationality</source>
        <translation>nacionalidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="21"/>
        <source>document type</source>
        <translation>tipo de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="22"/>
        <source>document number</source>
        <translation>número de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="23"/>
        <source>issuing country</source>
        <translation>país de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="24"/>
        <source>role</source>
        <translation>papel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="25"/>
        <source>head of family or group</source>
        <translation>cabeza de familia o responsable del grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="26"/>
        <source>nights</source>
        <translation>noches</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="27"/>
        <source>place of birth</source>
        <translation>lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="28"/>
        <source>country of birth</source>
        <translation>país de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="29"/>
        <source>province of birth</source>
        <translation>provincia de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="30"/>
        <source>place of issue</source>
        <translation>lugar de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="31"/>
        <source>address</source>
        <translation>dirección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="32"/>
        <source>city</source>
        <translation>localidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="33"/>
        <source>postcode</source>
        <translation>código postal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="34"/>
        <source>country of residence</source>
        <translation>país de residencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="35"/>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="36"/>
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="37"/>
        <source>second surname</source>
        <translation>segundo apellido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="38"/>
        <source>municipality code</source>
        <translation>código de municipio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="39"/>
        <source>document support number</source>
        <translation>número de soporte del documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="40"/>
        <source>kinship</source>
        <translation>parentesco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="41"/>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="42"/>
        <source>members of the family or group</source>
        <translation>acompañantes de la familia o grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="49"/>
        <source>M or F</source>
        <translation>M o F</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="50"/>
        <source>no Alloggiati state code</source>
        <translation>sin código de estado en Alloggiati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="51"/>
        <source>no Alloggiati code</source>
        <translation>sin código en Alloggiati</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="52"/>
        <source>9-digit comune code</source>
        <translation>código de municipio italiano de 9 cifras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="53"/>
        <source>identity card, passport or driving licence</source>
        <translation>documento de identidad, pasaporte o permiso de conducir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="55"/>
        <source>identity card, passport or residence permit</source>
        <translation>documento de identidad, pasaporte o permiso de residencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="57"/>
        <source>SES code, for a minor</source>
        <translation>código SES, para un menor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="58"/>
        <source>INE, 5 digits</source>
        <translation>INE, 5 cifras</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="59"/>
        <source>confirm the head&apos;s scan first</source>
        <translation>confirme antes la lectura del cabeza de familia o grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="60"/>
        <source>not a head of family or group</source>
        <translation>no es cabeza de familia ni responsable de grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="61"/>
        <source>Alloggiati: 1 to 30</source>
        <translation>Alloggiati: de 1 a 30</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="62"/>
        <source>unknown country</source>
        <translation>país desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="63"/>
        <source>still in review: confirm them first</source>
        <translation>aún por revisar: confírmelos antes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="64"/>
        <source>unreadable country code</source>
        <translation>código de país ilegible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="79"/>
        <source>phone or e-mail</source>
        <translation>teléfono o correo electrónico</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/stay_texts.py" line="86"/>
        <source>[from the document]</source>
        <translation>[del documento]</translation>
    </message>
</context>
<context>
    <name>StayPanel</name>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="37"/>
        <source>Alloggiati Web (Italy)</source>
        <translation>Alloggiati Web (Italia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="38"/>
        <source>SES.Hospedajes (Spain)</source>
        <translation>SES.Hospedajes (España)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="39"/>
        <source>SIBA (Portugal)</source>
        <translation>SIBA (Portugal)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="40"/>
        <source>Meldeschein (Germany)</source>
        <translation>Meldeschein (Alemania)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="59"/>
        <source>Stay</source>
        <translation>Estancia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="61"/>
        <source>Stay details</source>
        <translation>Datos de la estancia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="72"/>
        <source>Arrival date</source>
        <translation>Fecha de llegada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="75"/>
        <location filename="../../desktop_app/ui/stay_panel.py" line="93"/>
        <source>Nights</source>
        <translation>Noches</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="79"/>
        <source>Departure date</source>
        <translation>Fecha de salida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="81"/>
        <source>Role in the party</source>
        <translation>Papel en el grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="82"/>
        <source>Single guest</source>
        <translation>Huésped individual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="82"/>
        <source>Head of family</source>
        <translation>Cabeza de familia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="83"/>
        <source>Head of group</source>
        <translation>Responsable del grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="84"/>
        <source>Member of a family or group</source>
        <translation>Acompañante (familia o grupo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="87"/>
        <source>Head of the family or group</source>
        <translation>Cabeza de la familia o del grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="90"/>
        <source>A member&apos;s dates are the head&apos;s.</source>
        <translation>Las fechas de un acompañante son las de su cabeza de familia o grupo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="92"/>
        <source>Arrival</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="94"/>
        <source>Departure</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="96"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="97"/>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="119"/>
        <source>alpha-3, e.g. ITA</source>
        <translation>alfa-3, p. ej. ITA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="120"/>
        <source>alpha-3, e.g. ESP</source>
        <translation>alfa-3, p. ej. ESP</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="121"/>
        <source>Italy: 9-digit comune code; else the town</source>
        <translation>Italia: código de municipio de 9 cifras; si no, la localidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="122"/>
        <source>two letters, e.g. RM</source>
        <translation>dos letras, p. ej. RM</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="123"/>
        <source>9-digit comune code (Italian documents)</source>
        <translation>código de municipio de 9 cifras (documentos italianos)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="124"/>
        <source>INE code, 5 digits (addresses in Spain)</source>
        <translation>código INE de 5 cifras (direcciones en España)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="125"/>
        <source>SES code for a minor, e.g. HJ</source>
        <translation>código SES para un menor, p. ej. HJ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="126"/>
        <source>support number of a DNI or NIE</source>
        <translation>número de soporte de un DNI o NIE</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/stay_panel.py" line="164"/>
        <source>(choose the head)</source>
        <translation>(elija el cabeza de familia o grupo)</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop_app/ui/kiosk.py" line="29"/>
        <location filename="../../desktop_app/ui/kiosk.py" line="33"/>
        <source>Administrator PIN</source>
        <translation>PIN del administrador</translation>
    </message>
</context>
</TS>
