<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Edits</name>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="107"/>
        <source>%1: write the date as YYYY-MM-DD, e.g. 1990-04-11.</source>
        <translation>%1: escriba la fecha como AAAA-MM-DD, p. ej. 1990-04-11.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="112"/>
        <source>%1: use M, F or X.</source>
        <translation>%1: use M, F o X.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="117"/>
        <source>%1: use the three-letter code, e.g. ESP or USA.</source>
        <translation>%1: use el código de tres letras, p. ej. ESP o USA.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/review_fields.py" line="122"/>
        <source>%1: choose one of the listed types.</source>
        <translation>%1: elija uno de los tipos de la lista.</translation>
    </message>
</context>
<context>
    <name>EngineErrors</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="174"/>
        <source>The station sent a request the service did not accept; report this with the request id.</source>
        <translation>La estación envió una solicitud que el servicio no aceptó; informe de ello con el id de solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="176"/>
        <source>The service could not read this image; retake the picture with the whole document in view.</source>
        <translation>El servicio no pudo leer esta imagen; repita la foto con todo el documento a la vista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="178"/>
        <source>The service rejected the key; check the profile&apos;s keys in Settings.</source>
        <translation>El servicio rechazó la clave; revise las claves del perfil en Ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="179"/>
        <source>This computer&apos;s clock is wrong; correct the date and time and try again.</source>
        <translation>El reloj de este equipo no es correcto; corrija la fecha y la hora e inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="181"/>
        <source>This product or country is not enabled for the account; ask the administrator.</source>
        <translation>Este producto o país no está habilitado para la cuenta; consulte al administrador.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="183"/>
        <source>The account has no credits or quota left; top it up or switch to another profile.</source>
        <translation>La cuenta no tiene créditos ni cuota; recárguela o cambie a otro perfil.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="185"/>
        <source>The service is receiving too many requests; wait a moment and retry.</source>
        <translation>El servicio recibe demasiadas solicitudes; espere un momento y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="187"/>
        <source>The service is having trouble; try again in a minute.</source>
        <translation>El servicio tiene problemas; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="188"/>
        <source>The service could not be reached; check the network connection and retry.</source>
        <translation>No se pudo contactar con el servicio; revise la conexión de red y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="190"/>
        <source>The service did not answer in time; retry (the call may have been billed).</source>
        <translation>El servicio no respondió a tiempo; reintente (la llamada puede haberse cobrado).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="192"/>
        <source>The service sent an answer the station does not understand; report this with the request id.</source>
        <translation>El servicio envió una respuesta que la estación no entiende; informe de ello con el id de solicitud.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="194"/>
        <source>The system keyring is locked or missing; unlock it (log in again) and retry.</source>
        <translation>El llavero del sistema está bloqueado o no existe; desbloquéelo (vuelva a iniciar sesión) y reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="196"/>
        <source>The profile is not set up correctly; check it in Settings.</source>
        <translation>El perfil no está bien configurado; revíselo en Ajustes.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="65"/>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="66"/>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="67"/>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="68"/>
        <source>Given names</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="69"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="70"/>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="71"/>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="72"/>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="73"/>
        <source>Issuing country</source>
        <translation>País emisor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="74"/>
        <source>Date of issue</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="75"/>
        <source>Date of expiry</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="76"/>
        <source>Personal number</source>
        <translation>Número personal</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="77"/>
        <source>Place of birth</source>
        <translation>Lugar de nacimiento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="78"/>
        <source>Issuing authority</source>
        <translation>Autoridad emisora</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="79"/>
        <source>Place of issue</source>
        <translation>Lugar de expedición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="80"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="87"/>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="87"/>
        <source>National ID card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="88"/>
        <source>Driver&apos;s license</source>
        <translation>Permiso de conducir</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="89"/>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Voter ID</source>
        <translation>Credencial de elector</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="90"/>
        <source>Visa</source>
        <translation>Visado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="91"/>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="92"/>
        <source>Unknown document</source>
        <translation>Documento desconocido</translation>
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
        <location filename="../../desktop_app/ui/main_window.py" line="114"/>
        <source>ID Scan Station</source>
        <translation>Estación de lectura de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="132"/>
        <source>&amp;Engine:</source>
        <translation>&amp;Motor:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="135"/>
        <source>Engine profile</source>
        <translation>Perfil del motor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="138"/>
        <source>Capture  (Space)</source>
        <translation>Capturar  (Espacio)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="140"/>
        <source>Capture the document</source>
        <translation>Capturar el documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="141"/>
        <source>&amp;Open files…</source>
        <translation>&amp;Abrir archivos…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="142"/>
        <source>Open document image files</source>
        <translation>Abrir archivos de imagen de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="143"/>
        <source>Scan  (F5)</source>
        <translation>Escanear  (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="144"/>
        <source>Scan a page with the scanner</source>
        <translation>Escanear una página con el escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="146"/>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="147"/>
        <source>Paste an image from the clipboard</source>
        <translation>Pegar una imagen del portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="148"/>
        <source>C&amp;lear session</source>
        <translation>&amp;Vaciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="149"/>
        <source>Forget every scan in this session</source>
        <translation>Olvidar todas las lecturas de esta sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="150"/>
        <source>&amp;Settings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="151"/>
        <source>Open settings</source>
        <translation>Abrir los ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="183"/>
        <source>Enter the PIN to change the engine.</source>
        <translation>Introduzca el PIN para cambiar de motor.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="186"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="251"/>
        <location filename="../../desktop_app/ui/main_window.py" line="283"/>
        <source>Offline engine (no network)</source>
        <translation>Motor sin conexión (sin red)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="312"/>
        <source>Enter the PIN to open files.</source>
        <translation>Introduzca el PIN para abrir archivos.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="315"/>
        <source>Open document images</source>
        <translation>Abrir imágenes de documentos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="316"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;All files (*)</source>
        <translation>Imágenes y PDF (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.bmp *.gif *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="332"/>
        <source>The clipboard holds no image; copy a picture or an image file first.</source>
        <translation>El portapapeles no contiene ninguna imagen; copie antes una imagen o un archivo de imagen.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="343"/>
        <source>No camera is running; ask the front desk.</source>
        <translation>No hay ninguna cámara en marcha; pregunte en recepción.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="355"/>
        <source>Live</source>
        <translation>En directo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="369"/>
        <source>No scanner is set up; choose one in Settings, Capture.</source>
        <translation>No hay ningún escáner configurado; elija uno en Ajustes, Captura.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="372"/>
        <source>Scanning…</source>
        <translation>Escaneando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="202"/>
        <source>%1 page(s) scanned.</source>
        <translation>%1 página(s) escaneada(s).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="437"/>
        <source>The record was copied to the clipboard.</source>
        <translation>El registro se copió al portapapeles.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="440"/>
        <source>Enter the PIN to clear the session.</source>
        <translation>Introduzca el PIN para vaciar la sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="443"/>
        <source>Clear session</source>
        <translation>Vaciar sesión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="444"/>
        <source>Forget every scan in this session? Records that are confirmed but not saved are kept.</source>
        <translation>¿Olvidar todas las lecturas de esta sesión? Se conservan los registros confirmados que no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="451"/>
        <source>Session cleared; %1 unsaved record(s) kept.</source>
        <translation>Sesión vaciada; se conservan %1 registro(s) sin guardar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="454"/>
        <source>Session cleared.</source>
        <translation>Sesión vaciada.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="459"/>
        <source>The session was cleared after a period of inactivity.</source>
        <translation>La sesión se vació tras un periodo de inactividad.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="470"/>
        <source>Scan %1</source>
        <translation>Lectura %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="501"/>
        <source>%1 reading</source>
        <translation>%1 leyendo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="503"/>
        <source>%1 to review</source>
        <translation>%1 por revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="505"/>
        <source>%1 NOT saved</source>
        <translation>%1 SIN guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="516"/>
        <source>About ID Scan Station</source>
        <translation>Acerca de ID Scan Station</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="517"/>
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
        <location filename="../../desktop_app/ui/main_window.py" line="527"/>
        <source>Enter the PIN to open Settings.</source>
        <translation>Introduzca el PIN para abrir los ajustes.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="308"/>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="559"/>
        <source>Enter the PIN to leave kiosk mode.</source>
        <translation>Introduzca el PIN para salir del modo quiosco.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="565"/>
        <source>Records not saved</source>
        <translation>Registros sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/main_window.py" line="566"/>
        <source>%1 confirmed record(s) are not saved yet and will be lost. Close anyway?</source>
        <translation>%1 registro(s) confirmado(s) aún no se han guardado y se perderán. ¿Cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="100"/>
        <source>valid</source>
        <translation>válido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="102"/>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="103"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="825"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="839"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="847"/>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="108"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="823"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="842"/>
        <source>pass</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="110"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="844"/>
        <source>fail</source>
        <translation>fallo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="112"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="126"/>
        <source>not performed</source>
        <translation>no realizado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="114"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="127"/>
        <source>not provided by vendor</source>
        <translation>no facilitado por el proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="115"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="120"/>
        <source>no sign of forgery</source>
        <translation>sin indicios de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="122"/>
        <source>forgery detected</source>
        <translation>falsificación detectada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="124"/>
        <source>forgery suspected</source>
        <translation>sospecha de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="149"/>
        <source>black-and-white photocopy</source>
        <translation>fotocopia en blanco y negro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="150"/>
        <source>photocopy</source>
        <translation>fotocopia</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="151"/>
        <source>photo of a screen</source>
        <translation>foto de una pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="152"/>
        <source>tampered</source>
        <translation>manipulado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="153"/>
        <source>other reason</source>
        <translation>otro motivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="160"/>
        <source>no expiry date read</source>
        <translation>no se leyó la fecha de caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="163"/>
        <source>EXPIRED on %1</source>
        <translation>CADUCADO el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="165"/>
        <source>expires soon: %1 (within 6 months)</source>
        <translation>caduca pronto: %1 (en menos de 6 meses)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="166"/>
        <source>valid until %1</source>
        <translation>válido hasta el %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="242"/>
        <source>not provided</source>
        <translation>no facilitado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="259"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="281"/>
        <source>No scan selected.
Scan a document, or pick one from the list.</source>
        <translation>Ninguna lectura seleccionada.
Lea un documento o elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="292"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="433"/>
        <source>Reading the document…</source>
        <translation>Leyendo el documento…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="297"/>
        <source>Reading in progress</source>
        <translation>Lectura en curso</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="322"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="322"/>
        <source>Retry this scan</source>
        <translation>Reintentar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="389"/>
        <source>Send to…</source>
        <translation>Enviar a…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="391"/>
        <source>Read with another profile</source>
        <translation>Leer con otro perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="325"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="133"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="134"/>
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="135"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="136"/>
        <source>Perspective</source>
        <translation>Perspectiva</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="137"/>
        <source>Focus</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="138"/>
        <source>Glare</source>
        <translation>Reflejos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="139"/>
        <source>Colour (not a photocopy)</source>
        <translation>Color (no es una fotocopia)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="140"/>
        <source>Not a photo of a screen</source>
        <translation>No es una foto de una pantalla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="141"/>
        <source>Face photo</source>
        <translation>Foto del titular</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="142"/>
        <source>Steadiness</source>
        <translation>Estabilidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="325"/>
        <source>Discard this scan</source>
        <translation>Descartar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="326"/>
        <source>&amp;Save again</source>
        <translation>&amp;Guardar de nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="326"/>
        <source>Try saving the record to the CSV file again</source>
        <translation>Intentar de nuevo guardar el registro en el archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="328"/>
        <source>&amp;Copy record</source>
        <translation>&amp;Copiar registro</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="328"/>
        <source>Copy the record to the clipboard</source>
        <translation>Copiar el registro al portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="355"/>
        <source>Confirm  (Enter)</source>
        <translation>Confirmar  (Intro)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="355"/>
        <source>Confirm and export this scan</source>
        <translation>Confirmar y exportar esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="358"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="358"/>
        <source>Reject this scan and forget it</source>
        <translation>Rechazar esta lectura y olvidarla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="360"/>
        <source>Re-read</source>
        <translation>Volver a leer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="360"/>
        <source>Read the same picture again</source>
        <translation>Leer otra vez la misma imagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="401"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="806"/>
        <source>Offline engine</source>
        <translation>Motor sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="431"/>
        <source>Opening the image…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="432"/>
        <source>Reading the document again…</source>
        <translation>Leyendo el documento de nuevo…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="456"/>
        <source>The scan failed</source>
        <translation>La lectura falló</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="464"/>
        <source>Confirmed, but NOT saved</source>
        <translation>Confirmado, pero SIN guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="466"/>
        <source>The record is kept in memory until it is saved; do not close the station.</source>
        <translation>El registro se conserva en memoria hasta que se guarde; no cierre la estación.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="471"/>
        <source>Confirmed and exported</source>
        <translation>Confirmado y exportado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="472"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="475"/>
        <source>The picture and the fields were removed from this computer&apos;s memory.</source>
        <translation>La imagen y los campos se eliminaron de la memoria de este equipo.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="474"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="552"/>
        <source>offline engine</source>
        <translation>motor sin conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="553"/>
        <source>Read by %1</source>
        <translation>Leído por %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="555"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="557"/>
        <source>request id %1</source>
        <translation>id de solicitud %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="564"/>
        <source>This document number was already scanned in this session.</source>
        <translation>Este número de documento ya se leyó en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="566"/>
        <source>Some key fields are missing; check them against the document.</source>
        <translation>Faltan campos clave; compárelos con el documento.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="583"/>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="583"/>
        <source>check digits correct</source>
        <translation>dígitos de control correctos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="584"/>
        <source>check digit wrong</source>
        <translation>dígito de control erróneo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="585"/>
        <source>not read</source>
        <translation>no leída</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="589"/>
        <source>Forgery</source>
        <translation>Falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="594"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="609"/>
        <source>Portrait</source>
        <translation>Retrato</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="609"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="610"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="627"/>
        <source>(blank)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="653"/>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="741"/>
        <source>Other fields (read only)</source>
        <translation>Otros campos (solo lectura)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="754"/>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="771"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="779"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="781"/>
        <source>MRZ check digits</source>
        <translation>Dígitos de control de la MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="771"/>
        <source>all correct</source>
        <translation>todos correctos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="778"/>
        <source>composite</source>
        <translation>compuesto</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="779"/>
        <source>wrong</source>
        <translation>erróneos</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="781"/>
        <source>no MRZ read</source>
        <translation>no se leyó la MRZ</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="784"/>
        <source>Vendor&apos;s MRZ check</source>
        <translation>Comprobación de la MRZ del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="801"/>
        <source>Image quality: offline engine / this station</source>
        <translation>Calidad de imagen: motor sin conexión / esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="826"/>
        <source>only for camera pictures</source>
        <translation>solo para imágenes de cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="859"/>
        <source>no difference found by the offline re-read</source>
        <translation>la relectura sin conexión no encontró diferencias</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="586"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="786"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="680"/>
        <source>MRZ: %1</source>
        <translation>MRZ: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="680"/>
        <source>as read: %1</source>
        <translation>leído: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="683"/>
        <source>%1 in the MRZ: %2</source>
        <translation>%1 en la MRZ: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="684"/>
        <source>%1 as read: %2</source>
        <translation>%1 leído: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="726"/>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="789"/>
        <source>Vendor&apos;s overall verdict</source>
        <translation>Veredicto general del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="792"/>
        <location filename="../../desktop_app/ui/review_panel.py" line="794"/>
        <source>Forgery check</source>
        <translation>Comprobación de falsificación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="794"/>
        <source>not performed by the offline engine</source>
        <translation>el motor sin conexión no la realiza</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="802"/>
        <source>Image quality: vendor / this station</source>
        <translation>Calidad de imagen: proveedor / esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="806"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="807"/>
        <source>This station</source>
        <translation>Esta estación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="823"/>
        <source>problems</source>
        <translation>problemas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="827"/>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="846"/>
        <source>check</source>
        <translation>revisar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="850"/>
        <source>Second opinion (offline MRZ re-read)</source>
        <translation>Segunda opinión (relectura de la MRZ sin conexión)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="854"/>
        <source>not needed: the offline engine read this scan</source>
        <translation>no necesaria: el motor sin conexión leyó esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="857"/>
        <source>not available for this scan</source>
        <translation>no disponible para esta lectura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="865"/>
        <source>%1: vendor read “%2”, offline read “%3”</source>
        <translation>%1: el proveedor leyó «%2», sin conexión se leyó «%3»</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="877"/>
        <source>Raw answer (redacted)</source>
        <translation>Respuesta original (censurada)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="881"/>
        <source>Show the service&apos;s raw answer</source>
        <translation>Mostrar la respuesta original del servicio</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="884"/>
        <source>Raw answer</source>
        <translation>Respuesta original</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/review_panel.py" line="888"/>
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
        <location filename="../../desktop_app/station/session.py" line="230"/>
        <source>The file %1 could not be read; check that it exists.</source>
        <translation>No se pudo leer el archivo %1; compruebe que existe.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="246"/>
        <source>The file could not be opened as an image; choose a JPEG, PNG or PDF file.</source>
        <translation>El archivo no se pudo abrir como imagen; elija un archivo JPEG, PNG o PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="310"/>
        <source>The scan could not be read because of an internal error; retry, and report it if it happens again.</source>
        <translation>La lectura falló por un error interno; reintente e informe de ello si vuelve a ocurrir.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="317"/>
        <source>The scan failed; retry.</source>
        <translation>La lectura falló; reintente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="325"/>
        <source>Scan %1: this document number was already scanned in this session.</source>
        <translation>Lectura %1: este número de documento ya se leyó en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="397"/>
        <source>Nothing to confirm.</source>
        <translation>No hay nada que confirmar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/csv_sink.py" line="39"/>
        <source>Saving to the CSV file…</source>
        <translation>Guardando en el archivo CSV…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="444"/>
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
        <source>Scan %1 confirmed (no CSV file or clipboard export is set up in Settings).</source>
        <translation>Lectura %1 confirmada (no hay archivo CSV ni exportación al portapapeles configurados en Ajustes).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/export_delivery.py" line="79"/>
        <source>Scan %1 exported: %2.</source>
        <translation>Escaneo %1 exportado: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="455"/>
        <source>Nothing to save.</source>
        <translation>No hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/session.py" line="445"/>
        <source>Scan %1 is still not saved: %2</source>
        <translation>La lectura %1 sigue sin guardarse: %2</translation>
    </message>
    <message>
        <location filename="../../desktop_app/station/clipboard_sink.py" line="35"/>
        <source>clipboard</source>
        <translation>portapapeles</translation>
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
        <location filename="../../desktop_app/ui/settings_dialog.py" line="89"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="90"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="106"/>
        <source>Settings pages</source>
        <translation>Páginas de ajustes</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="108"/>
        <source>&amp;Profiles</source>
        <translation>&amp;Perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="109"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="110"/>
        <source>&amp;Capture</source>
        <translation>&amp;Captura</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="111"/>
        <source>S&amp;tation</source>
        <translation>Es&amp;tación</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="125"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="127"/>
        <source>&amp;New profile</source>
        <translation>&amp;Nuevo perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="128"/>
        <source>Add a new profile</source>
        <translation>Añadir un perfil nuevo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="137"/>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="139"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="157"/>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="145"/>
        <source>the vendor&apos;s default</source>
        <translation>la del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="146"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="158"/>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="148"/>
        <source>e.g. passport</source>
        <translation>p. ej. passport</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="149"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="159"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="151"/>
        <source>TD: two letters (ES); AccuAuth: ecuador</source>
        <translation>TD: dos letras (ES); AccuAuth: ecuador</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="152"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="160"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="155"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="161"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="156"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="163"/>
        <source>Keys (stored only in the system keyring)</source>
        <translation>Claves (solo se guardan en el llavero del sistema)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="167"/>
        <source>Sa&amp;ve profile</source>
        <translation>&amp;Guardar perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="170"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="172"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="173"/>
        <source>Remove the profile and its keys</source>
        <translation>Eliminar el perfil y sus claves</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="180"/>
        <source>Profile status</source>
        <translation>Estado del perfil</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="276"/>
        <source>set: type to replace</source>
        <translation>guardada: escriba para sustituirla</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="276"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="278"/>
        <source>not set</source>
        <translation>sin guardar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="278"/>
        <source>set</source>
        <translation>guardada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="292"/>
        <source>Not saved: %1.</source>
        <translation>No se guardó: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="309"/>
        <source>The profile was saved but its keys were not: %1</source>
        <translation>El perfil se guardó, pero sus claves no: %1</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="314"/>
        <source>Profile %1 saved.</source>
        <translation>Perfil %1 guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="331"/>
        <source>Profile %1 and its keys were removed.</source>
        <translation>Se eliminaron el perfil %1 y sus claves.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="337"/>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="352"/>
        <source>The keys are set. This vendor has no free test call; the first scan will show whether they work.</source>
        <translation>Las claves están guardadas. Este proveedor no ofrece una llamada de prueba gratuita; la primera lectura mostrará si funcionan.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="356"/>
        <source>Connected. Credits left: %1.</source>
        <translation>Conectado. Créditos restantes: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="449"/>
        <source>No scanner</source>
        <translation>Ningún escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="455"/>
        <source>a scanner from the list, or a network scanner&apos;s address (http://…/eSCL)</source>
        <translation>un escáner de la lista, o la dirección de un escáner de red (http://…/eSCL)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="457"/>
        <source>&amp;Find scanners</source>
        <translation>&amp;Buscar escáneres</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="458"/>
        <source>Find the scanners connected to this computer</source>
        <translation>Buscar los escáneres conectados a este equipo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="268"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="357"/>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="256"/>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="303"/>
        <source>Storing the keys of %1 in the system keyring…</source>
        <translation>Guardando las claves de %1 en el llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="321"/>
        <source>Removing %1 and its keys…</source>
        <translation>Eliminando %1 y sus claves…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="363"/>
        <source>The test failed unexpectedly; check the base URL and the network.</source>
        <translation>La prueba falló de forma inesperada; revise la URL base y la red.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="381"/>
        <source>Append every confirmed scan to a CSV file</source>
        <translation>Añadir cada lectura confirmada a un archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="384"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="406"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="385"/>
        <source>choose a file</source>
        <translation>elija un archivo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="386"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="472"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="387"/>
        <source>Choose the CSV file</source>
        <translation>Elegir el archivo CSV</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="391"/>
        <source>Clipboard format</source>
        <translation>Formato del portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="392"/>
        <source>Tab-separated row (spreadsheets)</source>
        <translation>Fila separada por tabulaciones (hojas de cálculo)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="392"/>
        <source>JSON object</source>
        <translation>Objeto JSON</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="393"/>
        <source>Do not copy</source>
        <translation>No copiar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="398"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="408"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="407"/>
        <source>Clipboard</source>
        <translation>Portapapeles</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="423"/>
        <source>CSV file for confirmed scans</source>
        <translation>Archivo CSV para las lecturas confirmadas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="424"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="435"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="478"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="436"/>
        <source>System default</source>
        <translation>La predeterminada del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="437"/>
        <source>No camera</source>
        <translation>Sin cámara</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="448"/>
        <source>Scanner device</source>
        <translation>Dispositivo escáner</translation>
    </message>
    <message>
        <source>SANE device name, e.g. test:0; empty for none</source>
        <translation type="vanished">Nombre del dispositivo SANE, p. ej. test:0; vacío para ninguno</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="463"/>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="464"/>
        <source> good frames</source>
        <translation> imágenes buenas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="466"/>
        <source>Auto-capture after this many good frames</source>
        <translation>Captura automática tras este número de imágenes buenas</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="468"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="481"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="514"/>
        <source>Hot folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="469"/>
        <source>empty: off</source>
        <translation>vacía: desactivada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="470"/>
        <source>Every image or PDF saved into this folder (e.g. by a scanner) is read automatically.</source>
        <translation>Cada imagen o PDF que se guarde en esta carpeta (p. ej. desde un escáner) se lee automáticamente.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="473"/>
        <source>Choose the hot folder</source>
        <translation>Elegir la carpeta vigilada</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="476"/>
        <source>Delete each file from the hot folder once it has been read</source>
        <translation>Borrar cada archivo de la carpeta vigilada una vez leído</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="479"/>
        <source>Scanner</source>
        <translation>Escáner</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="480"/>
        <source>Auto-capture</source>
        <translation>Captura automática</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="524"/>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="552"/>
        <source>Default profile</source>
        <translation>Perfil predeterminado</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="528"/>
        <source>Default country for TD</source>
        <translation>País predeterminado para TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="529"/>
        <source>Re-read the MRZ offline after a vendor answer</source>
        <translation>Volver a leer la MRZ sin conexión tras la respuesta del proveedor</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="531"/>
        <source>Play a sound on success and failure</source>
        <translation>Reproducir un sonido al acertar y al fallar</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="536"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="537"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="539"/>
        <source>Clear the session after this many idle seconds</source>
        <translation>Vaciar la sesión tras estos segundos de inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="541"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="542"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="546"/>
        <source>Start in kiosk mode (full screen, PIN to leave)</source>
        <translation>Iniciar en modo quiosco (pantalla completa, PIN para salir)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="550"/>
        <source>New kiosk PIN</source>
        <translation>Nuevo PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="551"/>
        <source>PIN is set: type to change</source>
        <translation>Hay un PIN: escriba para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="551"/>
        <source>no PIN</source>
        <translation>sin PIN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="553"/>
        <source>Default TD country</source>
        <translation>País predeterminado de TD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="556"/>
        <source>Idle timeout</source>
        <translation>Tiempo de inactividad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="557"/>
        <source>Language (after restart)</source>
        <translation>Idioma (tras reiniciar)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="559"/>
        <source>Kiosk PIN</source>
        <translation>PIN del quiosco</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="569"/>
        <source>Offline engine (no network)</source>
        <translation>Motor sin conexión (sin red)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/ui/settings_dialog.py" line="581"/>
        <source>Set by the administrator</source>
        <translation>Fijado por el administrador</translation>
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
<context>
    <name>self._view</name>
    <message>
        <source>Live</source>
        <translation type="vanished">En directo</translation>
    </message>
</context>
</TS>
