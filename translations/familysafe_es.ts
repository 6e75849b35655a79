<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AvatarPicker</name>
    <message>
        <location filename="../src/familysafe/ui/setup.py" line="+48"/>
        <source>Picture: %1</source>
        <translation>Imagen: %1</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <location filename="../src/familysafe/ui/home.py" line="+59"/>
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
        <location line="+8"/>
        <source>All done for now. Well done!</source>
        <translation>Todo hecho por ahora. ¡Muy bien!</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Badges</source>
        <translation>Insignias</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Badge: %1</source>
        <translation>Insignia: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 activity done</source>
        <translation>1 actividad hecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 activities done</source>
        <translation>%1 actividades hechas</translation>
    </message>
</context>
<context>
    <name>EndPage</name>
    <message>
        <location filename="../src/familysafe/ui/session.py" line="+134"/>
        <source>Back to home</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You did it, %1!</source>
        <translation>¡Lo lograste, %1!</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New badge: %1</source>
        <translation>Nueva insignia: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your promise is in the family agreement.</source>
        <translation>Tu promesa ya está en el acuerdo familiar.</translation>
    </message>
</context>
<context>
    <name>GrownUpsSeeScreen</name>
    <message>
        <location filename="../src/familysafe/ui/pages.py" line="+120"/>
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
        <location filename="../src/familysafe/ui/guides.py" line="+462"/>
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
        <location line="-319"/>
        <location line="+45"/>
        <source>Guide text</source>
        <translation>Texto de la guía</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+60"/>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <location line="-58"/>
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
        <location line="+41"/>
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
        <location line="+8"/>
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
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <location line="+24"/>
        <source>Guides for grown-ups</source>
        <translation>Guías para adultos</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
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
        <location line="+9"/>
        <source>Guides</source>
        <translation>Guías</translation>
    </message>
    <message>
        <location line="+60"/>
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
    <name>HomeScreen</name>
    <message>
        <location filename="../src/familysafe/ui/home.py" line="+31"/>
        <source>Hello, %1 family!</source>
        <translation>¡Hola, familia %1!</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hello!</source>
        <translation>¡Hola!</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No children yet. A grown-up can add one in the parent area.</source>
        <translation>Todavía no hay niños. Un adulto puede añadirlos en la zona para padres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your grown-up can see which activities you have done. Tap &apos;What grown-ups see&apos; to find out more.</source>
        <translation>El adulto que te acompaña puede ver qué actividades has hecho. Toca «Lo que ven los adultos» para saber más.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/familysafe/ui/main_window.py" line="+45"/>
        <location line="+14"/>
        <source>FamilySafe</source>
        <translation>FamilySafe</translation>
    </message>
    <message>
        <location line="+5"/>
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
</context>
<context>
    <name>ParentArea</name>
    <message>
        <location filename="../src/familysafe/ui/parent.py" line="+175"/>
        <source>Parent area</source>
        <translation>Zona para padres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the parent area</source>
        <translation>Cerrar la zona para padres</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This computer&apos;s clock went backwards. Nothing was lost; activities already open stay open.</source>
        <translation>El reloj de este equipo se ha atrasado. No se ha perdido nada; las actividades ya abiertas siguen abiertas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s clock jumped forwards. Only finishing activities opens new ones.</source>
        <translation>El reloj de este equipo se ha adelantado. Solo terminar actividades abre otras nuevas.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+23"/>
        <source>1 activity finished</source>
        <translation>1 actividad terminada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 activities finished</source>
        <translation>%1 actividades terminadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%2 minutes together</source>
        <translation>%2 minutos juntos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiz answers by topic</source>
        <translation>Respuestas de los juegos de preguntas, por tema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 of %3 quizzes answered correctly</source>
        <translation>%1: %2 de %3 preguntas bien respondidas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your notes</source>
        <translation>Tus notas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Our family agreement</source>
        <translation>Nuestro acuerdo familiar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Days between activities</source>
        <translation>Días entre actividades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every %1 days</source>
        <translation>Cada %1 días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New activities open</source>
        <translation>Las actividades nuevas se abren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Started on</source>
        <translation>Empezó el</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s start date</source>
        <translation>Fecha de inicio de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the next activity now</source>
        <translation>Abrir ya la siguiente actividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the next activity now for %1</source>
        <translation>Abrir ya la siguiente actividad de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unit %1: %2</source>
        <translation>Unidad %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+23"/>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Age group of %1</source>
        <translation>Edad de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Ages %1</source>
        <translation>De %1 años</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save %1</source>
        <translation>Guardar %1</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+8"/>
        <source>Add a child</source>
        <translation>Añadir un niño o niña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New child&apos;s nickname</source>
        <translation>Apodo del nuevo niño o niña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New child&apos;s age group</source>
        <translation>Edad del nuevo niño o niña</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add this child</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="-6"/>
        <source>Apply text size</source>
        <translation>Aplicar tamaño</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The PIN keeps children out of this area. It is a gate, not a safe.</source>
        <translation>El PIN impide que los niños entren en esta zona. Es una puerta, no una caja fuerte.</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <location line="-411"/>
        <source>For grown-ups</source>
        <translation>Para los adultos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the parent PIN to open the parent area.</source>
        <translation>Escribe el PIN de padres para abrir la zona para padres.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+14"/>
        <source>Type the recovery code you wrote down when you set up FamilySafe, and a new PIN.</source>
        <translation>Escribe el código de recuperación que anotaste al configurar FamilySafe y un PIN nuevo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the new PIN</source>
        <translation>Guardar el PIN nuevo</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Too many wrong tries. Please wait %1 seconds and try again.</source>
        <translation>Demasiados intentos fallidos. Espera %1 segundos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>That recovery code is not right. Check it and try again.</source>
        <translation>Ese código de recuperación no es correcto. Revísalo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new PIN is set. Here is your new recovery code: write it down.</source>
        <translation>El PIN nuevo está guardado. Este es tu nuevo código de recuperación: anótalo.</translation>
    </message>
