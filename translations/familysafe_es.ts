<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <location filename="../src/familysafe/ui/i18n.py" line="+66"/>
        <source>Some activities are not yet translated, so they are shown in English.</source>
        <translation>Algunas actividades aún no están traducidas, así que se muestran en inglés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../src/familysafe/ui/parent/area.py" line="+269"/>
        <source>%1 activity file(s) could not be read and are hidden. Reinstalling FamilySafe should fix this.</source>
        <translation>No se pudieron leer %1 archivo(s) de actividades y se han ocultado. Volver a instalar FamilySafe debería arreglarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Help page could not be read (%1).</source>
        <translation>No se pudo leer la página de Ayuda (%1).</translation>
    </message>
</context>
<context>
    <name>AvatarPicker</name>
    <message>
        <location filename="../src/familysafe/ui/setup.py" line="+72"/>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="+429"/>
        <location line="+7"/>
        <location line="+17"/>
        <source>To do together later</source>
        <translation>Para hacer juntos más tarde</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>A note for the grown-up to keep (optional):</source>
        <translation>Una nota para que la guarde el adulto (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grown-up&apos;s note</source>
        <translation>Nota del adulto</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <location filename="../src/familysafe/ui/home.py" line="+89"/>
        <source>%1&apos;s activities</source>
        <translation>Actividades de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready for you</source>
        <translation>Lista para ti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit %1 · about 15 minutes</source>
        <translation>Unidad %1 · unos 15 minutos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on %1</source>
        <translation>Seguir con %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Start %1</source>
        <translation>Empezar %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All done for now. Well done!</source>
        <translation>Todo hecho por ahora. ¡Muy bien!</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge: %1</source>
        <translation>Insignia: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 activity done</source>
        <translation>1 actividad hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 activities done</source>
        <translation>%1 actividades hechas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 activities done in all</source>
        <translation>%1 actividades hechas en total</translation>
    </message>
</context>
<context>
    <name>ChildrenTab</name>
    <message>
        <location filename="../src/familysafe/ui/parent/children.py" line="+36"/>
        <source>Nickname of %1</source>
        <translation>Apodo de %1</translation>
    </message>
    <message>
        <source>Age group of %1</source>
        <translation type="vanished">Edad de %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bring back %1</source>
        <translation>Recuperar a %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive %1</source>
        <translation>Archivar a %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a child</source>
        <translation>Añadir un niño o niña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New child&apos;s nickname</source>
        <translation>Apodo del nuevo niño o niña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New child&apos;s age group</source>
        <translation>Edad del nuevo niño o niña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add this child</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To erase a child and everything about them, use the Your data tab.</source>
        <translation>Para borrar a un niño o niña y todos sus datos, usa la pestaña Tus datos.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 is in ages %2 now; everything done before stays in the history.</source>
        <translation>%1 está ahora en el grupo de %2 años; todo lo hecho antes se queda en el historial.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Picture of %1</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the picture…</source>
        <translation>Cambiar la imagen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the picture of %1</source>
        <translation>Cambiar la imagen de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has a new picture.</source>
        <translation>%1 tiene una imagen nueva.</translation>
    </message>
</context>
<context>
    <name>DataTab</name>
    <message>
        <location filename="../src/familysafe/ui/parent/data.py" line="+50"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything FamilySafe keeps, as one JSON file and one CSV file per kind of record, in a new folder inside the folder you choose.</source>
        <translation>Todo lo que guarda FamilySafe, en un archivo JSON y un archivo CSV por cada tipo de registro, en una carpeta nueva dentro de la carpeta que elijas.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only %1</source>
        <translation>Solo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export as JSON and CSV</source>
        <translation>Exportar como JSON y CSV</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FamilySafe keeps a copy every day on this computer. You can also save a copy anywhere (a USB stick, for example), and go back to a copy. Going back checks the copy first; what is there now is kept beside it, not deleted.</source>
        <translation>FamilySafe guarda una copia cada día en este equipo. También puedes guardar una copia donde quieras (en una memoria USB, por ejemplo) y volver a una copia. Antes de volver, se revisa la copia; lo que hay ahora se conserva al lado, no se borra.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Back up now…</source>
        <translation>Hacer copia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now to a file</source>
        <translation>Hacer ahora una copia en un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to a backup…</source>
        <translation>Volver a una copia…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Erase</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasing deletes records for good, including from the automatic backups on this computer. It cannot be undone; export or back up first if you may want them.</source>
        <translation>Borrar elimina los registros para siempre, también de las copias automáticas de este equipo. No se puede deshacer; exporta o haz una copia antes si puedes necesitarlos.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Which child to erase</source>
        <translation>Qué perfil borrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Erase this child…</source>
        <translation>Borrar este perfil…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase the chosen child</source>
        <translation>Borrar el perfil elegido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase everything…</source>
        <translation>Borrarlo todo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Erase everything and start again</source>
        <translation>Borrarlo todo y empezar de nuevo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose where to put the export</source>
        <translation>Elige dónde guardar la exportación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save a backup</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FamilySafe backups (*.db)</source>
        <translation>Copias de FamilySafe (*.db)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A backup was saved as %1.</source>
        <translation>Se guardó una copia como %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a backup</source>
        <translation>Elige una copia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FamilySafe backups (*.db);;All files (*)</source>
        <translation>Copias de FamilySafe (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Go back to this backup?</source>
        <translation>¿Volver a esta copia?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FamilySafe will go back to the backup %1. Everything recorded since that backup was made will no longer show. What is there now is kept as a file beside it, not deleted.</source>
        <translation>FamilySafe volverá a la copia %1. Todo lo que se registró después de hacer esa copia dejará de verse. Lo que hay ahora se conserva como un archivo al lado, no se borra.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back to the backup</source>
        <translation>Volver a la copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> What was there before is kept as %1.</source>
        <translation> Lo que había antes se conserva como %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FamilySafe went back to the backup %1.</source>
        <translation>FamilySafe volvió a la copia %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Erase %1?</source>
        <translation>¿Borrar a %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase %1 for good? Every activity, badge, note and promise of %1 will be deleted from this computer, including from the automatic backups. This cannot be undone.

Copies you saved somewhere else, like a USB stick, are not touched.</source>
        <translation>¿Borrar a %1 para siempre? Todas las actividades, insignias, notas y promesas de %1 se eliminarán de este equipo, también de las copias automáticas. No se puede deshacer.

Las copias que guardaste en otro sitio, como una memoria USB, no se tocan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase %1</source>
        <translation>Borrar a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep %1</source>
        <translation>Conservar a %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was erased from FamilySafe.</source>
        <translation>%1 se borró de FamilySafe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Erase everything?</source>
        <translation>¿Borrarlo todo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase everything in FamilySafe? Every child, all progress, notes and promises, the PIN and the automatic backups on this computer will be deleted, and FamilySafe will start again from the beginning. This cannot be undone.</source>
        <translation>¿Borrar todo lo de FamilySafe? Se eliminarán todos los niños, todo el progreso, las notas y las promesas, el PIN y las copias automáticas de este equipo, y FamilySafe empezará de nuevo desde el principio. No se puede deshacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Erase everything</source>
        <translation>Borrarlo todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep everything</source>
        <translation>Conservarlo todo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything was erased. FamilySafe starts again from the beginning.</source>
        <translation>Se borró todo. FamilySafe empieza de nuevo desde el principio.</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <location filename="../src/familysafe/ui/session.py" line="+153"/>
        <source>For the grown-up: to do together later</source>
        <translation>Para el adulto: para hacer juntos más tarde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print this activity…</source>
        <translation>Imprimir esta actividad…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You did it, %1!</source>
        <translation>¡Lo lograste, %1!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New badge: %1</source>
        <translation>Nueva insignia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your promise is in the family agreement.</source>
        <translation>Tu promesa ya está en el acuerdo familiar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(done)</source>
        <translation>(hecho)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A whole year together, %1!</source>
        <translation>¡Un año entero juntos, %1!</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../src/familysafe/ui/errors.py" line="+17"/>
        <source>A nickname is needed.</source>
        <translation>Hace falta un apodo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A nickname can have up to {max} letters.</source>
        <translation>Un apodo puede tener como máximo {max} letras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That nickname contains {kind} ({char}), which is not allowed. Please type it again with letters, numbers and spaces.</source>
        <translation>Ese apodo contiene {kind} ({char}), que no está permitido. Escríbelo de nuevo con letras, números y espacios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That nickname has no visible letters. Please type it again with letters, numbers and spaces.</source>
        <translation>Ese apodo no tiene letras visibles. Escríbelo de nuevo con letras, números y espacios.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please type a PIN.</source>
        <translation>Escribe un PIN.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN can only have the numbers 0 to 9 in it.</source>
        <translation>Un PIN solo puede tener los números del 0 al 9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN needs at least {min} numbers.</source>
        <translation>Un PIN necesita al menos {min} números.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PIN can have at most {max} numbers.</source>
        <translation>Un PIN puede tener como máximo {max} números.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nickname}&apos;s start date cannot be {date}: FamilySafe accepts start dates from {first} to {last}. Nothing was changed.</source>
        <translation>La fecha de inicio de {nickname} no puede ser {date}: FamilySafe acepta fechas de inicio del {first} al {last}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note cannot be empty. To remove it, delete it.</source>
        <translation>Una nota no puede estar vacía. Para quitarla, bórrala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note can have up to {max} letters.</source>
        <translation>Una nota puede tener como máximo {max} letras.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is the file FamilySafe is using; choose another name for the copy.</source>
        <translation>{file} es el archivo que FamilySafe está usando; elige otro nombre para la copia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} is not a file FamilySafe can read. Nothing was changed.</source>
        <translation>{file} no es un archivo que FamilySafe pueda leer. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{file} is the file FamilySafe is using now; choose a saved copy.</source>
        <translation>{file} es el archivo que FamilySafe está usando ahora; elige una copia guardada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder {folder} does not exist, so nothing was exported.</source>
        <translation>La carpeta {folder} no existe, así que no se ha exportado nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FamilySafe could not write the export into {folder} ({reason}). Nothing was exported. Please check that the folder is writable and the disk has space.</source>
        <translation>FamilySafe no pudo escribir la exportación en {folder} ({reason}). No se ha exportado nada. Comprueba que se puede escribir en la carpeta y que queda espacio en el disco.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no age group {band}; the age groups are {bands}.</source>
        <translation>No hay ningún grupo de edad {band}; los grupos de edad son {bands}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nickname} is in ages {band} already. Nothing was changed.</source>
        <translation>{nickname} ya está en el grupo de {band} años. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{nickname} is in the oldest age group already.</source>
        <translation>{nickname} ya está en el grupo de edad más alto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file inside the pack is bigger than it says.</source>
        <translation>Un archivo dentro del paquete es más grande de lo que dice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The check was cancelled; nothing was installed.</source>
        <translation>La comprobación se canceló; no se instaló nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack uses a name that belongs to FamilySafe&apos;s own content.</source>
        <translation>El paquete usa un nombre que pertenece al contenido propio de FamilySafe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack is damaged or is not a FamilySafe pack.</source>
        <translation>El paquete está dañado o no es un paquete de FamilySafe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack holds a kind of file FamilySafe does not read.</source>
        <translation>El paquete contiene un tipo de archivo que FamilySafe no lee.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file in the pack is not the one its list of files names.</source>
        <translation>Un archivo del paquete no es el que indica su lista de archivos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack&apos;s activities do not follow FamilySafe&apos;s rules.</source>
        <translation>Las actividades del paquete no siguen las reglas de FamilySafe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FamilySafe could not write or remove the pack&apos;s files.</source>
        <translation>FamilySafe no pudo escribir ni quitar los archivos del paquete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signing key cannot be used.</source>
        <translation>La clave de firma no se puede usar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack holds a link; a pack may only hold plain files.</source>
        <translation>El paquete contiene un enlace; un paquete solo puede contener archivos normales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack&apos;s list of files is missing or wrong.</source>
        <translation>La lista de archivos del paquete falta o es incorrecta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack cannot be found or read.</source>
        <translation>No se encuentra el paquete o no se puede leer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a newer version of the pack can replace the one installed.</source>
        <translation>Solo una versión más nueva del paquete puede sustituir a la instalada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack&apos;s signature is damaged.</source>
        <translation>La firma del paquete está dañada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This pack was already installed or discarded.</source>
        <translation>Este paquete ya se instaló o se descartó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack is too big.</source>
        <translation>El paquete es demasiado grande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The pack has too many files.</source>
        <translation>El paquete tiene demasiados archivos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file in the pack has a name or place that is not safe.</source>
        <translation>Un archivo del paquete tiene un nombre o una ubicación que no es segura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a line break</source>
        <translation>un salto de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a tab</source>
        <translation>un tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an escape character</source>
        <translation>un carácter de escape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a NUL character</source>
        <translation>un carácter NUL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text-direction control</source>
        <translation>un control de dirección del texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a line separator</source>
        <translation>un separador de línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character</source>
        <translation>un carácter de control</translation>
    </message>
