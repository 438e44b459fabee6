<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="106"/>
        <source>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</source>
        <translation>%1: escriba la fecha como AAAA-MM-DD, p. ej. 1990-04-11.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="111"/>
        <source>%1: use M, F or X.</source>
        <translation>%1: use M, F o X.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="116"/>
        <source>%1: use the three-letter code, e.g. ESP or USA.</source>
        <translation>%1: use el código de tres letras, p. ej. ESP o USA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="121"/>
        <source>%1: choose one of the listed types.</source>
        <translation>%1: elija uno de los tipos de la lista.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="173"/>
        <source>The station sent a request the service did not accept; report this with the request id.</source>
        <translation>La estación envió una solicitud que el servicio no aceptó; informe de ello con el id de solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="175"/>
        <source>The service could not read this image; retake the picture with the whole document in view.</source>
        <translation>El servicio no pudo leer esta imagen; repita la foto con todo el documento a la vista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="177"/>
        <source>The service rejected the key; check the profile&apos;s keys in Settings.</source>
        <translation>El servicio rechazó la clave; revise las claves del perfil en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="178"/>
        <source>This computer&apos;s clock is wrong; correct the date and time and try again.</source>
        <translation>El reloj de este equipo no es correcto; corrija la fecha y la hora e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="180"/>
        <source>This product or country is not enabled for the account; ask the administrator.</source>
        <translation>Este producto o país no está habilitado para la cuenta; consulte al administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="182"/>
        <source>The account has no credits or quota left; top it up or switch to another profile.</source>
        <translation>La cuenta no tiene créditos ni cuota; recárguela o cambie a otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="184"/>
        <source>The service is receiving too many requests; wait a moment and retry.</source>
        <translation>El servicio recibe demasiadas solicitudes; espere un momento y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="186"/>
        <source>The service is having trouble; try again in a minute.</source>
        <translation>El servicio tiene problemas; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="187"/>
        <source>The service could not be reached; check the network connection and retry.</source>
        <translation>No se pudo contactar con el servicio; revise la conexión de red y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="189"/>
        <source>The service did not answer in time; retry (the call may have been billed).</source>
        <translation>El servicio no respondió a tiempo; reintente (la llamada puede haberse cobrado).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="191"/>
        <source>The service sent an answer the station does not understand; report this with the request id.</source>
        <translation>El servicio envió una respuesta que la estación no entiende; informe de ello con el id de solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="193"/>
        <source>The system keyring is locked or missing; unlock it (log in again) and retry.</source>
        <translation>El llavero del sistema está bloqueado o no existe; desbloquéelo (vuelva a iniciar sesión) y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="195"/>
        <source>The profile is not set up correctly; check it in Settings.</source>
        <translation>El perfil no está bien configurado; revíselo en Ajustes.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="64"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="65"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="66"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="67"/>
        <source>Given names</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="68"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="69"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="70"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72"/>
        <source>Issuing country</source>
        <translation>País emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73"/>
        <source>Date of issue</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="74"/>
        <source>Date of expiry</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="75"/>
        <source>Personal number</source>
        <translation>Número personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="76"/>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="77"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="78"/>
        <source>Place of issue</source>
        <translation>Lugar de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="79"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="86"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="86"/>
        <source>National ID card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="87"/>
        <source>Driver&apos;s license</source>
        <translation>Permiso de conducir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="88"/>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="89"/>
        <source>Voter ID</source>
        <translation>Credencial de elector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="89"/>
        <source>Visa</source>
        <translation>Visado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="91"/>
        <source>Unknown document</source>
        <translation>Documento desconocido</translation>
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
        <location filename="../../desktop_app/station/quality_texts.py" line="34"/>
        <source>Too dark: add light</source>
        <translation>Demasiado oscuro: añada luz</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="35"/>
        <source>Too bright: dim the light or move away from the lamp</source>
        <translation>Demasiado claro: baje la luz o aléjese de la lámpara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="36"/>
        <source>Whole document must be in view</source>
        <translation>El documento entero debe verse</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="37"/>
        <source>Move closer</source>
        <translation>Acérquese</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="38"/>
        <source>Hold the document flat</source>
        <translation>Mantenga el documento plano</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="39"/>
        <source>Blurry: hold still and let the camera focus</source>
        <translation>Borroso: no se mueva y deje enfocar a la cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="40"/>
        <source>This looks like a photocopy</source>
        <translation>Parece una fotocopia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="41"/>
        <source>This looks like a photo of a screen</source>
        <translation>Parece una foto de una pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="42"/>
        <source>Face photo not visible</source>
        <translation>No se ve la foto de la cara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/quality_texts.py" line="43"/>
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
        <location filename="../../desktop_app/ui/live_view.py" line="131"/>
        <source>All checks pass</source>
        <translation>Todas las comprobaciones son correctas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/live_view.py" line="169"/>
        <source>Good: hold still</source>
        <translation>Bien: no lo mueva</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="116"/>
        <source>ID Scan Station</source>
        <translation>Estación de lectura de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="134"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Motor:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="137"/>
        <source>Engine profile</source>
        <translation>Perfil del motor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>Capture  (Space)</source>
        <translation>Capturar  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>Capture the document</source>
        <translation>Capturar el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>&amp;Open files…</source>
        <translation>&amp;Abrir archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>Open document image files</source>
        <translation>Abrir archivos de imagen de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="145"/>
        <source>Scan  (F5)</source>
        <translation>Escanear  (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>Scan a page with the scanner</source>
        <translation>Escanear una página con el escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>Paste an image from the clipboard</source>
        <translation>Pegar una imagen del portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>C&amp;lear session</source>
        <translation>&amp;Vaciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>Forget every scan in this session</source>
        <translation>Olvidar todas las lecturas de esta sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="152"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="153"/>
        <source>Open settings</source>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="188"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="254"/>
        <location filename="../../desktop_app/ui/main_window.py" line="286"/>
        <source>Offline engine (no network)</source>
        <translation>Motor sin conexión (sin red)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="309"/>
        <source>Open document images</source>
        <translation>Abrir imágenes de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="310"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>Imágenes y PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="326"/>
        <source>The clipboard holds no image; copy a picture or an image file first.</source>
        <translation>El portapapeles no contiene ninguna imagen; copie antes una imagen o un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="346"/>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="360"/>
        <source>No scanner is set up; choose one in Settings, Capture.</source>
        <translation>No hay ningún escáner configurado; elija uno en Ajustes, Captura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="363"/>
        <source>Scanning…</source>
        <translation>Escaneando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="204"/>
        <source>%1 page(s) scanned.</source>
        <translation>%1 página(s) escaneada(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="428"/>
        <source>The record was copied to the clipboard.</source>
        <translation>El registro se copió al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="432"/>
        <source>Clear session</source>
        <translation>Vaciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="433"/>
        <source>Forget every scan in this session? Records that are confirmed but not saved are kept.</source>
        <translation>¿Olvidar todas las lecturas de esta sesión? Se conservan los registros confirmados que no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="440"/>
        <source>Session cleared; %1 unsaved record(s) kept.</source>
        <translation>Sesión vaciada; se conservan %1 registro(s) sin guardar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="443"/>
        <source>Session cleared.</source>
        <translation>Sesión vaciada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="448"/>
        <source>The session was cleared after a period of inactivity.</source>
        <translation>La sesión se vació tras un periodo de inactividad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="459"/>
        <source>Scan %1</source>
        <translation>Lectura %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="490"/>
        <source>%1 reading</source>
        <translation>%1 leyendo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="492"/>
        <source>%1 to review</source>
        <translation>%1 por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="494"/>
        <source>%1 NOT saved</source>
        <translation>%1 SIN guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="505"/>
        <source>About ID Scan Station</source>
        <translation>Acerca de ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="506"/>
        <source>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Offline MRZ engine (RapidOCR, PP-OCR models) and the StructOCR, TrustDecision, Tencent Cloud and AccuAuth vendors.&lt;/p&gt;&lt;p&gt;Images and personal data stay in memory; keys stay in the system keyring.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Keys&lt;/b&gt;&lt;br&gt;Space: capture&lt;br&gt;Enter: confirm&lt;br&gt;Ctrl+O: open files&lt;br&gt;Ctrl+V: paste an image&lt;br&gt;Ctrl+R: retry&lt;br&gt;Delete (in the list): remove a scan&lt;br&gt;Ctrl+,: settings&lt;br&gt;Ctrl+Shift+Delete: clear session&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ID Scan Station {version}&lt;/h3&gt;&lt;p&gt;Motor MRZ sin conexión (RapidOCR, modelos PP-OCR) y los proveedores StructOCR, TrustDecision, Tencent Cloud y AccuAuth.&lt;/p&gt;&lt;p&gt;Las imágenes y los datos personales solo se guardan en memoria; las claves, en el llavero del sistema.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Teclas&lt;/b&gt;&lt;br&gt;Espacio: capturar&lt;br&gt;Intro: confirmar&lt;br&gt;Ctrl+O: abrir archivos&lt;br&gt;Ctrl+V: pegar una imagen&lt;br&gt;Ctrl+R: reintentar&lt;br&gt;Supr (en la lista): quitar una lectura&lt;br&gt;Ctrl+,: ajustes&lt;br&gt;Ctrl+Mayús+Supr: vaciar la sesión&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="vanished">Teclado</translation>
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
        <translation type="vanished">Espacio: capturar
Intro: confirmar
Ctrl+O: abrir archivos
Ctrl+V: pegar una imagen
Ctrl+R: reintentar
Supr (en la lista): quitar una lectura
Ctrl+,: ajustes
Ctrl+Mayús+Supr: vaciar la sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="517"/>
        <source>Enter the PIN to open Settings.</source>
        <translation>Introduzca el PIN para abrir los ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="518"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="550"/>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Introduzca el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="556"/>
        <source>Records not saved</source>
        <translation>Registros sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="557"/>
        <source>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</source>
        <translation>%1 registro(s) confirmado(s) aún no se han guardado y se perderán. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>PoliceExportDialog</name>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="47"/>
        <location filename="../../desktop_app/ui/police_export.py" line="58"/>
        <location filename="../../desktop_app/ui/police_export.py" line="182"/>
        <source>Police file</source>
        <translation>Archivo para la policía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="63"/>
        <source>File to write</source>
        <translation>Archivo que se escribirá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="64"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="65"/>
        <source>Choose the file to write</source>
        <translation>Elegir el archivo que se escribirá</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="70"/>
        <source>File for</source>
        <translation>Archivo para</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="71"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="77"/>
        <source>Confirmed guests waiting for the police file</source>
        <translation>Huéspedes confirmados que esperan el archivo para la policía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="81"/>
        <source>Pick a guest to see and fill in the stay details.</source>
        <translation>Elija un huésped para ver y completar los datos de la estancia.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="98"/>
        <source>&amp;Export the police file</source>
        <translation>&amp;Exportar el archivo para la policía</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="100"/>
        <source>Write the police file of these guests</source>
        <translation>Escribir el archivo para la policía de estos huéspedes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="102"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="135"/>
        <source>single guest</source>
        <translation>huésped individual</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="135"/>
        <source>head of family</source>
        <translation>cabeza de familia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="136"/>
        <source>head of group</source>
        <translation>responsable del grupo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="136"/>
        <source>member</source>
        <translation>acompañante</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="138"/>
        <source>%1 — %2, %3 night(s) from %4</source>
        <translation>%1 — %2, %3 noche(s) desde el %4</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="156"/>
        <source>No confirmed guest waits for a police file.</source>
        <translation>Ningún huésped confirmado espera un archivo para la policía.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="195"/>
        <source>Nothing was written: the station&apos;s presets lack what this file needs.</source>
        <translation>No se escribió nada: a los ajustes del puesto les falta lo que este archivo necesita.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="198"/>
        <source>Nothing was written: fill in what is missing for the guests marked ⚠.</source>
        <translation>No se escribió nada: complete lo que falta a los huéspedes marcados con ⚠.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="202"/>
        <source>Choose the file to write.</source>
        <translation>Elija el archivo que se escribirá.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="206"/>
        <source>Writing the police file…</source>
        <translation>Escribiendo el archivo para la policía…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="214"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="217"/>
        <source>Police file written: %1 (%2 guest(s)); the station keeps nothing of them.</source>
        <translation>Archivo para la policía escrito: %1 (%2 huésped(es)); el puesto no guarda nada de ellos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="222"/>
        <source>The police file was not written: %1 Every guest is kept; press Export again.</source>
        <translation>No se escribió el archivo para la policía: %1 Se conservan todos los huéspedes; pulse Exportar de nuevo.</translation>
    </message>
</context>
<context>
    <name>PoliceFileButton</name>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="233"/>
        <source>Write the police file of the confirmed guests</source>
        <translation>Escribir el archivo para la policía de los huéspedes confirmados</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/police_export.py" line="246"/>
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
        <location filename="../../desktop_app/ui/review_panel.py" line="99"/>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="101"/>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="102"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="770"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="784"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="792"/>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="107"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="768"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="787"/>
        <source>pass</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="109"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="789"/>
        <source>fail</source>
        <translation>fallo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="111"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="125"/>
        <source>not performed</source>
        <translation>no realizado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="113"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="126"/>
        <source>not provided by vendor</source>
        <translation>no facilitado por el proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="114"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="119"/>
        <source>no sign of forgery</source>
        <translation>sin indicios de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="121"/>
        <source>forgery detected</source>
        <translation>falsificación detectada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="123"/>
        <source>forgery suspected</source>
        <translation>sospecha de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="148"/>
        <source>black-and-white photocopy</source>
        <translation>fotocopia en blanco y negro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="149"/>
        <source>photocopy</source>
        <translation>fotocopia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="150"/>
        <source>photo of a screen</source>
        <translation>foto de una pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151"/>
        <source>tampered</source>
        <translation>manipulado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="152"/>
        <source>other reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="159"/>
        <source>no expiry date read</source>
        <translation>no se leyó la fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="162"/>
        <source>EXPIRED on %1</source>
        <translation>CADUCADO el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="164"/>
        <source>expires soon: %1 (within 6 months)</source>
        <translation>caduca pronto: %1 (en menos de 6 meses)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="165"/>
        <source>valid until %1</source>
        <translation>válido hasta el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="241"/>
        <source>not provided</source>
        <translation>no facilitado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="258"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="278"/>
        <source>No scan selected.
Scan a document, or pick one from the list.</source>
        <translation>Ninguna lectura seleccionada.
Lea un documento o elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="289"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="428"/>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="294"/>
        <source>Reading in progress</source>
        <translation>Lectura en curso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="319"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="319"/>
        <source>Retry this scan</source>
        <translation>Reintentar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="384"/>
        <source>Send to…</source>
        <translation>Enviar a…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="386"/>
        <source>Read with another profile</source>
        <translation>Leer con otro perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="322"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="132"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="133"/>
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="134"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="135"/>
        <source>Perspective</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="136"/>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="137"/>
        <source>Glare</source>
        <translation>Reflejos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="138"/>
        <source>Colour (not a photocopy)</source>
        <translation>Color (no es una fotocopia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="139"/>
        <source>Not a photo of a screen</source>
        <translation>No es una foto de una pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="140"/>
        <source>Face photo</source>
        <translation>Foto del titular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="141"/>
        <source>Steadiness</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="322"/>
        <source>Discard this scan</source>
        <translation>Descartar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="323"/>
        <source>&amp;Save again</source>
        <translation>&amp;Guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="323"/>
        <source>Try saving the record to the CSV file again</source>
        <translation>Intentar de nuevo guardar el registro en el archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="325"/>
        <source>&amp;Copy record</source>
        <translation>&amp;Copiar registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="325"/>
        <source>Copy the record to the clipboard</source>
        <translation>Copiar el registro al portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="350"/>
        <source>Confirm  (Enter)</source>
        <translation>Confirmar  (Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="350"/>
        <source>Confirm and export this scan</source>
        <translation>Confirmar y exportar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="353"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="353"/>
        <source>Reject this scan and forget it</source>
        <translation>Rechazar esta lectura y olvidarla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="355"/>
        <source>Re-read</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="355"/>
        <source>Read the same picture again</source>
        <translation>Leer otra vez la misma imagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="396"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="751"/>
        <source>Offline engine</source>
        <translation>Motor sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="426"/>
        <source>Opening the image…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="427"/>
        <source>Reading the document again…</source>
        <translation>Leyendo el documento de nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="451"/>
        <source>The scan failed</source>
        <translation>La lectura falló</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="459"/>
        <source>Confirmed, but NOT saved</source>
        <translation>Confirmado, pero SIN guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="461"/>
        <source>The record is kept in memory until it is saved; do not close the station.</source>
        <translation>El registro se conserva en memoria hasta que se guarde; no cierre la estación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="466"/>
        <source>Confirmed and exported</source>
        <translation>Confirmado y exportado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="467"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="470"/>
        <source>The picture and the fields were removed from this computer&apos;s memory.</source>
        <translation>La imagen y los campos se eliminaron de la memoria de este equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="469"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="548"/>
        <source>offline engine</source>
        <translation>motor sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="549"/>
        <source>Read by %1</source>
        <translation>Leído por %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="551"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="553"/>
        <source>request id %1</source>
        <translation>id de solicitud %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="560"/>
        <source>This document number was already scanned in this session.</source>
        <translation>Este número de documento ya se leyó en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="562"/>
        <source>Some key fields are missing; check them against the document.</source>
        <translation>Faltan campos clave; compárelos con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="579"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="579"/>
        <source>check digits correct</source>
        <translation>dígitos de control correctos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="580"/>
        <source>check digit wrong</source>
        <translation>dígito de control erróneo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="581"/>
        <source>not read</source>
        <translation>no leída</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="585"/>
        <source>Forgery</source>
        <translation>Falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="590"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="605"/>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="605"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="606"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="623"/>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="649"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="672"/>
        <source>printed: %1</source>
        <translation>impreso: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="686"/>
        <source>Other fields (read only)</source>
        <translation>Otros campos (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="699"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="716"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="724"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="726"/>
        <source>MRZ check digits</source>
        <translation>Dígitos de control de la MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="716"/>
        <source>all correct</source>
        <translation>todos correctos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="723"/>
        <source>composite</source>
        <translation>compuesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="724"/>
        <source>wrong</source>
        <translation>erróneos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="726"/>
        <source>no MRZ read</source>
        <translation>no se leyó la MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="729"/>
        <source>Vendor&apos;s MRZ check</source>
        <translation>Comprobación de la MRZ del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="746"/>
        <source>Image quality: offline engine / this station</source>
        <translation>Calidad de imagen: motor sin conexión / esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="771"/>
        <source>only for camera pictures</source>
        <translation>solo para imágenes de cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="804"/>
        <source>no difference found by the offline re-read</source>
        <translation>la relectura sin conexión no encontró diferencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="582"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="731"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="734"/>
        <source>Vendor&apos;s overall verdict</source>
        <translation>Veredicto general del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="737"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="739"/>
        <source>Forgery check</source>
        <translation>Comprobación de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="739"/>
        <source>not performed by the offline engine</source>
        <translation>el motor sin conexión no la realiza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="747"/>
        <source>Image quality: vendor / this station</source>
        <translation>Calidad de imagen: proveedor / esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="751"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="752"/>
        <source>This station</source>
        <translation>Esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="768"/>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="772"/>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="791"/>
        <source>check</source>
        <translation>revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="795"/>
        <source>Second opinion (offline MRZ re-read)</source>
        <translation>Segunda opinión (relectura de la MRZ sin conexión)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="799"/>
        <source>not needed: the offline engine read this scan</source>
        <translation>no necesaria: el motor sin conexión leyó esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="802"/>
        <source>not available for this scan</source>
        <translation>no disponible para esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="810"/>
        <source>%1: vendor read “%2”, offline read “%3”</source>
        <translation>%1: el proveedor leyó «%2», sin conexión se leyó «%3»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="822"/>
        <source>Raw answer (redacted)</source>
        <translation>Respuesta original (censurada)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="826"/>
        <source>Show the service&apos;s raw answer</source>
        <translation>Mostrar la respuesta original del servicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="829"/>
        <source>Raw answer</source>
        <translation>Respuesta original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="833"/>
        <source>(no raw answer)</source>
        <translation>(sin respuesta original)</translation>
    </message>
</context>
<context>
    <name>ScanSession</name>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="33"/>
        <source>CSV file</source>
        <translation>archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="65"/>
        <source>The record could not be written to the CSV file; check the file and press Save again.</source>
        <translation>No se pudo escribir el registro en el archivo CSV; revise el archivo y pulse Guardar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="233"/>
        <source>The file %1 could not be read; check that it exists.</source>
        <translation>No se pudo leer el archivo %1; compruebe que existe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="249"/>
        <source>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</source>
        <translation>El archivo no se pudo abrir como imagen; elija un archivo JPEG, PNG o PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="313"/>
        <source>The scan could not be read because of an internal error; retry, and report it if it happens again.</source>
        <translation>La lectura falló por un error interno; reintente e informe de ello si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="320"/>
        <source>The scan failed; retry.</source>
        <translation>La lectura falló; reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="328"/>
        <source>Scan %1: this document number was already scanned in this session.</source>
        <translation>Lectura %1: este número de documento ya se leyó en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="400"/>
        <source>Nothing to confirm.</source>
        <translation>No hay nada que confirmar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="39"/>
        <source>Saving to the CSV file…</source>
        <translation>Guardando en el archivo CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="448"/>
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
        <location filename="../../desktop_app/station/session.py" line="459"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="449"/>
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
        <location filename="../../desktop_app/ui/session_list.py" line="25"/>
        <source>Opening the image…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="26"/>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="27"/>
        <source>Retrying…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="28"/>
        <source>Needs review</source>
        <translation>Por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="29"/>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="30"/>
        <source>Confirmed, NOT saved</source>
        <translation>Confirmado, SIN guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="31"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="32"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="67"/>
        <source>Scans in this session</source>
        <translation>Lecturas de esta sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="121"/>
        <source>duplicate number</source>
        <translation>número duplicado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="124"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/session_list.py" line="179"/>
        <source>This shift&apos;s scans appear here (kept in memory only).</source>
        <translation>Aquí aparecen las lecturas de este turno (solo en memoria).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="90"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="91"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="107"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="109"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="112"/>
        <source>S&amp;tation</source>
        <translation>Es&amp;tación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="115"/>
        <source>&amp;Registration</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="129"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="131"/>
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="132"/>
        <source>Add a new profile</source>
        <translation>Añadir un perfil nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="141"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="143"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="161"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="149"/>
        <source>the vendor&apos;s default</source>
        <translation>la del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="150"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="162"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="152"/>
        <source>e.g. passport</source>
        <translation>p. ej. passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="153"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="163"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="155"/>
        <source>TD: two letters (ES); AccuAuth: ecuador</source>
        <translation>TD: dos letras (ES); AccuAuth: ecuador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="156"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="164"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="159"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="165"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="160"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="167"/>
        <source>Keys (stored only in the system keyring)</source>
        <translation>Claves (solo se guardan en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="171"/>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="174"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="176"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="177"/>
        <source>Remove the profile and its keys</source>
        <translation>Eliminar el perfil y sus claves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="184"/>
        <source>Profile status</source>
        <translation>Estado del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="280"/>
        <source>set: type to replace</source>
        <translation>guardada: escriba para sustituirla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="280"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="282"/>
        <source>not set</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="282"/>
        <source>set</source>
        <translation>guardada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="296"/>
        <source>Not saved: %1.</source>
        <translation>No se guardó: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="313"/>
        <source>The profile was saved but its keys were not: %1</source>
        <translation>El perfil se guardó, pero sus claves no: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="318"/>
        <source>Profile %1 saved.</source>
        <translation>Perfil %1 guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="335"/>
        <source>Profile %1 and its keys were removed.</source>
        <translation>Se eliminaron el perfil %1 y sus claves.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="341"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="356"/>
        <source>The keys are set. This vendor has no free test call; the first scan will show whether they work.</source>
        <translation>Las claves están guardadas. Este proveedor no ofrece una llamada de prueba gratuita; la primera lectura mostrará si funcionan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="360"/>
        <source>Connected. Credits left: %1.</source>
        <translation>Conectado. Créditos restantes: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="453"/>
        <source>No scanner</source>
        <translation>Ningún escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="459"/>
        <source>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</source>
        <translation>un escáner de la lista, o la dirección de un escáner de red (http://…/eSCL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="461"/>
        <source>&amp;Find scanners</source>
        <translation>&amp;Buscar escáneres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="462"/>
        <source>Find the scanners connected to this computer</source>
        <translation>Buscar los escáneres conectados a este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="272"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="361"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="260"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="307"/>
        <source>Storing the keys of %1 in the system keyring…</source>
        <translation>Guardando las claves de %1 en el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="325"/>
        <source>Removing %1 and its keys…</source>
        <translation>Eliminando %1 y sus claves…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="367"/>
        <source>The test failed unexpectedly; check the base URL and the network.</source>
        <translation>La prueba falló de forma inesperada; revise la URL base y la red.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="385"/>
        <source>Append every confirmed scan to a CSV file</source>
        <translation>Añadir cada lectura confirmada a un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="388"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="410"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="389"/>
        <source>choose a file</source>
        <translation>elija un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="390"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="476"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="391"/>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="395"/>
        <source>Clipboard format</source>
        <translation>Formato del portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="396"/>
        <source>Tab-separated row (spreadsheets)</source>
        <translation>Fila separada por tabulaciones (hojas de cálculo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="396"/>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="397"/>
        <source>Do not copy</source>
        <translation>No copiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="402"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="412"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="411"/>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="427"/>
        <source>CSV file for confirmed scans</source>
        <translation>Archivo CSV para las lecturas confirmadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="428"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="439"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="482"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="440"/>
        <source>System default</source>
        <translation>La predeterminada del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="441"/>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="452"/>
        <source>Scanner device</source>
        <translation>Dispositivo escáner</translation>
    </message>
    <message>
        <source>SANE device name, e.g. test:0; empty for none</source>
        <translation type="vanished">Nombre del dispositivo SANE, p. ej. test:0; vacío para ninguno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="467"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="468"/>
        <source> good frames</source>
        <translation> imágenes buenas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="470"/>
        <source>Auto-capture after this many good frames</source>
        <translation>Captura automática tras este número de imágenes buenas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="472"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="485"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="518"/>
        <source>Hot folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="473"/>
        <source>empty: off</source>
        <translation>vacía: desactivada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="474"/>
        <source>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</source>
        <translation>Cada imagen o PDF que se guarde en esta carpeta (p. ej. desde un escáner) se lee automáticamente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="477"/>
        <source>Choose the hot folder</source>
        <translation>Elegir la carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="480"/>
        <source>Delete each file from the hot folder once it has been read</source>
        <translation>Borrar cada archivo de la carpeta vigilada una vez leído</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="483"/>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="484"/>
        <source>Auto-capture</source>
        <translation>Captura automática</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="528"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="556"/>
        <source>Default profile</source>
        <translation>Perfil predeterminado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="532"/>
        <source>Default country for TD</source>
        <translation>País predeterminado para TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="533"/>
        <source>Re-read the MRZ offline after a vendor answer</source>
        <translation>Volver a leer la MRZ sin conexión tras la respuesta del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="535"/>
        <source>Play a sound on success and failure</source>
        <translation>Reproducir un sonido al acertar y al fallar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="540"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="541"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="543"/>
        <source>Clear the session after this many idle seconds</source>
        <translation>Vaciar la sesión tras estos segundos de inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="545"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="546"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="550"/>
        <source>Start in kiosk mode (full screen, PIN to leave)</source>
        <translation>Iniciar en modo quiosco (pantalla completa, PIN para salir)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="554"/>
        <source>New kiosk PIN</source>
        <translation>Nuevo PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="555"/>
        <source>PIN is set: type to change</source>
        <translation>Hay un PIN: escriba para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="555"/>
        <source>no PIN</source>
        <translation>sin PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="557"/>
        <source>Default TD country</source>
        <translation>País predeterminado de TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="560"/>
        <source>Idle timeout</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="561"/>
        <source>Language (after restart)</source>
        <translation>Idioma (tras reiniciar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="563"/>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="573"/>
        <source>Offline engine (no network)</source>
        <translation>Motor sin conexión (sin red)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="585"/>
        <source>Set by the administrator</source>
        <translation>Fijado por el administrador</translation>
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
        <location filename="../../desktop_app/ui/kiosk.py" line="27"/>
        <location filename="../../desktop_app/ui/kiosk.py" line="31"/>
        <source>Administrator PIN</source>
        <translation>PIN del administrador</translation>
    </message>
</context>
<context>
    <name>self._view</name>
    <message>
        <source>Live</source>
        <translation type="vanished">En directo</translation>
    </message>
</context>
</TS>