</context>
<context>
    <name>PledgeView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="+322"/>
        <source>We agree</source>
        <translation>Estamos de acuerdo</translation>
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
        <location line="+14"/>
        <source>Added to your family agreement.</source>
        <translation>Añadido al acuerdo familiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That&apos;s fine. You can come back to it.</source>
        <translation>No pasa nada. Se puede retomar más tarde.</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <location filename="../src/familysafe/ui/home.py" line="-148"/>
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
        <location line="+4"/>
        <source>The next activity unlocks tomorrow, %2.</source>
        <translation>La siguiente actividad se abre mañana, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next activity unlocks in %1 days, on %2.</source>
        <translation>La siguiente actividad se abre dentro de %1 días, el %2.</translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="-183"/>
        <source>Answer to: %1</source>
        <translation>Respuesta a: %1</translation>
    </message>
    <message>
        <location line="+19"/>
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
        <location filename="../src/familysafe/ui/session.py" line="-98"/>
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
        <location line="+22"/>
        <source>From “%1”</source>
        <translation>De “%1”</translation>
    </message>
</context>
<context>
    <name>ReflectView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="+185"/>
        <source>A note for the grown-up to keep (optional):</source>
        <translation>Una nota para que la guarde el adulto (opcional):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grown-up&apos;s note</source>
        <translation>Nota del adulto</translation>
    </message>
    <message>
        <location line="+4"/>
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
    <name>ScenarioView</name>
    <message>
        <location line="-161"/>
        <source>Try it another way</source>
        <translation>Probar de otra forma</translation>
    </message>
</context>
<context>
    <name>SessionScreen</name>
    <message>
        <location filename="../src/familysafe/ui/session.py" line="+108"/>
        <location line="+274"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Pause the timer (Ctrl+P)</source>
        <translation>Pausar el temporizador (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+272"/>
        <source>Timer off</source>
        <translation>Apagar reloj</translation>
    </message>
    <message>
        <location line="-272"/>
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
        <location line="+21"/>
        <source>Take 5 more minutes</source>
        <translation>5 minutos más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OK</source>
        <translation>Vale</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>For the child</source>
        <translation>Para el niño o la niña</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>For the grown-up</source>
        <translation>Para el adulto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If your child tells you something worrying</source>
        <translation>Si el niño o la niña te cuenta algo preocupante</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <translation>🔊 Leer en voz alta</translation>
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
        <location line="+248"/>
        <source>Hide grown-up notes</source>
        <translation>Ocultar notas del adulto</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Show or hide the grown-up&apos;s panel</source>
        <translation>Mostrar u ocultar el panel del adulto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+88"/>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>The next step (Ctrl+Right)</source>
        <translation>El paso siguiente (Ctrl+Derecha)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Paused. Press Resume when you are ready.</source>
        <translation>En pausa. Pulsa Seguir cuando quieras.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 and a grown-up</source>
        <translation>%1 y un adulto</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Finish ✓</source>
        <translation>Terminar ✓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>This step&apos;s suggested time is up. Move on when you are ready, or take more time.</source>
        <translation>Se acabó el tiempo sugerido para este paso. Sigue cuando quieras o tómate más tiempo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The 15 minutes are up. Nothing is lost: finish now, take more time, or carry on later.</source>
        <translation>Ya pasaron los 15 minutos. No se pierde nada: termina ahora, tómate más tiempo o sigue más tarde.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timer on</source>
        <translation>Encender reloj</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Show grown-up notes</source>
        <translation>Ver notas del adulto</translation>
    </message>
</context>
<context>
    <name>SetupScreen</name>
    <message>
        <location filename="../src/familysafe/ui/setup.py" line="+34"/>
        <source>Welcome to FamilySafe</source>
        <translation>Te damos la bienvenida a FamilySafe</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>For example “The Star family” or just “Our family”. Only you will see it.</source>
        <translation>Por ejemplo, “Estrella” o “García”. Solo lo verás tú.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family name</source>
        <translation>Nombre de la familia</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+82"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location line="-77"/>
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
        <location line="+5"/>
        <source>Set the PIN</source>
        <translation>Guardar el PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip for now</source>
        <translation>Saltar por ahora</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+4"/>
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
        <location line="+4"/>
        <source>Finish and go to home</source>
        <translation>Terminar e ir al inicio</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Please type a name for your family (any name is fine).</source>
        <translation>Escribe un nombre para tu familia (cualquiera vale).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The two PINs are different. Please type the same PIN twice.</source>
        <translation>Los dos PIN no coinciden. Escribe el mismo PIN dos veces.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Please add at least one child. A nickname is enough.</source>
        <translation>Añade al menos un niño o niña. Basta con un apodo.</translation>
    </message>
</context>
<context>
    <name>StepDots</name>
    <message>
        <location filename="../src/familysafe/ui/widgets.py" line="+132"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
</context>
<context>
    <name>StepView</name>
    <message>
        <location filename="../src/familysafe/ui/steps.py" line="-162"/>
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
        <location line="+44"/>
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
        <location line="+20"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>TimerRing</name>
    <message>
        <location filename="../src/familysafe/ui/widgets.py" line="-59"/>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>off</source>
        <translation>apagado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The timer is off</source>
        <translation>El temporizador está apagado</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Queda %n minuto</numerusform>
            <numerusform>Quedan %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_ScrollPage</name>
    <message>
        <location filename="../src/familysafe/ui/pages.py" line="-73"/>
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