</context>
<context>
    <name>Growing</name>
    <message>
        <location filename="../src/familysafe/ui/parent/growing.py" line="+32"/>
        <source>one new activity every week</source>
        <translation>una actividad nueva cada semana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one new activity every four weeks</source>
        <translation>una actividad nueva cada cuatro semanas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one new activity every two weeks</source>
        <translation>una actividad nueva cada dos semanas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 goes back to ages %2 and carries on where they left it (%3 activities done there); everything done so far stays in %1&apos;s history.</source>
        <translation>%1 vuelve al grupo de %2 años y sigue donde lo dejó (%3 actividades hechas ahí); todo lo hecho hasta ahora se queda en el historial de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 starts ages %2 at its first activity today; %3; everything done so far stays in %1&apos;s history.</source>
        <translation>%1 empieza hoy el grupo de %2 años por su primera actividad; %3; todo lo hecho hasta ahora se queda en el historial de %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ages %1 (now): %2 done</source>
        <translation>De %1 años (ahora): %2 hechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages %1: %2 done</source>
        <translation>De %1 años: %2 hechas</translation>
    </message>
    <message>
        <location line="+206"/>
        <source>Ages %1 · Move up or back…</source>
        <translation>De %1 años · Subir o bajar de grupo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 up or back an age group</source>
        <translation>Subir o bajar a %1 de grupo de edad</translation>
    </message>
</context>
<context>
    <name>GrownUpsSeeScreen</name>
    <message>
        <location filename="../src/familysafe/ui/pages.py" line="+129"/>
        <source>What grown-ups can see</source>
        <translation>Lo que pueden ver los adultos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your grown-up has a parent area in FamilySafe. In it they can see:

- which activities you have done, and how long they took
- how the quiz answers went, by topic
- the notes they typed at the end of an activity
- the promises your family made together

They cannot see anything else on this computer, and nothing is sent anywhere. Everything stays on this computer.

If you want to talk about what they can see, just ask them.</source>
        <translation>El adulto que te acompaña tiene una zona para padres en FamilySafe. Ahí puede ver:

- qué actividades has hecho y cuánto tiempo duraron
- cómo fueron las respuestas de los juegos de preguntas, por tema
- las notas que escribió al final de una actividad
- las promesas que hizo tu familia junta

No puede ver nada más de este equipo, y no se envía nada a ningún sitio. Todo se queda en este equipo.

Si quieres hablar de lo que puede ver, pregúntale.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../src/familysafe/ui/guides.py" line="+488"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the guide</source>
        <translation>Cerrar la guía</translation>
    </message>
</context>
<context>
    <name>GuideReader</name>
    <message>
        <location line="-330"/>
        <location line="+46"/>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+59"/>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print this guide</source>
        <translation>Imprimir esta guía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as PDF…</source>
        <translation>Guardar en PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save this guide as a PDF file</source>
        <translation>Guardar esta guía como archivo PDF</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Guide: %1</source>
        <translation>Guía: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mark as not read</source>
        <translation>Marcar como no leída</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Print the guide</source>
        <translation>Imprimir la guía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the guide as a PDF</source>
        <translation>Guardar la guía en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved to %1</source>
        <translation>Guardada en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PDF could not be saved in %1. Try another folder.</source>
        <translation>No se pudo guardar el PDF en %1. Prueba con otra carpeta.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Last checked on %1.</source>
        <translation>Revisada por última vez el %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a guide from the list to read it here.</source>
        <translation>Elige una guía de la lista para leerla aquí.</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <location line="+118"/>
        <location line="+51"/>
        <source>Guides for grown-ups</source>
        <translation>Guías para adultos</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>A short guide opens with each unit, to read before or after the activity.</source>
        <translation>Con cada unidad se abre una guía breve, para leerla antes o después de la actividad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Search the guides</source>
        <translation>Buscar en las guías</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Age group</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ages</source>
        <translation>Todas las edades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New · %1</source>
        <translation>Nueva · %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each unit&apos;s guide opens with the unit. Add a child to open the first one.</source>
        <translation>La guía de cada unidad se abre con la unidad. Añade un niño o una niña para abrir la primera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No guide matches your search. Try fewer or different words.</source>
        <translation>Ninguna guía coincide con tu búsqueda. Prueba con menos palabras o con otras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open guide has this topic and age group yet.</source>
        <translation>Todavía no hay ninguna guía abierta con este tema y esta edad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 guides shown, %3 new</source>
        <translation>%1 de %2 guías mostradas, %3 nuevas</translation>
    </message>
    <message>
        <location line="-390"/>
        <source>Self-image and identity</source>
        <translation>Autoimagen e identidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online relationships</source>
        <translation>Relaciones en internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online reputation</source>
        <translation>Reputación en internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online bullying</source>
        <translation>Acoso en internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Managing online information</source>
        <translation>Gestionar la información en internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health, wellbeing and lifestyle</source>
        <translation>Salud, bienestar y estilo de vida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privacy and security</source>
        <translation>Privacidad y seguridad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copyright and ownership</source>
        <translation>Derechos de autor y propiedad</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <location filename="../src/familysafe/ui/printouts.py" line="+490"/>
        <source>Ages %1 · Unit %2 · about %3 minutes</source>
        <translation>De %1 años · Unidad %2 · unos %3 minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge: %1</source>
        <translation>Insignia: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>One ending:</source>
        <translation>Un final posible:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>For the grown-up: %1</source>
        <translation>Para el adulto: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Answer to “%1”: %2</source>
        <translation>Respuesta a “%1”: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has no single right answer: talk it through.</source>
        <translation>“%1” no tiene una sola respuesta correcta: conversen sobre ella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If your child tells you something worrying</source>
        <translation>Si tu hijo o hija te cuenta algo preocupante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For later: three questions for the car or the table</source>
        <translation>Para después: tres preguntas para el auto o la mesa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app&apos;s Help page has the helplines and reporting contacts for your country.</source>
        <translation>En la página de Ayuda de la aplicación están las líneas de ayuda y los contactos para denunciar de tu país.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Child&apos;s signature:</source>
        <translation>Firma del niño o la niña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grown-up&apos;s signature:</source>
        <translation>Firma del adulto:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>And the grown-up&apos;s promise:</source>
        <translation>Y la promesa del adulto:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no conversation cards to print.</source>
        <translation>No hay tarjetas de conversación para imprimir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Conversation cards</source>
        <translation>Tarjetas de conversación</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Let&apos;s talk</source>
        <translation>Hablemos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages %1 · Unit %2</source>
        <translation>De %1 años · Unidad %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the car or the dinner table: no right answers, just listen. · FamilySafe</source>
        <translation>Para el auto o la cena: no hay respuestas correctas, solo escucha. · FamilySafe</translation>
    </message>
