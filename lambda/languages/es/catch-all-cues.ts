import type { CatchAllCues } from '../types';
import { w } from './safety-reading';

/*
 * Spanish cues for the catch-all's words (Spain, Mexico, the Río de la Plata, the US alike),
 * against the Spanish reading's normal form (lowercase, accents kept, punctuation gone, "q" as
 * "que"). Each is a few words a request of its kind cannot do without, in tú, usted and vos;
 * whatever else is said around them is the person talking. Word edges are the reading's own
 * (its `w`), which also lets "á" match a typed "a": so "pará" is also "para", and is only a
 * whole request.
 *
 * No accented letter inside a character class here: `w` turns each one into a class of its own.
 */

const REMINDER = '(?:recordatorios?)(?: diarios?| de masaje| de la noche| nocturnos?)?';
const MASSAGE = '(?:masajes?|masajito|rutina|sesión|sesioncita)';
const FEET = '(?: (?:de|en|a) (?:los |mis |tus )?pies| (?:de|en) (?:el|mi) pie| de pie)';
const LENGTH =
  '(?:corta|larga|rápida|completa|breve|normal|corto|largo|rápido|completo|exprés|estándar|habitual|de siempre)';

export const CATCH_ALL_CUES: CatchAllCues = {
  asks: {
    start: [
      w(
        `(?:empieza|empezá|empezar|empecemos|empiece|comienza|comenzar|comencemos|comience|inicia|iniciar|iniciemos|inicie|arranca|arrancar|arranquemos|haz|hacé|hazme|haceme|hacer|hagamos|haga|hágame|dame|deme|dar|darme|guíame|guiame|guíeme|llévame|quiero|quisiera|me gustaría|vamos a hacer|vamos con|ponme|échame|echame|realiza) (?:un |una |el |la |mi |nuestro |nuestra |otro |otra )?(?:(?:pequeño|pequeña|buen|buena|${LENGTH}) )?${MASSAGE}${FEET}?`,
      ),
      w(
        `masajear(?:me)? (?:los |mis )?pies|masajéame|masajeame|masajéeme|masajea mis pies|masaje${FEET}|masaje en los pies`,
      ),
    ],
    pause: [
      w(
        '(?:pon|ponlo|ponla|poné|ponga|ponerlo) (?:en )?pausa|pausa|pausar|pausalo|haz una pausa|hagamos una pausa|(?:espera|esperá|espere|espérame|esperame|espéreme|aguarda|aguárdame|aguanta|aguantá|aguántame)(?: un (?:momento|momentito|segundo|segundito|minuto|minutito|poco|poquito|rato)| tantito)|^(?:espera|esperá|espere|espérame|esperame|espéreme|aguarda)$|(?<!(?:durante|por|en|cada|unos|hace|desde hace|al|más de|menos de) )un (?:momento|momentito|segundo|segundito|minuto|minutito)|dame un (?:momento|segundo|minuto|respiro)|(?:detente|detenete|deténgase|para|pará|pare) un (?:momento|segundo|minuto)|no tan (?:rápido|deprisa)|ahorita (?:vengo|regreso|vuelvo)|ya vuelvo|ahora vuelvo|vuelvo enseguida|tantito',
      ),
    ],
    resume: [
      w(
        'continúa|continua(?! (?:con|igual|el|la|doliendo|mal) )|continuá|continuar|continuemos|continúe|sigue(?! (?:doliendo|igual|mal|hinchad\\w*|con|sin|siendo|molestando|picando|ardiendo|estando|tenso|tensa|duro|dura))|seguí|seguir(?! (?:con dolor|sufriendo|viviendo|vivo|aquí))|sigamos|siga|prosigue|proseguir|reanuda|reanudá|reanudar|reanudemos|reanude|quita la pausa|quitar la pausa|saca la pausa|dale play|dale(?! (?:un|una|el|la|masaje|más|menos) )|^adelante$|sigue adelante|^vamos$|vamos (?:allá|pues|adelante|ya)|vámonos|órale|ya estoy (?:listo|lista|aquí|de vuelta)|estoy de vuelta|ya (?:regresé|volví)|(?:vuelve|volvé|volvamos|regresa|regresemos|volver) al masaje|donde lo dejamos|donde nos quedamos|donde (?:quedamos|paramos|íbamos)|(?:listo|lista) para seguir|ya podemos seguir',
      ),
    ],
    next: [
      w(
        'siguiente|próximo paso|paso siguiente|próxim[oa](?! (?:semana|vez|mes|año|día|lunes|martes|miércoles|jueves|viernes|sábado|domingo))|(?:pasa|pasá|pase|pasemos|vamos|ve|ir) al (?:siguiente|que sigue|próximo)|lo que sigue|el que sigue|qué sigue|y ahora qué|^y (?:luego|después)(?: qué)?$|avanza|avanzá|avanzar|avancemos|avance|otro paso|(?:ya )?(?:terminé|acabé|listo) con (?:este|esta|eso)|ya quedó',
      ),
    ],
    skip: [
      w(
        'sáltate|sáltatelo|salta|saltá|saltar|saltemos|sáltalo|sáltala|sáltese|sáltelo|salteá|saltea|saltéalo|omite|omití|omitir|omitamos|omítelo|omítela|omita|pasa de (?:este|esta|eso|ese)|brinca|brincar|bríncate|bríncalo|bríncatelo|(?:este|esta|ese|esa) (?:paso |punto |ejercicio )?no$|mejor no este|skip|skipea|deja (?:este|esta|ese|esa) (?:paso|punto|ejercicio)|quita (?:este|esta) (?:paso|punto|ejercicio)',
      ),
    ],
    back: [
      w(
        '(?:vuelve|volvé|vuelva|volver|volvamos|regresa|regresá|regrese|regresar|regresemos|ve|ir|vamos) (?:atrás|para atrás|pa atrás|al anterior|al paso anterior|uno atrás|un paso atrás)|^atrás$|para atrás|pa atrás|un paso atrás|^regresa$|^regrésate$|(?:el|la|paso|punto|ejercicio) anterior|retrocede|retrocedé|retroceder|retrocedamos|retroceda|el de antes|el paso de antes|el último paso|devuélvete',
      ),
    ],
    repeat: [
      w(
        'repite|repetí|repetir|repítelo|repetilo|repítemelo|repetímelo|repita|repítalo|repítamelo|repetimos|(?:dilo|decilo|dímelo|decímelo|dime|decime|di|decir|repite|léelo|explica|dígalo) (?:otra vez|de nuevo|una vez más)|^otra vez$|otra vez por favor|una vez más|qué (?:dijiste|dijo|has dicho|ha dicho)|cómo dijiste|^cómo$|^qué$|^mande$|^perdón$|perdón (?:qué|no te|no le|cómo)|no (?:te|le|lo) (?:entendí|escuché|oí|capté)|no entendí|no escuché|no oí|me lo (?:repites|repetís|repite)|vuelve a decir(?:lo|me)?|volvé a decir(?:lo|me)?|vuelva a decir(?:lo|me)?',
      ),
    ],
    'start-over': [
      w(
        'desde el (?:principio|inicio|comienzo)|desde cero|de cero|(?:empieza|empezá|empezar|empecemos|empiece|comienza|comenzar|comencemos|inicia|iniciar) (?:de nuevo|otra vez|desde el principio)|(?:vuelve|volvé|vuelva|volver|volvamos) a (?:empezar|comenzar|iniciar)|(?:vuelve|volvé|vuelva|volver|volvamos|regresa|regresar|regresemos|ve|ir|vamos) al (?:principio|inicio|comienzo)|reinicia|reiniciá|reiniciar|reiniciemos|reinicie|todo de nuevo|recomenzar|empezar todo otra vez',
      ),
    ],
    stop: [
      w(
        '^(?:para|pará|pare)(?: ya| por favor)?$|(?:para|pará) ya|ya para|para de hablar|para todo|parar(?! de| el| la| los| las| un| una| con)|paremos|detente|detenete|detener|detén|detenga|deténgase|^alto$|alto ahí|basta(?! con)|ya basta|ya estuvo|ya está bien|^ya está$|^ya$|termina|terminá|terminar|terminemos|termine|se acabó|acaba(?! de)|acabá|acabar(?! con| de)|acabemos|^fin$|cancela(?! (?:el|mi|los|mis|este|ese|un|todos) recordatorio)|cancelá|cancelar|^sal$|^salir$|sal (?:de aquí|del skill|de la skill|de la aplicación)|salir de(?:l)? (?:skill|aplicación|la aplicación|la skill)|^cierra$|cierra (?:el skill|la skill|la aplicación|la sesión)|adiós|hasta luego|hasta mañana|chao|chau|nos vemos|buenas noches|ya terminé|he terminado|ya acabé|es suficiente|suficiente por hoy|^suficiente$|ya fue|apaga|apágate|apagate|stop|ya no quiero (?:seguir|más|continuar)|déjalo (?:ahí|así)|dejémoslo (?:ahí|así|aquí)|lo dejamos (?:aquí|ahí)',
      ),
    ],
    help: [
      w(
        'ayuda(?! (?:a|con|para|contra|en) )|ayúdame(?! (?:a|con|para) )|ayúdeme(?! (?:a|con|para) )|necesito ayuda(?! (?:con|para) )|qué (?:puedo|se puede) (?:decir|hacer|pedir|preguntar)|qué (?:puedes|podés|puede|sabes|sabés|sabe) hacer|cómo (?:funciona|funcionas|se usa|te uso|va esto)|qué (?:digo|tengo que decir)|estoy (?:perdido|perdida|confundido|confundida)|no entiendo|no sé qué decir',
      ),
    ],
    home: [
      w(
        'menú|menú principal|pantalla de inicio|pantalla principal|página de inicio|menú de inicio|(?:vuelve|volvé|volver|regresa|regresar|ir|ve) al menú',
      ),
    ],
    'time-left': [
      w(
        'cuánto (?:tiempo )?(?:falta|queda|nos falta|nos queda|me falta|me queda|le falta|le queda)|cuántos minutos (?:faltan|quedan|nos faltan|nos quedan)|falta mucho|queda mucho|falta poco|tiempo restante|minutos restantes|cuánto más|cuánto dura (?:todavía|aún)|ya casi (?:terminamos|acabamos|está|acaba|termina)|ya mero|casi terminamos|cuándo (?:terminamos|termina|acaba|acabamos|se acaba)',
      ),
    ],
    'where-am-i': [
      w(
        '(?:en )?dónde (?:estamos|vamos|estoy|voy)|en qué (?:paso|parte|punto) (?:estamos|vamos|voy|estoy)|qué paso es (?:este|esto)|cuál es este paso|qué estamos haciendo|qué hacemos ahora|por dónde (?:vamos|íbamos)|(?:en )?dónde (?:íbamos|me quedé)|en qué vamos|qué toca (?:ahora)?',
      ),
    ],
    'tell-me-more': [
      w(
        '(?:cuéntame|contame|cuénteme|dime|decime|dígame) más|más (?:información|info|detalles|sobre)|(?:dame|deme) más detalles|(?:explícame|explicame|explíqueme|explica|explicá) (?:más|mejor|eso|eso mejor)|explícamelo|explicámelo|explíquemelo|amplía|ampliar|profundiza|profundizá|profundizar|quiero saber más|saber más|en detalle|con más detalle|algo más sobre',
      ),
    ],
    thanks: [
      w(
        'gracias|muchas gracias|mil gracias|muchísimas gracias|(?:te|se) lo agradezco|(?:te|le) agradezco|muy amable|qué amable|grax|thanks',
      ),
    ],
    contraindications: [
      w(
        `contraindicaci\\w*|contraindicad\\w*|cuándo no (?:debo|debería|se debe|se debería|hay que|conviene|se recomienda|es recomendable|se puede|puedo)|cuándo (?:hay que |se debe |debo )?evitar|quién(?:es)? no (?:debe|deben|debería|deberían|puede|pueden)|(?:es|será|sería|puede ser) (?:seguro|peligroso|riesgoso|arriesgado|contraproducente|recomendable para todos)|peligros|riesgos|efectos (?:secundarios|adversos)|precauciones|debo evitar|hay que evitar|seguro para mí|no es recomendable`,
      ),
      w(
        `(?:seguro|peligroso|riesgoso|contraindicado|recomendable|malo)(?: \\w+){0,3} ${MASSAGE}${FEET}?|${MASSAGE}${FEET}?(?: \\w+){0,3} (?:seguro|peligroso|riesgoso|contraindicado)`,
      ),
    ],
    'forget-me': [
      w(
        '(?:olvida|olvidá|olvídate de|olvidate de|olvide|olvídese de|borra|borrá|borre|borrar|elimina|eliminá|eliminar|elimine|suprime|quita) (?:mis datos|mi información|mi historial|mi perfil|mi progreso|todo lo que sabes|todo sobre mí|lo que sabes de mí|todos mis datos)|olvídame|olvidame|olvídeme|bórrame|borrame|mis datos|mi historial|mi información|mi progreso|datos personales',
      ),
    ],
    'reminder-cancel': [
      w(
        `(?:cancela|cancelá|cancelar|cancele|borra|borrá|borrar|borre|elimina|eliminá|eliminar|elimine|quita|quitá|quitar|quite|desactiva|desactivá|desactivar|desactive|apaga|apagá|apagar|suprime|ya no quiero|no quiero|sin) (?:el |los |mi |mis |ese |este |esos |un |ningún |todos los |todos mis )?${REMINDER}|no me (?:recuerdes|recuerde|recordés|avises|avise) más|ya no me (?:recuerdes|recuerde|avises|avise)|deja de (?:recordarme|avisarme)|dejá de (?:recordarme|avisarme)|no más recordatorios`,
      ),
    ],
    'reminder-move': [
      w(
        `(?:cambia|cambiá|cambiar|cambie|mueve|mové|mover|mueva|pasa|pasar|retrasa|retrasar|adelanta|adelantar|atrasa|atrasar|reprograma|reprogramar|modifica|modificar|modifique|ajusta|ajustar) (?:el |mi |ese |este |los |mis |la hora del |la hora de mi |el horario del )?${REMINDER}|(?:pon|ponlo|poné|ponga) (?:el|mi) ${REMINDER} (?:a|para)|${REMINDER} (?:más tarde|más temprano|a otra hora|para otra hora)|(?:hora|horario) del ${REMINDER}|otra hora para (?:el|mi) ${REMINDER}`,
      ),
    ],
    'reminder-status': [
      w(
        `(?:qué|cuáles|cuál|tengo|hay|a qué hora|cuándo|revisa|revisá|muéstrame|mostrame|ver)(?: \\w+){0,2} ${REMINDER}|${REMINDER} (?:activos?|programados?|puestos?|tengo|hay)|mis recordatorios|(?:a qué hora|cuándo) me (?:recuerdas|recordás|avisas|avisás|vas a recordar|vas a avisar)`,
      ),
    ],
    'reminder-set': [
      w(
        `recuérdame(?! (?:qué|cuál|cómo|dónde|el nombre|lo que))|recordame(?! (?:qué|cuál|cómo|dónde|el nombre|lo que))|recuérdeme(?! (?:qué|cuál|cómo|dónde|el nombre|lo que))|recuérdanos|me (?:recuerdas|recordás|recuerdes|recuerde) (?:de|cada|todos|todas|a las|mañana|en la noche|por la noche)|recordarme (?:de|cada|todos|todas|a las|mañana|en la noche|por la noche|que)|avísame (?:cada|todos|diario|a las|en la noche|por la noche|en las noches)|(?:pon|poné|ponme|poner|crea|creá|crear|cree|programa|programá|programar|programe|configura|configurar|activa|activá|activar|agenda|agendar|agrega|agregar|añade|añadir|hazme|establece|fija) (?:un |me un |unos )?${REMINDER}|${REMINDER} (?:diario|cada|todos los|todas las|para|a las|por la noche)|un recordatorio`,
      ),
      // "Recuérdame hacer el masaje": what to be reminded of is part of the request.
      w(
        '(?:recuérdame|recordame|recuérdeme|recordarme) (?:de |que )?(?:hacer|hacerme|dar|darme|mi|el|la)(?: \\w+){0,5}',
      ),
    ],
  },
  tender: w(
    '(?:me )?(?:duele|duelen)|doloroso|dolorosa|adolorid\\w*|dolorid\\w*|dolor|sensibles?|delicad[oa]|(?:me )?(?:molesta|molestan)|molestia|^ay(?: ay)*$|ay (?:ay|que|qué)|auch|ayayay|punzante|pincha|arde|tirante|tenso|tensa|contracturad\\w*|granitos|cristalitos|nudos?|me lastima',
  ),
  linked: w(
    'conectad[oa]s?|conecta|conectan|relacionad[oa]s?|relaciona|relacionan|vinculad[oa]s?|corresponde|corresponden|correspondencia|representa|representan|tiene que ver con|qué tiene que ver|asociad[oa]s?|para qué sirve|para qué es|qué órgano|qué órganos|qué parte del cuerpo|qué zona|qué parte del pie|dónde en el pie|refleja|reflejan|ligad[oa]s?|actúa sobre',
  ),
  // A length word alone ("la larga") stands for the routine only as the whole answer: "una
  // caminata larga" or "un día largo" is a complaint.
  routine: w(
    `${MASSAGE}|sesiones|versión|programa|tanda|ronda|(?:la|el) (?:${LENGTH})(?=$| por favor| porfa| mejor| hoy| entonces| pues| esta vez)|(?:la|el|una|uno) de (?:cinco|quince|veinticinco) minutos|la de media hora`,
  ),
};