</context>
<context>
    <name>HelpData</name>
    <message>
        <location filename="../src/familysafe/ui/help_texts.py" line="+18"/>
        <source>Did something on the screen worry you?</source>
        <translation>¿Algo en la pantalla te preocupó?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop. Leave it on the screen and get a grown-up.</source>
        <translation>Para. Déjalo en la pantalla y busca a un adulto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell a grown-up you trust. It can be a grown-up at home or at school.</source>
        <translation>Cuéntaselo a un adulto de confianza. Puede ser un adulto de tu casa o de tu escuela.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not answer it.</source>
        <translation>No le contestes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your grown-up can help you block it and tell the app.</source>
        <translation>Tu adulto te puede ayudar a bloquearlo y a avisar a la aplicación.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not in trouble. Telling is a good thing to do.</source>
        <translation>No te has metido en ningún problema. Contarlo es lo correcto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is never too late to tell.</source>
        <translation>Nunca es tarde para contarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If something online worries you</source>
        <translation>Si algo en internet te preocupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell a grown-up you trust, like your parent or carer, a teacher, or another adult you trust.</source>
        <translation>Cuéntaselo a un adulto de confianza: tu mamá, tu papá o quien te cuida, una maestra u otro adulto en quien confíes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t reply to it.</source>
        <translation>No le contestes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the proof. Don&apos;t delete it. A grown-up can help you take a screenshot.</source>
        <translation>Guarda la prueba. No la borres. Un adulto te puede ayudar a hacer una captura de pantalla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block the person and report it. A grown-up can help you do this.</source>
        <translation>Bloquea a esa persona y denúnciala. Un adulto te puede ayudar a hacerlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not in trouble for telling, even if you clicked on something or broke a rule.</source>
        <translation>No te metes en problemas por contarlo, aunque hayas hecho clic en algo o te hayas saltado una regla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is never too late to tell. You can also call a helpline for young people. The numbers are on this page.</source>
        <translation>Nunca es tarde para contarlo. También puedes llamar a una línea de ayuda para jóvenes. Los números están en esta página.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If something online goes wrong</source>
        <translation>Si algo sale mal en internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Talk to an adult you trust, like a parent or carer or a teacher. You can also contact a helpline for young people (see below).</source>
        <translation>Habla con un adulto de confianza, como tu mamá, tu papá o quien te cuida, o un profesor. También puedes contactar a una línea de ayuda para jóvenes (más abajo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t reply, even if they keep messaging or make threats.</source>
        <translation>No contestes, aunque sigan escribiéndote o te amenacen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the evidence. Take screenshots of the messages and the person&apos;s username before you block them.</source>
        <translation>Guarda las pruebas. Haz capturas de pantalla de los mensajes y del nombre de usuario de esa persona antes de bloquearla.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block them and report them in the app or game.</source>
        <translation>Bloquéala y denúnciala en la aplicación o el juego.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not in trouble. When someone else does something wrong, it is not your fault.</source>
        <translation>No te has metido en ningún problema. Cuando otra persona hace algo mal, no es tu culpa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It&apos;s never too late to tell, even if it started a while ago.</source>
        <translation>Nunca es tarde para contarlo, aunque haya empezado hace tiempo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If something online has gone wrong</source>
        <translation>Si algo ha salido mal en internet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You don&apos;t have to deal with it on your own. Tell an adult you trust, or contact a helpline for young people (listed below).</source>
        <translation>No tienes que enfrentarlo solo. Cuéntaselo a un adulto de confianza o contacta a una línea de ayuda para jóvenes (están más abajo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t reply and don&apos;t give in to demands. Never pay someone who is threatening you.</source>
        <translation>No contestes y no cedas a lo que te exijan. Nunca le pagues a alguien que te está amenazando.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the evidence. Screenshot the messages, the username and the profile before you block.</source>
        <translation>Guarda las pruebas. Haz capturas de los mensajes, del nombre de usuario y del perfil antes de bloquear.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block and report them on the platform. If a nude or sexual picture of you is involved, there are services that help get it taken down; the ones for your country are below.</source>
        <translation>Bloquea y denuncia en la plataforma. Si hay de por medio una imagen tuya sexual o de desnudo, hay servicios que ayudan a que la quiten; los de tu país están más abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You&apos;re not in trouble. When someone abuses your trust, that is on them, not you.</source>
        <translation>No te has metido en ningún problema. Cuando alguien abusa de tu confianza, la culpa es suya, no tuya.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is never too late to get help, even if you already replied, sent something or paid.</source>
        <translation>Nunca es tarde para pedir ayuda, aunque ya hayas contestado, enviado algo o pagado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If your child tells you something worrying</source>
        <translation>Si el niño o la niña te cuenta algo preocupante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay calm. How you react now decides whether they come to you next time. Take a breath before you say anything.</source>
        <translation>Mantén la calma. Cómo reacciones ahora decide si vuelve a acudir a ti la próxima vez. Respira antes de decir nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listen. Let them tell it in their own way and their own time. Ask gentle, open questions; don&apos;t fire questions at them.</source>
        <translation>Escucha. Deja que lo cuente a su manera y a su ritmo. Haz preguntas abiertas y suaves; no le bombardees a preguntas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank them for telling you, and say clearly that they are not in trouble.</source>
        <translation>Dale las gracias por contártelo y dile con claridad que no se ha metido en ningún problema.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Don&apos;t blame them, even if a rule was broken. Don&apos;t take the device away as a punishment; the fear of losing it is a common reason children stay silent.</source>
        <translation>No le culpes, aunque se haya saltado una regla. No le quites el dispositivo como castigo: el miedo a perderlo es una razón frecuente por la que los niños se callan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the evidence. Screenshot messages, usernames and profiles, and note dates and times. Never copy, save or forward a sexual picture of a child, even as evidence; report it instead.</source>
        <translation>Guarda las pruebas. Haz capturas de los mensajes, los nombres de usuario y los perfiles, y anota fechas y horas. Nunca copies, guardes ni reenvíes una imagen sexual de un niño o una niña, ni siquiera como prueba; denúnciala.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report it to the app, game or site, and to the right body for your country, listed below. If a child is in danger right now, call the emergency number.</source>
        <translation>Denúncialo en la aplicación, el juego o el sitio web, y al organismo que corresponda en tu país (más abajo). Si un niño o una niña está en peligro ahora mismo, llama al número de emergencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get support, for your child and for you. A helpline, your child&apos;s school or your doctor can help with what comes next.</source>
        <translation>Busca apoyo, para tu hijo o hija y para ti. Una línea de ayuda, su escuela o tu médico pueden ayudar con lo que venga después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CEOP Safety Centre (National Crime Agency)</source>
        <translation>CEOP Safety Centre (National Crime Agency)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report online sexual abuse or grooming of a child: someone asking a child for sexual pictures or talk, pressuring a child to meet or go live, or threatening them. It is not the place for bullying or hacked accounts. If a child is in danger now, call 999.</source>
        <translation>Para denunciar el abuso sexual o el acoso con fines sexuales (grooming) de un niño o una niña en internet: alguien que le pide imágenes o conversaciones sexuales, que le presiona para quedar en persona o transmitir en vivo, o que le amenaza. No es el lugar para el acoso escolar ni para cuentas hackeadas. Si un niño o una niña está en peligro ahora, llama al 999.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childline</source>
        <translation>Childline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free, private help for children and young people with any worry at all, online or offline. You can talk to a counsellor on the phone or online.</source>
        <translation>Ayuda gratuita y privada para niños, niñas y jóvenes con cualquier preocupación, en internet o fuera de internet. Puedes hablar con un consejero por teléfono o en línea.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NSPCC Helpline</source>
        <translation>NSPCC Helpline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For adults who are worried about a child, including something that happened online. You can talk it through and get advice on what to do next.</source>
        <translation>Para adultos preocupados por un niño o una niña, también por algo que pasó en internet. Puedes hablarlo y recibir consejo sobre qué hacer después.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report Remove (Childline and the Internet Watch Foundation)</source>
        <translation>Report Remove (Childline y la Internet Watch Foundation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For under-18s: if a nude or sexual picture or video of you is online, or you are worried it might be shared, you can report it and ask for it to be taken down. You will not be in trouble for using it.</source>
        <translation>Para menores de 18 años: si hay en internet una foto o un video tuyo sexual o de desnudo, o te preocupa que lo compartan, puedes denunciarlo y pedir que lo quiten. No te vas a meter en problemas por usarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet Watch Foundation</source>
        <translation>Internet Watch Foundation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report pictures or videos of child sexual abuse that you find online. You can report without giving your name.</source>
        <translation>Para denunciar imágenes o videos de abuso sexual infantil que encuentres en internet. Puedes denunciar sin dar tu nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CyberTipline (National Center for Missing &amp; Exploited Children)</source>
        <translation>CyberTipline (National Center for Missing &amp; Exploited Children)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The national place to report online enticement of a child, sexual pictures or videos of children, and sextortion (someone threatening to share a young person&apos;s sexual image unless they pay or send more).</source>
        <translation>El lugar nacional para denunciar que alguien intenta atraer a un niño o una niña por internet, imágenes o videos sexuales de menores y la sextorsión (alguien que amenaza con compartir una imagen sexual de un joven si no paga o manda más).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childhelp National Child Abuse Hotline</source>
        <translation>Childhelp National Child Abuse Hotline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For children, teens and adults worried about abuse, online or offline. You can call or text and talk to a counsellor for support and advice. It is a support line, not a place to report a crime, and it is not connected to 911: if someone is in danger right now, call 911.</source>
        <translation>Para niños, niñas, adolescentes y adultos preocupados por un abuso, en internet o fuera de internet. Puedes llamar o mandar un mensaje de texto y hablar con un consejero que te apoya y te orienta. Es una línea de apoyo, no un lugar para denunciar un delito, y no está conectada con el 911: si alguien está en peligro ahora mismo, llama al 911.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text 1-800-422-4453</source>
        <translation>Mensaje de texto al 1-800-422-4453</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours a day, 7 days a week</source>
        <translation>Las 24 horas, los 7 días de la semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>eSafety Commissioner</source>
        <translation>eSafety Commissioner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report serious cyberbullying of a child, intimate or sexual images shared (or threatened to be shared) without consent, and illegal content online.</source>
        <translation>Para denunciar el ciberacoso grave a un niño o una niña, las imágenes íntimas o sexuales compartidas sin consentimiento (o la amenaza de compartirlas) y el contenido ilegal en internet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kids Helpline</source>
        <translation>Kids Helpline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free, private counselling for children and young people aged 5 to 25, about anything that is worrying them.</source>
        <translation>Orientación gratuita y privada para niños, niñas y jóvenes de 5 a 25 años, sobre cualquier cosa que les preocupe.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hotline.ie</source>
        <translation>Hotline.ie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report illegal content you find online, above all child sexual abuse pictures or videos. You can report without giving your name.</source>
        <translation>Para denunciar contenido ilegal que encuentres en internet, sobre todo imágenes o videos de abuso sexual infantil. Puedes denunciar sin dar tu nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Childline (ISPCC)</source>
        <translation>Childline (ISPCC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland&apos;s Childline, run by the ISPCC, is there for children and young people with any worry. Its number is not listed here because it has not been checked yet; a grown-up can help you find it.</source>
        <translation>Childline de Irlanda, a cargo de la ISPCC, está para niños, niñas y jóvenes con cualquier preocupación. Su número no aparece aquí porque todavía no se ha comprobado; un adulto te puede ayudar a encontrarlo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cybertip.ca</source>
        <translation>Cybertip.ca</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada&apos;s place to report online sexual exploitation of children, including luring (someone using the internet to get close to a child for sexual reasons) and sexual pictures of young people.</source>
        <translation>El lugar de Canadá para denunciar la explotación sexual de niños y niñas en internet, incluido el engaño (alguien que usa internet para acercarse a un niño o una niña con fines sexuales) y las imágenes sexuales de jóvenes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kids Help Phone</source>
        <translation>Kids Help Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free, private support for young people about anything, by phone or by text, in English or French.</source>
        <translation>Apoyo gratuito y privado para jóvenes sobre cualquier cosa, por teléfono o por mensaje de texto, en inglés o en francés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text CONNECT to 686868</source>
        <translation>Manda CONNECT por mensaje de texto al 686868</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Netsafe</source>
        <translation>Netsafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help with harm online, such as bullying, harassment, or intimate pictures shared without consent. Netsafe is the approved agency under New Zealand&apos;s Harmful Digital Communications Act.</source>
        <translation>Ayuda con los daños en internet, como el acoso o las imágenes íntimas compartidas sin consentimiento. Netsafe es la agencia autorizada por la ley de Nueva Zelanda sobre comunicaciones digitales dañinas (Harmful Digital Communications Act).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Youthline</source>
        <translation>Youthline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free support for young people with any worry at all, online or offline. You can call or send a free text.</source>
        <translation>Apoyo gratuito para jóvenes con cualquier preocupación, en internet o fuera de internet. Puedes llamar o mandar un mensaje de texto gratis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text 234</source>
        <translation>Mensaje de texto gratis al 234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>European Union</source>
        <translation>Unión Europea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Child helpline 116 111</source>
        <translation>Línea de ayuda a la infancia 116 111</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number shared by child helplines in most EU countries, free for children and young people with any worry. What it offers, and when it is open, differs from country to country.</source>
        <translation>El número que comparten las líneas de ayuda a la infancia en la mayoría de los países de la UE, gratuito para niños, niñas y jóvenes con cualquier preocupación. Lo que ofrece, y cuándo atiende, cambia de un país a otro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anywhere</source>
        <translation>En cualquier lugar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take It Down (National Center for Missing &amp; Exploited Children)</source>
        <translation>Take It Down (National Center for Missing &amp; Exploited Children)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For nude or sexual pictures or videos taken before the person was 18. It makes a digital fingerprint of the picture on your own device; only the fingerprint is sent, never the picture, and online platforms that take part use it to find and remove copies. Open to young people anywhere, and to adults about pictures from when they were under 18.</source>
        <translation>Para fotos o videos sexuales o de desnudo tomados antes de que la persona cumpliera 18 años. Crea una huella digital de la imagen en tu propio dispositivo; solo se envía la huella, nunca la imagen, y las plataformas que participan la usan para encontrar y quitar las copias. Abierto a jóvenes de cualquier lugar, y a adultos por imágenes de cuando tenían menos de 18 años.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>INHOPE</source>
        <translation>INHOPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A network of national hotlines for reporting child sexual abuse material online. Use it to find the hotline for a country that is not listed here.</source>
        <translation>Una red de líneas nacionales para denunciar material de abuso sexual infantil en internet. Úsala para encontrar la línea de un país que no aparece aquí.</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../src/familysafe/ui/pages.py" line="-78"/>
        <source>Worried about something?</source>
        <translation>¿Te preocupa algo?</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The list of helplines could not be read. Please reinstall FamilySafe.</source>
        <translation>No se pudo leer la lista de líneas de ayuda. Vuelve a instalar FamilySafe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who can help</source>
        <translation>Quién puede ayudar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If a child is in danger right now, call %1.</source>
        <translation>Si un niño o una niña está en peligro ahora mismo, llama al %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>for children and young people</source>
        <translation>para niños, niñas y jóvenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for adults</source>
        <translation>para adultos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for children and adults</source>
        <translation>para menores y adultos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website: %1</source>
        <translation>Web: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours: %1</source>
        <translation>Horario: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>These details were last checked on %1.</source>
        <translation>Estos datos se revisaron por última vez el %1.</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <location filename="../src/familysafe/ui/home.py" line="-129"/>
        <source>Every activity of the year is done. Well done, all of you!</source>
        <translation>Ya habéis hecho todas las actividades del año. ¡Muy bien, todos!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every activity of the year is open.</source>
        <translation>Todas las actividades del año están abiertas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next activity opens when this one is done. No rush.</source>
        <translation>La siguiente actividad se abre cuando termines esta. Sin prisa.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next activity opens today.</source>
        <translation>La siguiente actividad se abre hoy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next activity unlocks tomorrow, %2, once this one is done.</source>
        <translation>La siguiente actividad se abre mañana, %2, cuando termines esta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next activity unlocks in %1 days, on %2, once this one is done.</source>
        <translation>La siguiente actividad se abre dentro de %1 días, el %2, cuando termines esta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The next activity unlocks tomorrow, %2.</source>
        <translation>La siguiente actividad se abre mañana, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next activity unlocks in %1 days, on %2.</source>
        <translation>La siguiente actividad se abre dentro de %1 días, el %2.</translation>
    </message>
    <message>
        <location line="-17"/>
        <location filename="../src/familysafe/ui/parent/yearchart.py" line="+47"/>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location line="+144"/>
        <source>The children&apos;s activities</source>
        <translation>Las actividades de los niños</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hello, %1 family!</source>
        <translation>¡Hola, familia %1!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello!</source>
        <translation>¡Hola!</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No children yet. A grown-up can add one in the parent area.</source>
        <translation>Todavía no hay niños. Un adulto puede añadirlos en la zona para padres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your grown-up can see which activities you have done. Click &apos;What grown-ups see&apos; to find out more.</source>
        <translation>El adulto que te acompaña puede ver qué actividades has hecho. Haz clic en «Lo que ven los adultos» para saber más.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/familysafe/ui/main_window.py" line="+124"/>
        <location line="+14"/>
        <source>FamilySafe</source>
        <translation>FamilySafe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back to the children&apos;s activities (Alt+H)</source>
        <translation>Volver a las actividades de los niños (Alt+H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What grown-ups see</source>
        <translation>Lo que ven los adultos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For grown-ups</source>
        <translation>Para los adultos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The parent area, behind the PIN</source>
        <translation>La zona para padres, protegida con el PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Worried about something?</source>
        <translation>¿Te preocupa algo?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help and who to tell (F1)</source>
        <translation>Ayuda y a quién contárselo (F1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hide this note</source>
        <translation>Ocultar esta nota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hide this note; it stays hidden</source>
        <translation>Ocultar esta nota; seguirá oculta</translation>
    </message>
    <message>
        <location line="+354"/>
        <source>That sitting can no longer be carried on: its activity has changed.</source>
        <translation>Esa sesión ya no se puede continuar: su actividad ha cambiado.</translation>
    </message>
</context>
<context>
    <name>MoveBandDialog</name>
    <message>
        <location filename="../src/familysafe/ui/parent/growing.py" line="-192"/>
        <source>Another age group for %1</source>
        <translation>Otro grupo de edad para %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move %1 up or back an age group</source>
        <translation>Subir o bajar a %1 de grupo de edad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in ages %2 now.</source>
        <translation>%1 está ahora en el grupo de %2 años.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Move %1 up to ages %2</source>
        <translation>Subir a %1 al grupo de %2 años</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move %1 back to ages %2</source>
        <translation>Bajar a %1 al grupo de %2 años</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../src/familysafe/ui/parent/notes.py" line="+27"/>
        <source>The notes you wrote at the end of activities. Change or delete them here; they are part of the export.</source>
        <translation>Las notas que escribiste al final de las actividades. Cámbialas o bórralas aquí; forman parte de la exportación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, after %2</source>
        <translation>%1, después de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note about %1 from %2</source>
        <translation>Nota sobre %1 del %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the note about %1 from %2</source>
        <translation>Guardar la nota sobre %1 del %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete note</source>
        <translation>Borrar nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note about %1 from %2</source>
        <translation>Borrar la nota sobre %1 del %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The note is saved.</source>
        <translation>La nota está guardada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete this note?</source>
        <translation>¿Borrar esta nota?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this note? This cannot be undone.

%1</source>
        <translation>¿Borrar esta nota? No se puede deshacer.

%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note</source>
        <translation>Borrar la nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The note was deleted.</source>
        <translation>La nota se borró.</translation>
    </message>
</context>
<context>
    <name>NudgeBox</name>
    <message>
        <location filename="../src/familysafe/ui/parent/growing.py" line="+78"/>
        <source>Is %1 ready for ages %2?</source>
        <translation>¿Está %1 listo o lista para el grupo de %2 años?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has finished every activity of ages %2.</source>
        <translation>%1 ha terminado todas las actividades del grupo de %2 años.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has been in ages %2 for a year.</source>
        <translation>%1 lleva un año en el grupo de %2 años.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You asked to be reminded about %1&apos;s age group.</source>
        <translation>Pediste que te recordáramos revisar el grupo de edad de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes…</source>
        <translation>Sí…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes, move %1 up</source>
        <translation>Sí, subir a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet for %1</source>
        <translation>Todavía no para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me in 6 months</source>
        <translation>Recordármelo en 6 meses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remind me about %1 in 6 months</source>
        <translation>Recordarme lo de %1 en 6 meses</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is in ages %2 now; its first activity is open.</source>
        <translation>%1 está ahora en el grupo de %2 años; su primera actividad está abierta.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>FamilySafe will ask about %1 again in 6 months.</source>
        <translation>FamilySafe volverá a preguntar por %1 dentro de 6 meses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FamilySafe will ask about %1 again in a year, or when the age group&apos;s activities are all done.</source>
        <translation>FamilySafe volverá a preguntar por %1 dentro de un año, o cuando estén hechas todas las actividades del grupo de edad.</translation>
    </message>
</context>
<context>
    <name>PacksTab</name>
    <message>
        <location filename="../src/familysafe/ui/parent/packs.py" line="+47"/>
        <source>Schools and charities can give you extra activities as a content pack (a .fspack file). FamilySafe checks every file in it before adding it. A pack signed by a publisher FamilySafe knows is added as trusted; any other needs your PIN.</source>
        <translation>Escuelas y organizaciones benéficas pueden darte actividades extra en un paquete de contenido (un archivo .fspack). FamilySafe revisa cada archivo antes de añadirlo. Un paquete firmado por un editor que FamilySafe conoce se añade como de confianza; cualquier otro necesita tu PIN.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a content pack…</source>
        <translation>Añadir paquete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a content pack from a file</source>
        <translation>Añadir un paquete de contenido desde un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No content packs are added yet.</source>
        <translation>Todavía no se ha añadido ningún paquete de contenido.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From %1 · version %2</source>
        <translation>De %1 · versión %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trusted: signed by %1</source>
        <translation>De confianza: firmado por %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unverified: not signed by a publisher FamilySafe knows</source>
        <translation>Sin verificar: no lo firma un editor que FamilySafe conozca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust status of the pack %1</source>
        <translation>Confianza del paquete %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the pack %1</source>
        <translation>Quitar el paquete %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose a content pack</source>
        <translation>Elige un paquete de contenido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FamilySafe content packs (*.fspack)</source>
        <translation>Paquetes de contenido de FamilySafe (*.fspack)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pack was not added: %1 cannot be written (%2).</source>
        <translation>El paquete no se añadió: no se puede escribir en %1 (%2).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking every file in the pack…</source>
        <translation>Comprobando cada archivo del paquete…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding a content pack</source>
        <translation>Añadir un paquete de contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the content pack</source>
        <translation>Comprobando el paquete de contenido</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Adding the pack was cancelled. Nothing was changed.</source>
        <translation>Se canceló la adición del paquete. No se cambió nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>The pack was not added: %1</source>
        <translation>El paquete no se añadió: %1</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The pack was not added: %1 cannot be read or written (%2).</source>
        <translation>No se añadió el paquete: no se puede leer o escribir %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The pack was not added: something went wrong while checking it (%1). Nothing was changed.</source>
        <translation>No se añadió el paquete: algo falló al comprobarlo (%1). No se cambió nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>trusted</source>
        <translation>de confianza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unverified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %1 (version %2, %3 activities, %4).</source>
        <translation>Se añadió %1 (versión %2, %3 actividades, %4).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pack %1 from %2 is not signed by a publisher FamilySafe knows, so FamilySafe cannot tell who made it. Only add it if you trust where it came from.</source>
        <translation>El paquete %1 de %2 no está firmado por un editor que FamilySafe conozca, así que FamilySafe no puede saber quién lo hizo. Añádelo solo si confías en su origen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Add an unverified pack?</source>
        <translation>¿Añadir un paquete sin verificar?</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Add it anyway</source>
        <translation>Añadir de todos modos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Don&apos;t add it</source>
        <translation>No añadirlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the parent PIN to add it:</source>
        <translation>Escribe el PIN de padres para añadirlo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack was not added.</source>
        <translation>El paquete no se añadió.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>FamilySafe&apos;s saved PIN is damaged, so the pack was not added. Set a new PIN first.</source>
        <translation>El PIN guardado de FamilySafe está dañado, así que no se añadió el paquete. Pon primero un PIN nuevo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many wrong PIN tries. Please wait %1 seconds and try again; the pack was not added.</source>
        <translation>Demasiados intentos de PIN incorrectos. Espera %1 segundos y vuelve a intentarlo; no se añadió el paquete.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>That PIN is not right, so the pack was not added.</source>
        <translation>Ese PIN no es correcto, así que el paquete no se añadió.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove %1?</source>
        <translation>¿Quitar %1?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the content pack %1? Its activities will no longer show. You can add it again later.</source>
        <translation>¿Quitar el paquete de contenido %1? Sus actividades dejarán de verse. Puedes volver a añadirlo más tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove it</source>
        <translation>Quitarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The pack %1 was removed.</source>
        <translation>Se quitó el paquete %1.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../src/familysafe/ui/widgets.py" line="+664"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
</context>
<context>
    <name>ParentArea</name>
    <message>
        <location filename="../src/familysafe/ui/parent/area.py" line="-200"/>
        <source>Parent area</source>
        <translation>Zona para padres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the parent area</source>
        <translation>Cerrar la zona para padres</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Space shows the next section, Shift+Space the one before; Tab goes into the section.</source>
        <translation>Espacio muestra la sección siguiente y Mayús+Espacio la anterior; Tab entra en la sección.</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>This computer&apos;s clock went backwards. Nothing was lost; activities already open stay open.</source>
        <translation>El reloj de este equipo se ha atrasado. No se ha perdido nada; las actividades ya abiertas siguen abiertas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock jumped forwards. Only finishing activities opens new ones.</source>
        <translation>El reloj de este equipo se ha adelantado. Solo terminar actividades abre otras nuevas.</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Children</source>
        <translation>Niños</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>For grown-ups</source>
        <translation>Para los adultos</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+1"/>
        <source>Parent area sections</source>
        <translation>Secciones de la zona para padres</translation>
    </message>
    <message>
        <location filename="../src/familysafe/ui/reminders.py" line="+32"/>
        <source>Something new is ready for %1 since your last visit.</source>
        <translation>Hay algo nuevo listo para %1 desde tu última visita.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something new is ready since your last visit, for %1.</source>
        <translation>Hay algo nuevo listo desde tu última visita, para %1.</translation>
    </message>
    <message>
        <location filename="../src/familysafe/ui/parent/area.py" line="+34"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content packs</source>
        <translation>Paquetes de contenido</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+136"/>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guides (%1 new)</source>
        <translation>Guías (%1 nuevas)</translation>
    </message>
    <message>
        <location filename="../src/familysafe/ui/parent/common.py" line="+98"/>
        <source>Something went wrong (%1). Nothing else was changed; please try again.</source>
        <translation>Algo salió mal (%1). No se cambió nada más; vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>PictureDialog</name>
    <message>
        <location filename="../src/familysafe/ui/parent/picture.py" line="+27"/>
        <source>A new picture for %1</source>
        <translation>Una imagen nueva para %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose with the mouse, or with the arrow keys and Space.</source>
        <translation>Elige con el ratón, o con las flechas y la barra espaciadora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Use this picture</source>
        <translation>Usar esta imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../src/familysafe/ui/parent/pin_form.py" line="+258"/>
        <source>Change the PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a PIN</source>
        <translation>Poner un PIN</translation>
    </message>
</context>
<context>
    <name>PinForm</name>
    <message>
        <location line="-171"/>
        <source>A PIN of 4 to 8 numbers keeps children out of the parent area. It is a gate, not a safe.</source>
        <translation>Un PIN de 4 a 8 números impide que los niños entren en la zona para padres. Es una puerta, no una caja fuerte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the PIN you use now (or your recovery code), then the new PIN twice.</source>
        <translation>Escribe el PIN que usas ahora (o tu código de recuperación) y luego el PIN nuevo dos veces.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the recovery code you wrote down when you set the PIN, then a new PIN twice.</source>
        <translation>Escribe el código de recuperación que anotaste al poner el PIN y luego un PIN nuevo dos veces.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+59"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>Your PIN now, or your recovery code</source>
        <translation>Tu PIN actual o tu código de recuperación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>The new PIN again</source>
        <translation>Otra vez el PIN nuevo</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New PIN (4 to 8 numbers)</source>
        <translation>PIN nuevo (de 4 a 8 números)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the PIN</source>
        <translation>Poner el PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the PIN</source>
        <translation>Cambiar el PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the new PIN</source>
        <translation>Poner el PIN nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The new PIN is set.</source>
        <translation>El PIN nuevo está puesto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write this recovery code down and keep it somewhere safe. If you forget the PIN, it lets you set a new one. It is shown only once; the old code no longer works.</source>
        <translation>Anota este código de recuperación y guárdalo en un lugar seguro. Si olvidas el PIN, te permite poner uno nuevo. Solo se muestra una vez; el código anterior ya no funciona.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>I have written it down</source>
        <translation>Ya lo anoté</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Please type your recovery code.</source>
        <translation>Escribe tu código de recuperación.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the PIN you use now, or your recovery code.</source>
        <translation>Escribe el PIN que usas ahora o tu código de recuperación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two new PINs are different. Please type the same PIN twice.</source>
        <translation>Los dos PIN nuevos son distintos. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>That recovery code is not right. Check it and try again.</source>
        <translation>Ese código de recuperación no es correcto. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many wrong tries. Please wait %1 seconds, or type your recovery code.</source>
        <translation>Demasiados intentos fallidos. Espera %1 segundos o escribe tu código de recuperación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is neither the PIN you use now nor your recovery code. Nothing was changed.</source>
        <translation>Eso no es ni el PIN que usas ahora ni tu código de recuperación. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location filename="../src/familysafe/ui/parent/gate.py" line="+27"/>
        <source>For grown-ups</source>
        <translation>Para los adultos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the parent PIN to open the parent area.</source>
        <translation>Escribe el PIN de padres para abrir la zona para padres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parent PIN</source>
        <translation>PIN de padres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I forgot the PIN</source>
        <translation>Olvidé el PIN</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you set up FamilySafe, and a new PIN.</source>
        <translation type="vanished">Escribe el código de recuperación que anotaste al configurar FamilySafe y un PIN nuevo.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="vanished">Código de recuperación</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation type="vanished">PIN nuevo</translation>
    </message>
    <message>
        <source>Set the new PIN</source>
        <translation type="vanished">Guardar el PIN nuevo</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Too many wrong tries. Please wait %1 seconds and try again.</source>
        <translation>Demasiados intentos fallidos. Espera %1 segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>FamilySafe&apos;s saved PIN is damaged, so no PIN can be checked. Use your recovery code to set a new one.</source>
        <translation>El PIN guardado de FamilySafe está dañado, así que no se puede comprobar ningún PIN. Usa tu código de recuperación para poner uno nuevo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That recovery code is not right. Check it and try again.</source>
        <translation type="vanished">Ese código de recuperación no es correcto. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The new PIN is set. Here is your new recovery code: write it down.</source>
        <translation type="vanished">El PIN nuevo está guardado. Este es tu nuevo código de recuperación: anótalo.</translation>
    </message>
</context>
<context>
    <name>PledgeView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="+49"/>
        <source>We agree</source>
        <translation>¡De acuerdo!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>That&apos;s fine: you can talk about it another day.</source>
        <translation>No pasa nada: se puede hablar otro día.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>And now the grown-up&apos;s promise:</source>
        <translation>Y ahora, la promesa del adulto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I promise</source>
        <translation>Lo prometo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You can make this promise another day.</source>
        <translation>Puedes hacer esta promesa otro día.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 agrees</source>
        <translation>%1 está de acuerdo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody has to agree. You can come back to it another day.</source>
        <translation>Nadie tiene que estar de acuerdo. Podéis volver a hablarlo otro día.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In your family agreement, agreed by %1.</source>
        <translation>En vuestro acuerdo familiar, aceptado por %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added to your family agreement.</source>
        <translation>Añadido al acuerdo familiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>That&apos;s fine. You can come back to it.</source>
        <translation>No pasa nada. Se puede retomar más tarde.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Your promise is in the family agreement too.</source>
        <translation>Tu promesa también está en el acuerdo familiar.</translation>
    </message>
</context>
<context>
    <name>PrintActivityDialog</name>
    <message>
        <location filename="../src/familysafe/ui/print_activity.py" line="+43"/>
        <source>Print for %1</source>
        <translation>Imprimir para %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print an activity: the child&apos;s pages to do on paper, then your notes and what to do if your child tells you something. Locked activities are not shown until their unit opens.</source>
        <translation>Imprime una actividad: las páginas del niño o la niña para hacer en papel, y luego tus notas y qué hacer si tu hijo o hija te cuenta algo. Las actividades bloqueadas no aparecen hasta que se abre su unidad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activity to print</source>
        <translation>Actividad para imprimir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PDF…</source>
        <translation>Guardar en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation cards (PDF)…</source>
        <translation>Tarjetas de conversación (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three questions per finished unit for the car or the dinner table, four cards to a page.</source>
        <translation>Tres preguntas por cada unidad terminada para el auto o la cena, cuatro tarjetas por página.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print status</source>
        <translation>Estado de la impresión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No activity is open for %1 yet.</source>
        <translation>Todavía no hay ninguna actividad abierta para %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Save the activity</source>
        <translation>Guardar la actividad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sent to the printer.</source>
        <translation>Se envió a la impresora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has not finished a unit yet: the cards come with finished units.</source>
        <translation>%1 todavía no terminó ninguna unidad: las tarjetas llegan con las unidades terminadas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save the conversation cards</source>
        <translation>Guardar las tarjetas de conversación</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The PDF could not be saved as %1 (%2). Nothing was saved.</source>
        <translation>No se pudo guardar el PDF como %1 (%2). No se guardó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as %1.</source>
        <translation>Se guardó como %1.</translation>
    </message>
</context>
<context>
    <name>PrintTab</name>
    <message>
        <location filename="../src/familysafe/ui/parent/printing.py" line="+35"/>
        <source>Our family agreement</source>
        <translation>Nuestro acuerdo familiar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The promises your family made in the activities, by topic, with space to sign (%1 so far).</source>
        <translation>Las promesas que hizo tu familia en las actividades, por tema, con espacio para firmar (%1 hasta ahora).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF…</source>
        <translation>Guardar en PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the family agreement as PDF</source>
        <translation>Guardar el acuerdo familiar en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the family agreement</source>
        <translation>Imprimir el acuerdo familiar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Which certificate for %1</source>
        <translation>Qué diploma de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ages %1: %2</source>
        <translation>De %1 años: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save certificate as PDF…</source>
        <translation>Guardar diploma en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1&apos;s certificate as PDF</source>
        <translation>Guardar el diploma de %1 en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print certificate…</source>
        <translation>Imprimir diploma…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print %1&apos;s certificate</source>
        <translation>Imprimir el diploma de %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A certificate for each finished unit</source>
        <translation>Un diploma por cada unidad terminada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates appear here when a unit is finished.</source>
        <translation>Los diplomas aparecen aquí cuando se termina una unidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save summary as PDF…</source>
        <translation>Guardar resumen en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the summary about %1 as PDF</source>
        <translation>Guardar el resumen de %1 en PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print the summary about %1</source>
        <translation>Imprimir el resumen de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One page for you: progress, time, quiz answers by topic and your notes</source>
        <translation>Una página para ti: progreso, tiempo, respuestas por tema y tus notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print an activity or cards…</source>
        <translation>Imprimir una actividad o tarjetas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print one of %1&apos;s open or finished activities, or conversation cards</source>
        <translation>Imprimir una actividad abierta o terminada de %1, o tarjetas de conversación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An activity on paper (open or finished), or cards for the car or the table</source>
        <translation>Una actividad en papel (abierta o terminada), o tarjetas para el auto o la mesa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Family agreement</source>
        <translation>Acuerdo familiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate %1 unit %2</source>
        <translation>Diploma %1 unidad %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary %1</source>
        <translation>Resumen %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 was sent to the printer.</source>
        <translation>%1 se envió a la impresora.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save as PDF</source>
        <translation>Guardar en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PDF could not be saved as %1 (%2). Nothing was saved.</source>
        <translation>No se pudo guardar el PDF como %1 (%2). No se guardó nada.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1 as %2.</source>
        <translation>%1 se guardó como %2.</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <location filename="../src/familysafe/ui/printouts.py" line="-458"/>
        <source>%1 has not finished unit %2 yet.</source>
        <translation>%1 todavía no ha terminado la unidad %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate for %1</source>
        <translation>Diploma de %1</translation>
    </message>
    <message>
        <source>for finishing unit %1: %2</source>
        <translation type="vanished">por terminar la unidad %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 family · FamilySafe</source>
        <translation>Familia %1 · FamilySafe</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Grown-up</source>
        <translation>Adulto</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+49"/>
        <source>Our family agreement</source>
        <translation>Nuestro acuerdo familiar</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Activities finished</source>
        <translation>Actividades terminadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time together</source>
        <translation>Tiempo juntos</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="vanished">%1 minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready to do now</source>
        <translation>Listas para hacer ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next unit opens</source>
        <translation>La siguiente unidad se abre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ages %1 · made on %2</source>
        <translation>De %1 años · hecho el %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The latest %1 of %2 notes.</source>
        <translation>Las %1 notas más recientes de %2.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>FamilySafe summary: %1</source>
        <translation>Resumen de FamilySafe: %1</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>for finishing</source>
        <translation>por terminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate</source>
        <translation>Diploma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This certificate celebrates</source>
        <translation>Este diploma celebra a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge: %1</source>
        <translation>Insignia: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed by a proud grown-up:</source>
        <translation>Firmado por un adulto muy orgulloso:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The promises the %1 family made together</source>
        <translation>Las promesas que hizo la familia %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Our promises</source>
        <translation>Nuestras promesas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The grown-ups&apos; promises</source>
        <translation>Las promesas de los adultos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agreed by %1</source>
        <translation>Aceptado por %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>We agree, and we sign:</source>
        <translation>Estamos de acuerdo y firmamos:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Child&apos;s signature:</source>
        <translation>Firma del niño o la niña:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grown-up&apos;s signature:</source>
        <translation>Firma del adulto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name: ____________</source>
        <translation>Nombre: ____________</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 has not finished a unit yet: the cards come with finished units.</source>
        <translation>%1 todavía no terminó ninguna unidad: las tarjetas llegan con las unidades terminadas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Conversation cards for %1</source>
        <translation>Tarjetas de conversación para %1</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quiz answers by topic</source>
        <translation>Respuestas por tema</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Units finished</source>
        <translation>Unidades terminadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(together)</source>
        <translation>(juntos)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your notes</source>
        <translation>Tus notas</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Private: this page is about your child. Keep it somewhere safe.</source>
        <translation>Privado: esta página habla de tu hijo o hija. Guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>No promises yet: they are added when you finish an activity.</source>
        <translation>Todavía no hay promesas: se añaden al terminar una actividad.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right first time</source>
        <translation>Bien a la primera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No quiz answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None yet.</source>
        <translation>Todavía ninguna.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No notes yet.</source>
        <translation>Todavía no hay notas.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>1 activity finished</source>
        <translation type="vanished">1 actividad terminada</translation>
    </message>
    <message>
        <source>%1 activities finished</source>
        <translation type="vanished">%1 actividades terminadas</translation>
    </message>
    <message>
        <source>%2 minutes together</source>
        <translation type="vanished">%2 minutos juntos</translation>
    </message>
    <message>
        <source>Quiz answers by topic</source>
        <translation type="vanished">Respuestas por tema</translation>
    </message>
    <message>
        <source>%1: %2 of %3 quizzes answered correctly</source>
        <translation type="vanished">%1: %2 de %3 preguntas bien respondidas</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/familysafe/ui/parent/progress.py" line="+35"/>
        <source>%n activity finished</source>
        <translation>
            <numerusform>%n actividad terminada</numerusform>
            <numerusform>%n actividades terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n activities finished</source>
        <translation>
            <numerusform>%n actividad terminada</numerusform>
            <numerusform>%n actividades terminadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n minute(s) together</source>
        <translation>
            <numerusform>%n minuto juntos</numerusform>
            <numerusform>%n minutos juntos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 review session done</source>
        <translation>1 sesión de repaso hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 review sessions done</source>
        <translation>%1 sesiones de repaso hechas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ages %1: %2</source>
        <translation>de %1 años: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished by age group: %1</source>
        <translation>Terminadas por grupo de edad: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unit %1, together: %2, with %3</source>
        <translation>Unidad %1, juntos: %2, con %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>their own part (to do with you alone) is still to do</source>
        <translation>su propia parte (para hacer a solas contigo) todavía está pendiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes (change them in the Notes tab)</source>
        <translation>Tus notas (cámbialas en la pestaña Notas)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Our family agreement</source>
        <translation>Nuestro acuerdo familiar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>agreed by %1</source>
        <translation>aceptado por %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Year in review, ages %1…</source>
        <translation>El año en resumen, de %1 años…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year in review of %2, ages %1</source>
        <translation>El año en resumen de %2, de %1 años</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The year so far, ages %1…</source>
        <translation>El año hasta ahora, de %1 años…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year so far of %2, ages %1</source>
        <translation>El año hasta ahora de %2, de %1 años</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="-353"/>
        <source>No single right answer: talk about it together.</source>
        <translation>No hay una sola respuesta correcta: hablen de ello juntos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answer to: %1</source>
        <translation>Respuesta a: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Yes!</source>
        <translation>¡Sí!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Let&apos;s think again.</source>
        <translation>Pensémoslo otra vez.</translation>
    </message>
</context>
<context>
    <name>RecallPage</name>
    <message>
        <location filename="../src/familysafe/ui/session.py" line="-170"/>
        <source>Remember?</source>
        <translation>¿Te acuerdas?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the answer</source>
        <translation>Ver la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We remembered!</source>
        <translation>¡Nos acordamos!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not this time</source>
        <translation>Esta vez no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From “%1”</source>
        <translation>De “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For %1, from “%2”</source>
        <translation>Para %1, de “%2”</translation>
    </message>
</context>
<context>
    <name>ReflectView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="+360"/>
        <source>A note for the grown-up to keep (optional):</source>
        <translation>Una nota para que la guarde el adulto (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grown-up&apos;s note</source>
        <translation>Nota del adulto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save note</source>
        <translation>Guardar nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ReminderRunner</name>
    <message>
        <location filename="../src/familysafe/ui/reminders.py" line="+39"/>
        <source>It&apos;s your weekly FamilySafe time. Nothing new is waiting: a look at the badges together is nice too.</source>
        <translation>Llegó el rato semanal de FamilySafe. No hay nada nuevo esperando: mirar juntos las insignias también está bien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It&apos;s your weekly FamilySafe time. Ready when you are: %1.</source>
        <translation>Llegó el rato semanal de FamilySafe. Cuando quieras: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>FamilySafe</source>
        <translation>FamilySafe</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../src/familysafe/ui/review.py" line="+23"/>
        <location line="+106"/>
        <source>Review time</source>
        <translation>Hora de repasar</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Review star</source>
        <translation>Estrella de repaso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking back at the year</source>
        <translation>Un vistazo atrás al año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A review session: a few things from this year to remember, two stories to try another way, and your promises to check. There is nothing new to learn, and nothing to get right or wrong.</source>
        <translation>Una sesión de repaso: algunas cosas de este año para recordar, dos historias para probar de otra manera y tus promesas para revisar. No hay nada nuevo que aprender, ni nada que acertar o fallar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If something online worries you, stop and tell a grown-up you trust. You will never be in trouble for telling.</source>
        <translation>Si algo en internet te preocupa, para y cuéntaselo a un adulto de confianza. Nunca te vas a meter en problemas por contarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remember? Let&apos;s see what we remember from this year.</source>
        <translation>¿Te acuerdas? Veamos qué recordamos de este año.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These come from what your child found hard: questions answered wrongly before and cards they were not sure of. Read each one together; there is no score. Praise the remembering, and look again together at anything forgotten.</source>
        <translation>Esto sale de lo que a tu hijo o hija le costó: preguntas que respondió mal antes y tarjetas de las que no estaba seguro. Lean cada una juntos; no hay puntuación. Elogia que se acuerde y repasen juntos lo que haya olvidado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>We remembered it</source>
        <translation>Nos acordamos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let&apos;s look at it again</source>
        <translation>Volvamos a mirarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time you chose: {choice}. This time, let&apos;s try the other way.</source>
        <translation>La última vez elegiste: {choice}. Esta vez, probemos de la otra manera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let&apos;s play this story again and try a different way.</source>
        <translation>Volvamos a jugar esta historia y probemos de otra manera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This story is replayed with the choices your child did not take last time. Talk about what happens now, and which way felt better. There is no wrong answer here.</source>
        <translation>Esta historia se vuelve a jugar con las opciones que tu hijo o hija no eligió la última vez. Hablen de lo que pasa ahora y de qué camino se sintió mejor. Aquí no hay respuestas incorrectas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You promised: “{pledge}” Is it still true? Would you change it?</source>
        <translation>Prometiste: “{pledge}” ¿Sigue siendo verdad? ¿La cambiarías?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still true? Leave the box below empty to keep it, or type the new words there.</source>
        <translation>¿Sigue siendo verdad? Deja vacío el cuadro de abajo para mantenerla, o escribe ahí las palabras nuevas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the promise together. If it still fits, leave the box empty and it stays as it is. If your child wants to change it, type the new words: the family agreement will show them, and the old words are kept in the notes.</source>
        <translation>Lean juntos la promesa. Si todavía encaja, deja el cuadro vacío y se queda como está. Si tu hijo o hija quiere cambiarla, escribe las palabras nuevas: el acuerdo familiar las mostrará y las palabras anteriores se guardan en las notas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>If something online ever feels wrong, who would you tell? Say their names out loud: a grown-up at home, a teacher, or another grown-up you trust. Telling is always the right thing to do.</source>
        <translation>Si algo en internet alguna vez te parece mal, ¿a quién se lo contarías? Di sus nombres en voz alta: un adulto de casa, un maestro o maestra, u otro adulto de confianza. Contarlo siempre es lo correcto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Let your child name the people they would tell, and add any they forget. Remind them that they will never be in trouble for telling you, whatever happened.</source>
        <translation>Deja que tu hijo o hija nombre a las personas a las que se lo contaría y añade las que olvide. Recuérdale que nunca se va a meter en problemas por contártelo, pase lo que pase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A promise was changed in a review.
Before: {old}
Now: {new}</source>
        <translation>Se cambió una promesa en un repaso.
Antes: {old}
Ahora: {new}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New words for the promise “{old}” were typed in a review, but they are too long for the family agreement (300 letters at most) or hold characters it cannot show, so the promise stays as it was. The new words: {new}</source>
        <translation>En un repaso se escribieron palabras nuevas para la promesa “{old}”, pero son demasiado largas para el acuerdo familiar (300 letras como máximo) o tienen caracteres que no puede mostrar, así que la promesa se queda como estaba. Las palabras nuevas: {new}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What do you remember most from this year? Tell your grown-up.</source>
        <translation>¿Qué es lo que más recuerdas de este año? Cuéntaselo a tu adulto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask about a favourite activity and a promise your child still keeps.</source>
        <translation>Pregunta por una actividad favorita y por una promesa que tu hijo o hija todavía cumple.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What would you like to learn about next? Tell your grown-up.</source>
        <translation>¿Sobre qué te gustaría aprender ahora? Cuéntaselo a tu adulto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Listen to what your child is curious or unsure about online: games, videos, friends, new apps. Agree on one thing to find out about together.</source>
        <translation>Escucha qué le da curiosidad o inseguridad a tu hijo o hija en internet: juegos, videos, amistades, aplicaciones nuevas. Pónganse de acuerdo en una cosa para averiguar juntos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Review sessions come back once the new activities are done.</source>
        <translation>Las sesiones de repaso vuelven cuando estén hechas las actividades nuevas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A review session is ready today.</source>
        <translation>Hoy hay una sesión de repaso lista.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review session comes tomorrow, %2.</source>
        <translation>La próxima sesión de repaso es mañana, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next review session comes in %1 days, on %2.</source>
        <translation>La próxima sesión de repaso es dentro de %1 días, el %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Looking back at the year · about 15 minutes</source>
        <translation>Un vistazo atrás al año · unos 15 minutos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carry on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry on %1&apos;s review session</source>
        <translation>Seguir con la sesión de repaso de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start %1&apos;s review session</source>
        <translation>Empezar la sesión de repaso de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Review done, %1!</source>
        <translation>¡Repaso hecho, %1!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Well done for looking back together!</source>
        <translation>¡Muy bien por mirar atrás juntos!</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your new promise is in the family agreement.</source>
        <translation>Tu promesa nueva está en el acuerdo familiar.</translation>
    </message>
</context>
<context>
    <name>ScenarioView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="-317"/>
        <source>Try it another way</source>
        <translation>Probar de otra forma</translation>
    </message>
</context>
<context>
    <name>ScheduleTab</name>
    <message>
        <location filename="../src/familysafe/ui/parent/schedule.py" line="+50"/>
        <source>Days between activities</source>
        <translation>Días entre actividades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 days</source>
        <translation>Cada %1 días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New activities open</source>
        <translation>Las actividades nuevas se abren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the dates to a phone calendar</source>
        <translation>Añadir las fechas al calendario del teléfono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save a calendar file (.ics) with the days a new activity can open, then open it on your phone or send it to yourself. Nothing is sent anywhere by FamilySafe.</source>
        <translation>Guarda un archivo de calendario (.ics) con los días en que se puede abrir una actividad nueva, y luego ábrelo en tu teléfono o envíatelo. FamilySafe no envía nada a ningún sitio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At a time of day (not all-day)</source>
        <translation>A una hora concreta (no todo el día)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar events at a time of day</source>
        <translation>Eventos del calendario a una hora concreta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time of the calendar events</source>
        <translation>Hora de los eventos del calendario</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1&apos;s start date</source>
        <translation>Fecha de inicio de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the next activity now</source>
        <translation>Abrir ya la siguiente actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next activity now for %1</source>
        <translation>Abrir ya la siguiente actividad de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the dates as a calendar…</source>
        <translation>Guardar las fechas como calendario…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1&apos;s dates as a calendar file</source>
        <translation>Guardar las fechas de %1 como archivo de calendario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 done, %2 opened early by you, %3 open, %4 not open yet</source>
        <translation>%1 hechas, %2 abiertas antes por ti, %3 abiertas, %4 todavía sin abrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opened early</source>
        <translation>abierta antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>abierta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not open yet</source>
        <translation>todavía sin abrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit %1: %2 (%3)</source>
        <translation>Unidad %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every activity for %1 is already open.</source>
        <translation>Todas las actividades de %1 ya están abiertas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit %1 is now open for %2: it is on the home screen, ready when you are.</source>
        <translation>La unidad %1 ya está abierta para %2: está en la pantalla de inicio, lista para cuando quieras.</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Saved %n date(s) for %2 in %3. Open that file on your phone to add them to its calendar.</source>
        <translation>
            <numerusform>Se guardó %n fecha de %2 en %3. Abre ese archivo en tu teléfono para añadirla a su calendario.</numerusform>
            <numerusform>Se guardaron %n fechas de %2 en %3. Abre ese archivo en tu teléfono para añadirlas a su calendario.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit %1: %2</source>
        <translation type="vanished">Unidad %1: %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Save the calendar</source>
        <translation>Guardar el calendario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>FamilySafe: a new activity for %1</source>
        <translation>FamilySafe: una actividad nueva para %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit %1: %2. It opens on this day once the one before is done; 15 minutes, when it suits you.</source>
        <translation>Unidad %1: %2. Se abre este día si la anterior ya está terminada; 15 minutos, cuando te venga bien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FamilySafe: %1</source>
        <translation>FamilySafe: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The calendar could not be saved as %1 (%2). Nothing was saved.</source>
        <translation>No se pudo guardar el calendario como %1 (%2). No se guardó nada.</translation>
    </message>
    <message>
        <source>Saved %1 dates for %2 in %3. Open that file on your phone to add them to its calendar.</source>
        <translation type="vanished">Se guardaron %1 fechas de %2 en %3. Abre ese archivo en tu teléfono para añadirlas a su calendario.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no more dates to come for %1; the calendar file %2 is empty.</source>
        <translation>No quedan más fechas para %1; el archivo de calendario %2 está vacío.</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../src/familysafe/ui/session.py" line="+203"/>
        <location line="+340"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-340"/>
        <source>Pause the timer (Ctrl+P)</source>
        <translation>Pausar el temporizador (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+338"/>
        <source>Timer off</source>
        <translation>Quitar reloj</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Switch the timer off or on. Nothing is lost.</source>
        <translation>Apaga o enciende el temporizador. No se pierde nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop for now</source>
        <translation>Parar aquí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything is saved. Carry on later.</source>
        <translation>Todo queda guardado. Sigue más tarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember?</source>
        <translation>¿Te acuerdas?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Take 5 more minutes</source>
        <translation>5 minutos más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>Vale</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>For the child</source>
        <translation>Para el niño o la niña</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+17"/>
        <source>For the grown-up</source>
        <translation>Para el adulto</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+163"/>
        <location line="+2"/>
        <source>If your child tells you something worrying</source>
        <translation>Si el niño o la niña te cuenta algo preocupante</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Show or hide what to do if your child tells you something worrying</source>
        <translation>Mostrar u ocultar qué hacer si tu hijo o hija te cuenta algo preocupante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read the guide</source>
        <translation>Leer la guía</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the guide for this unit</source>
        <translation>Leer la guía de esta unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The grown-ups&apos; guide to this unit, in its own window</source>
        <translation>La guía para adultos de esta unidad, en su propia ventana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The step before (Ctrl+Left)</source>
        <translation>El paso anterior (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>🔊 Read aloud</source>
        <translation>🔊 Leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read this step aloud (Ctrl+R)</source>
        <translation>Leer este paso en voz alta (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+323"/>
        <source>Hide grown-up notes</source>
        <translation>Ocultar notas del adulto</translation>
    </message>
    <message>
        <location line="-323"/>
        <source>Show or hide the grown-up&apos;s panel</source>
        <translation>Mostrar u ocultar el panel del adulto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+111"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location line="-111"/>
        <location line="+112"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The next step (Ctrl+Right)</source>
        <translation>El paso siguiente (Ctrl+Derecha)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+55"/>
        <source>Keys: Ctrl+→ next · Ctrl+← back · Ctrl+P pause · Ctrl+R read aloud · F1 help</source>
        <translation>Teclas: Ctrl+→ siguiente · Ctrl+← atrás · Ctrl+P pausa · Ctrl+R leer en voz alta · F1 ayuda</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Paused. Press Resume when you are ready.</source>
        <translation>En pausa. Pulsa Seguir cuando quieras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 and a grown-up</source>
        <translation>%1 y un adulto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Keys: Ctrl+→ next · Ctrl+← back · Ctrl+P pause · F1 help</source>
        <translation>Teclas: Ctrl+→ siguiente · Ctrl+← atrás · Ctrl+P pausa · F1 ayuda</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Finish ✓</source>
        <translation>Terminar ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>This step&apos;s suggested time is up. Move on when you are ready, or take more time.</source>
        <translation>Se acabó el tiempo sugerido para este paso. Sigue cuando quieras o tómate más tiempo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The 15 minutes are up. Nothing is lost: finish now, take more time, or carry on later.</source>
        <translation>Ya pasaron los 15 minutos. No se pierde nada: termina ahora, tómate más tiempo o sigue más tarde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timer on</source>
        <translation>Poner reloj</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Show grown-up notes</source>
        <translation>Ver notas del adulto</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../src/familysafe/ui/parent/settings.py" line="+38"/>
        <location line="+10"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Same as the computer</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+14"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Apply text size</source>
        <translation>Aplicar tamaño</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use an easy-read font (Atkinson Hyperlegible)</source>
        <translation>Usar una letra fácil de leer (Atkinson Hyperlegible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easy-read font</source>
        <translation>Letra fácil de leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Font</source>
        <translation>Tipo de letra</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read steps aloud as they open</source>
        <translation>Leer los pasos en voz alta al abrirse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For ages 4-7 (recommended)</source>
        <translation>De 4 a 7 años (recomendado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For every child</source>
        <translation>Para todos los niños y niñas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never (the speaker buttons still work)</source>
        <translation>Nunca (los botones de altavoz siguen funcionando)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+12"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>The computer&apos;s usual voice</source>
        <translation>La voz habitual del equipo</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <source>Reading speed</source>
        <translation>Velocidad de lectura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no voice for reading aloud, so the speaker buttons are hidden.</source>
        <translation>Este equipo no tiene ninguna voz para leer en voz alta, así que los botones de altavoz están ocultos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remind us once a week</source>
        <translation>Recordárnoslo cada semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly reminder on</source>
        <translation>Recordatorio semanal activado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Day of the weekly reminder</source>
        <translation>Día del recordatorio semanal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Time of the weekly reminder</source>
        <translation>Hora del recordatorio semanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the reminder</source>
        <translation>Guardar el recordatorio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly reminder</source>
        <translation>Recordatorio semanal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While FamilySafe is open, it shows a gentle note at that time (and a notification, where this computer shows them). It never nags: one note a week, and only if you want it.</source>
        <translation>Mientras FamilySafe esté abierto, muestra un aviso amable a esa hora (y una notificación, si este equipo las muestra). Nunca insiste: un aviso a la semana, y solo si lo quieres.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save the country</source>
        <translation>Guardar el país</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Help page shows the helplines and places to report of this country.</source>
        <translation>La página de Ayuda muestra las líneas de ayuda y los sitios para denunciar de este país.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The Help page now shows the helplines for %1.</source>
        <translation>La página de Ayuda ahora muestra las líneas de ayuda de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN keeps children out of this area. It is a gate, not a safe.</source>
        <translation>El PIN impide que los niños entren en esta zona. Es una puerta, no una caja fuerte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no PIN: anyone using this computer can open this area. Set one to keep children out.</source>
        <translation>No hay PIN: cualquiera que use este equipo puede abrir esta zona. Pon uno para que los niños no entren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the PIN…</source>
        <translation>Cambiar el PIN…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set a PIN…</source>
        <translation>Poner un PIN…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent PIN</source>
        <translation>PIN de padres</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The new PIN is set. It is needed to open this area from now on.</source>
        <translation>El PIN nuevo está puesto. A partir de ahora hace falta para abrir esta zona.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The weekly reminder is off.</source>
        <translation>El recordatorio semanal está desactivado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gentle reminder will show every %1 at %2 while FamilySafe is open.</source>
        <translation>Se mostrará un aviso amable cada %1 a las %2 mientras FamilySafe esté abierto.</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../src/familysafe/ui/setup.py" line="+34"/>
        <source>Setup progress</source>
        <translation>Progreso de la configuración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The page before</source>
        <translation>La página anterior</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the PIN</source>
        <translation>Mantener el PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set a new PIN</source>
        <translation>Poner un PIN nuevo</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>%1 is added. Add another child, or press Next to go on.</source>
        <translation>%1 ya está. Añade otro niño o niña, o pulsa Siguiente para continuar.</translation>
    </message>
    <message>
        <location line="-318"/>
        <source>Welcome to FamilySafe</source>
        <translation>Te damos la bienvenida a FamilySafe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every two weeks, a new 15-minute activity about staying safe online opens for each child. You do it together: the screen talks to your child, and a panel tells you what to say.</source>
        <translation>Cada dos semanas se abre para cada niño o niña una nueva actividad de 15 minutos sobre cómo estar seguros en internet. Es para hacerla juntos: la pantalla le habla al niño o la niña, y un panel te dice qué decir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Our promise</source>
        <translation>Nuestra promesa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything stays on this computer. FamilySafe never connects to the internet: no account, no adverts, no tracking. We only ask for a nickname and an age group for each child, never a real name or a birthday.</source>
        <translation>Todo se queda en este equipo. FamilySafe nunca se conecta a internet: sin cuentas, sin anuncios, sin rastreo. Solo pedimos un apodo y una edad para cada niño o niña, nunca su nombre real ni su fecha de nacimiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Let&apos;s begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What shall we call your family?</source>
        <translation>¿Cómo llamamos a tu familia?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For example “Star” or “Rivers”: we will say “Hello, Star family!”. Only you will see it.</source>
        <translation>Por ejemplo, “Estrella” o “Ríos”: te diremos “¡Hola, familia Estrella!”. Solo lo verás tú.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+86"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>A PIN for the grown-ups</source>
        <translation>Un PIN para los adultos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A PIN of 4 to 8 numbers keeps the parent area (settings, notes, unlocking early) for grown-ups. It is a gate, not a safe: it keeps curious fingers out. You can skip it.</source>
        <translation>Un PIN de 4 a 8 números reserva la zona para padres (ajustes, notas, abrir actividades antes) para los adultos. Es una puerta, no una caja fuerte: mantiene fuera a los dedos curiosos. Puedes saltarte este paso.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>The PIN again</source>
        <translation>Repite el PIN</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+166"/>
        <source>Set the PIN</source>
        <translation>Guardar el PIN</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+162"/>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>Write this recovery code down and keep it somewhere safe.</source>
        <translation>Anota este código de recuperación y guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you forget the PIN, this code lets you set a new one. It is shown only once.</source>
        <translation>Si olvidas el PIN, con este código puedes poner uno nuevo. Solo se muestra una vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have written it down</source>
        <translation>Ya lo anoté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who will be doing the activities?</source>
        <translation>¿Quién va a hacer las actividades?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add each child with a nickname, their age group and a picture. No real names needed.</source>
        <translation>Añade a cada niño o niña con un apodo, su edad y una imagen. No hacen falta nombres reales.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Child&apos;s nickname</source>
        <translation>Apodo del niño o niña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Age group</source>
        <translation>Edad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add this child</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Children added</source>
        <translation>Niños añadidos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where do you live?</source>
        <translation>¿Dónde vives?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This picks the helplines and places to report that the Help page shows.</source>
        <translation>Así elegimos las líneas de ayuda y los sitios para denunciar que muestra la página de ayuda.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finish and go to home</source>
        <translation>Terminar e ir al inicio</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Please type a name for your family (any name is fine).</source>
        <translation>Escribe un nombre para tu familia (cualquiera vale).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two PINs are different. Please type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Please add at least one child. A nickname is enough.</source>
        <translation>Añade al menos un niño o niña. Basta con un apodo.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>ages %1</source>
        <translation>de %1 años</translation>
    </message>
    <message>
        <location line="-413"/>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another country in the European Union</source>
        <translation>Otro país de la Unión Europea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhere else</source>
        <translation>Otro lugar</translation>
    </message>
</context>
<context>
    <name>StepDots</name>
    <message>
        <location filename="../src/familysafe/ui/widgets.py" line="-459"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All %1 steps done</source>
        <translation>Los %1 pasos están hechos</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="-202"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read this aloud (Ctrl+R reads the whole step)</source>
        <translation>Leer esto en voz alta (Ctrl+R lee todo el paso)</translation>
    </message>
</context>
<context>
    <name>StoryView</name>
    <message>
        <location line="+54"/>
        <source>◀ Page back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page ▶</source>
        <translation>Adelante ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>TimerRing</name>
    <message>
        <location filename="../src/familysafe/ui/widgets.py" line="-108"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timer is off</source>
        <translation>El temporizador está apagado</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Queda %n minuto</numerusform>
            <numerusform>Quedan %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Together</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="+363"/>
        <location filename="../src/familysafe/ui/together.py" line="+34"/>
        <location line="+226"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../src/familysafe/ui/together.py" line="-136"/>
        <source>Each child ticks their own box, or you tick it for them when they say yes. A promise is never forced: a child who does not agree is simply not listed in the family agreement, and the sitting goes on. Ask them what would make the promise feel fair, say that it is fine to think about it, and come back to it another day.</source>
        <translation>Cada niño o niña marca su propia casilla, o la marcas tú cuando te dice que sí. Una promesa nunca se impone: quien no esté de acuerdo simplemente no aparece en el acuerdo familiar, y la sesión sigue. Pregúntale qué haría que la promesa le pareciera justa, dile que está bien pensarlo y volved a hablarlo otro día.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>You did it, %1!</source>
        <translation>¡Lo lograste, %1!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has a short part to do with a grown-up on their own: it is on the home screen.</source>
        <translation>%1 tiene una parte corta para hacer a solas con un adulto: está en la pantalla de inicio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each of you has your own badge for this unit.</source>
        <translation>Cada uno tiene su propia insignia de esta unidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New badges for everyone whose part is done.</source>
        <translation>Insignias nuevas para todos los que terminaron su parte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your promise is in the family agreement, agreed by %1.</source>
        <translation>Vuestra promesa está en el acuerdo familiar, aceptada por %1.</translation>
    </message>
</context>
<context>
    <name>TogetherPicker</name>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+2"/>
        <source>Do it together</source>
        <translation>Hacerlo juntos</translation>
    </message>
    <message>
        <source>Pick 2 to 4 children. Everyone does the unit in one sitting, and each child answers their own question in turn, youngest first.</source>
        <translation type="vanished">Elige de 2 a 4 niños. Todos hacen la unidad en una misma sesión y cada uno responde a su propia pregunta por turnos, empezando por el más pequeño.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Which unit</source>
        <translation>Qué unidad</translation>
    </message>
    <message>
        <source>Unit %1: %2 (%3 children)</source>
        <translation type="vanished">Unidad %1: %2 (%3 niños)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Pick 2 to 4 children, then a unit that is open for all of them. Everyone does the unit in one sitting, and each child answers their own question in turn, youngest first.</source>
        <translation>Elige de 2 a 4 niños y después una unidad que esté abierta para todos. Todos hacen la unidad en una misma sesión y cada uno responde a su propia pregunta por turnos, empezando por el más pequeño.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who is taking part?</source>
        <translation>¿Quién participa?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Which unit?</source>
        <translation>¿Qué unidad?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Start together</source>
        <translation>Empezar juntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (ages %2): unit %3 is open</source>
        <translation>%1 (de %2 años): la unidad %3 está abierta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (ages %2): units %3 are open</source>
        <translation>%1 (de %2 años): las unidades %3 están abiertas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has unit %2 open</source>
        <translation>%1 tiene abierta la unidad %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 has units %2 open</source>
        <translation>%1 tiene abiertas las unidades %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No unit is open for all of them</source>
        <translation>No hay ninguna unidad abierta para todos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick 2 to 4 children (%1 picked).</source>
        <translation>Elige de 2 a 4 niños (%1 elegidos).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No unit is open for all of them (%1). A sitting does one unit that every child has open and not done yet: untick a child, or let each one do their own unit on their own.</source>
        <translation>No hay ninguna unidad abierta para todos (%1). En una sesión juntos se hace una unidad que todos tienen abierta y sin hacer: quita a un niño o niña, o que cada uno haga su propia unidad por su cuenta.</translation>
    </message>
</context>
<context>
    <name>TogetherRow</name>
    <message>
        <location line="+42"/>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Brothers and sisters can do this unit in one sitting, each at their own level.</source>
        <translation>Los hermanos y hermanas pueden hacer esta unidad en una misma sesión, cada uno a su nivel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do it together</source>
        <translation>Hacerlo juntos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Carry on together: %1 (%2)</source>
        <translation>Seguir juntos: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do the rest of %1 with %2 on your own</source>
        <translation>Hacer el resto de %1 a solas con %2</translation>
    </message>
</context>
<context>
    <name>TurnBar</name>
    <message>
        <location line="-284"/>
        <source>%1&apos;s turn</source>
        <translation>Turno de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Helper: %1</source>
        <translation>Ayudante: %1</translation>
    </message>
</context>
<context>
    <name>YearCelebration</name>
    <message>
        <location filename="../src/familysafe/ui/yearend.py" line="+261"/>
        <source>Save the year certificate…</source>
        <translation>Guardar el diploma del año…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Our year in review…</source>
        <translation>Nuestro año en resumen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The end of the year for ages %1</source>
        <translation>El final del año para el grupo de %1 años</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That was the last activity for ages %1. %2 activities, %3 topics and %4 promises: take a moment to be proud of that, together.</source>
        <translation>Esa fue la última actividad del grupo de %1 años. %2 actividades, %3 temas y %4 promesas: tómense un momento para sentirse orgullosos, juntos.</translation>
    </message>
</context>
<context>
    <name>YearChart</name>
    <message>
        <location filename="../src/familysafe/ui/parent/yearchart.py" line="+6"/>
        <source>Ages %1 (now): %2 of %3 units done</source>
        <translation>De %1 años (ahora): %2 de %3 unidades hechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ages %1 (earlier): %2 of %3 units done</source>
        <translation>De %1 años (antes): %2 de %3 unidades hechas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The whole year is done!</source>
        <translation>¡El año entero está hecho!</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next: unit %1 opens on %2, once unit %3 is done.</source>
        <translation>Siguiente: la unidad %1 se abre el %2, cuando esté hecha la unidad %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: unit %1 opens on %2.</source>
        <translation>Siguiente: la unidad %1 se abre el %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 right</source>
        <translation>%1 de %2 correctas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open now</source>
        <translation>abierta ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next</source>
        <translation>siguiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done</source>
        <translation>no hecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>done on %1</source>
        <translation>hecha el %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>opens on %1</source>
        <translation>se abre el %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done: %1.</source>
        <translation>Hechas: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit %1 on %2</source>
        <translation>unidad %1 el %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open now: unit %1.</source>
        <translation>Abierta ahora: unidad %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open now: units %1.</source>
        <translation>Abiertas ahora: unidades %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Locked: unit %1.</source>
        <translation>Bloqueada: unidad %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked: units %1.</source>
        <translation>Bloqueadas: unidades %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not done: unit %1.</source>
        <translation>No hecha: unidad %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not done: units %1.</source>
        <translation>No hechas: unidades %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quiz answers by topic:</source>
        <translation>Respuestas por tema:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+155"/>
        <source>No quiz answers yet.</source>
        <translation>Todavía no hay respuestas.</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>The year at a glance for %1</source>
        <translation>El año de un vistazo de %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Quiz answers by topic</source>
        <translation>Respuestas por tema</translation>
    </message>
</context>
<context>
    <name>YearOutput</name>
    <message>
        <location filename="../src/familysafe/ui/yearend.py" line="-221"/>
        <source>Year certificate %1 ages %2</source>
        <translation>Diploma del año %1 de %2 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year in review %1 ages %2</source>
        <translation>El año en resumen %1 de %2 años</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save as PDF</source>
        <translation>Guardar en PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF could not be saved as %1 (%2). Nothing was saved.</source>
        <translation>No se pudo guardar el PDF como %1 (%2). No se guardó nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 as %2.</source>
        <translation>Se guardó %1 como %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was sent to the printer.</source>
        <translation>%1 se envió a la impresora.</translation>
    </message>
</context>
<context>
    <name>YearPrintouts</name>
    <message>
        <location filename="../src/familysafe/ui/year_printouts.py" line="+37"/>
        <source>%1 has not finished the year for ages %2 yet.</source>
        <translation>%1 todavía no ha terminado el año del grupo de %2 años.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Year certificate for %1</source>
        <translation>Diploma del año de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Year certificate</source>
        <translation>Diploma del año</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This certificate celebrates</source>
        <translation>Este diploma celebra a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for a whole year of FamilySafe, ages %1</source>
        <translation>por un año entero de FamilySafe, de %1 años</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The year %1</source>
        <translation>El año %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 activities · %2 topics · %3 badges</source>
        <translation>%1 actividades · %2 temas · %3 insignias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Favourite badge: %1</source>
        <translation>Insignia favorita: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished on %1</source>
        <translation>Terminado el %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by a proud grown-up:</source>
        <translation>Firmado por un adulto muy orgulloso:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 family · FamilySafe</source>
        <translation>Familia %1 · FamilySafe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Our year in review: %1</source>
        <translation>Nuestro año en resumen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topics we covered</source>
        <translation>Temas que vimos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>None yet.</source>
        <translation>Todavía ninguno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Promises we made</source>
        <translation>Promesas que hicimos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(the grown-up)</source>
        <translation>(el adulto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No promises yet.</source>
        <translation>Todavía no hay promesas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badges earned</source>
        <translation>Insignias ganadas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>★ Favourite badge: %1 (unit %2, %3)</source>
        <translation>★ Insignia favorita: %1 (unidad %2, %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>★ favourite</source>
        <translation>★ favorita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badges yet.</source>
        <translation>Todavía no hay insignias.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Year in review: %1</source>
        <translation>El año en resumen: %1</translation>
    </message>
</context>
<context>
    <name>YearReview</name>
    <message>
        <location line="+7"/>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 units</source>
        <translation>%1 de %2 unidades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 minutes together</source>
        <translation>%1 minutos juntos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>★ The favourite is the badge whose lesson %1 remembered most often in “Remember?” (the newest badge when none stands out).</source>
        <translation>★ La favorita es la insignia cuya lección %1 recordó más veces en “¿Te acuerdas?” (la insignia más nueva si ninguna destaca).</translation>
    </message>
</context>
<context>
    <name>YearReviewDialog</name>
    <message>
        <location filename="../src/familysafe/ui/yearend.py" line="+12"/>
        <source>Year in review: %1</source>
        <translation>El año en resumen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Our year in review: %1</source>
        <translation>Nuestro año en resumen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole year is done. Well done, both of you!</source>
        <translation>El año entero está hecho. ¡Muy bien, los dos!</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics we covered</source>
        <translation>Temas que vimos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%2 (unit %1)</source>
        <translation>%2 (unidad %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None yet.</source>
        <translation>Todavía ninguno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promises we made</source>
        <translation>Promesas que hicimos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(the grown-up)</source>
        <translation>(el adulto)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No promises yet.</source>
        <translation>Todavía no hay promesas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badges earned</source>
        <translation>Insignias ganadas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>★ Favourite badge: %1 (unit %2, %3)</source>
        <translation>★ Insignia favorita: %1 (unidad %2, %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>★ favourite</source>
        <translation>★ favorita</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No badges yet.</source>
        <translation>Todavía no hay insignias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the year in review as PDF…</source>
        <translation>Guardar el año en resumen en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the year in review…</source>
        <translation>Imprimir el año en resumen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the year certificate as PDF…</source>
        <translation>Guardar el diploma del año en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the year certificate…</source>
        <translation>Imprimir el diploma del año…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Year in review</source>
        <translation>El año en resumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>_ScrollPage</name>
    <message>
        <location filename="../src/familysafe/ui/pages.py" line="-83"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>win.session</name>
    <message>
        <location filename="../src/familysafe/tools/screens.py" line="+60"/>
        <source>This step&apos;s suggested time is up. Move on when you are ready, or take more time.</source>
        <translation>Se acabó el tiempo sugerido para este paso. Sigue cuando quieras o tómate más tiempo.</translation>
    </message>
</context>
</TS>
