/**
 * The Spanish interaction model's intents, as carrier templates (`(a|b)` a choice, `(a|)` optional)
 * around the slot types of ./vocabulary.ts. Written for Spain, Mexico and the US alike, with tú,
 * and the usted forms people use with a device ("me puede decir"). Spanish drops the subject, so
 * the carriers start at the verb ("tengo", "me duele", "estoy"). Not imported by the skill.
 */
import { expand } from '../../phrasing/carriers';
import type { LanguageIntent, LanguageModel } from '../types';

// --- the routine ---

const MASSAGE_M = '(masaje|masaje de pies|masaje en los pies|masajito)';
const MASSAGE_F = '(rutina|sesión|sesión de masaje)';
const START =
  '(empieza|empezar|comienza|comenzar|inicia|iniciar|haz|hazme|dame|guíame en|guíame con|vamos con|pon)';
const WANT =
  '(quiero|me gustaría|quisiera|me apetece|podemos hacer|hagamos|vamos a hacer|necesito)';

const START_MASSAGE = expand(
  `${START} (un|el|mi|) ${MASSAGE_M}`,
  `${START} (una|la|mi|) ${MASSAGE_F}`,
  `${START} (un|el) ${MASSAGE_M} {length}`,
  `${START} (una|la) ${MASSAGE_F} {length}`,
  `${START} (el|la) {length}`,
  `${WANT} (un|el|mi|) ${MASSAGE_M}`,
  `${WANT} (una|la|mi|) ${MASSAGE_F}`,
  `${WANT} (un|el) ${MASSAGE_M} {length}`,
  `${WANT} (una|la) ${MASSAGE_F} {length}`,
  `${WANT} (el|la) {length}`,
  '(vamos a|podemos|empecemos a|quiero|me gustaría) (empezar|comenzar|hacer) (un|el|mi) (masaje|masaje de pies)',
  '(vamos a|podemos|quiero|me gustaría) (empezar|comenzar|hacer) (una|la|mi) (rutina|sesión)',
  '(vamos a|podemos|quiero|me gustaría) hacer (un|el) masaje {length}',
  '(empieza|comienza) (el masaje|la rutina|la sesión) (ya|ahora)',
  '(masajea|masajéame|frota|mima) (mis pies|los pies)',
  '(hazme|dame) un masaje en (los pies|mis pies)',
  '(vamos a|quiero|me gustaría|ayúdame a|puedes ayudarme a) (masajear|masajearme|frotar|frotarme|mimar) (mis pies|los pies)',
  '(quiero|vamos a|me gustaría) (masajear|masajearme) los pies (en versión|en modo) {length}',
  '(un|el) masaje {length}',
  '(una|la) (rutina|sesión) {length}',
  '(la versión|el modo) {length}',
  'masaje {length} por favor',
  'que sea (un masaje|una sesión|) {length}',
  '(me quedo con|elijo|prefiero) (el|la) {length}',
  '(empecemos|empezamos|comencemos|comenzamos|vamos allá|a empezar)',
  '(estoy lista|estoy listo|ya estoy lista|ya estoy listo) para (empezar|comenzar|el masaje|mi masaje)',
  '(estoy lista|estoy listo) para (el|un) masaje {length}',
  '(empieza|comienza)',
  '(que|) (empiece|comience|haga) (un|mi) masaje (de pies|) ({length}|)',
  '(que|) empiece (una|mi) (rutina|sesión) ({length}|)',
  '(nuevo|otro) masaje',
  '(es|ya es) hora (de mi masaje|del masaje|de un masaje)',
  'masaje de pies por favor',
  '(guíame|acompáñame) (en|durante) un masaje de pies',
  '(estoy sentada|estoy sentado|ya me senté|estoy cómoda|estoy cómodo) (empecemos|empieza|vamos con los pies)',
);

const CHOOSE_POSTURE = expand(
  '{posture}',
  '(me pongo|me voy a poner|me siento|me voy a sentar|me tumbo|me voy a tumbar|me acuesto|me voy a acostar|prefiero estar|quiero estar|voy a estar|estaré) {posture}',
  '(pongo el pie|voy a poner el pie|pondré el pie|lo pongo|lo voy a poner) {posture}',
  '(elijo|escojo|prefiero|me quedo con|quiero|mejor) {posture}',
  '(prefiero|quiero|voy a|me gustaría) (sentarme|tumbarme|acostarme|ponerme|poner el pie|estar) {posture}',
  '(con el pie|tengo el pie|mi pie está|el pie está) {posture}',
  '(estoy|me quedo|estaré) (sentada|sentado|tumbada|tumbado|acostada|acostado) {posture}',
  '(cambia|cambio|cambiar) (de postura|de posición|) a {posture}',
  '{posture} (por favor|mejor)',
  '(la opción|la postura|la posición) {posture}',
);

const TENDER_SPOT = expand(
  '{zone}',
  '(mi|el|la) {zone}',
  '(me duele|me dolió|me duelen|me dolieron|me molesta|me molestó) (el|la|mi|) {zone}',
  '(el|la|mi) {zone} (me duele|me dolió|está sensible|estaba sensible|me molesta|me molestó|está dolorido|estaba dolorido|duele)',
  '(noté|sentí|encontré|había|hay|tengo) un punto (sensible|dolorido|que me duele|que me dolía) (en|debajo de|cerca de) (el|la|) {zone}',
  '(noté|sentí|encontré|había|hay) una zona (sensible|dolorida|que me duele|que me dolía) (en|debajo de|cerca de) (el|la|) {zone}',
  '(duele|dolía|dolió|me duele|me dolía|me dolió|me molesta|me molestó|está sensible|estaba sensible) (en|debajo de|cerca de|alrededor de|por) (el|la|) {zone}',
  '(es|fue|era) (en|debajo de|cerca de|) (el|la|) {zone}',
  '(justo|) (en|debajo de|cerca de|alrededor de|al lado de) (el|la|mi) {zone}',
  '(sí|) (en|cerca de) (el|la|mi) {zone} (me duele|)',
  '(trabaja|masajea|presiona|trabajemos|vamos a trabajar|guíame en) (el|la|mi) {zone}',
  '(el punto|la zona) (sensible|dolorido|dolorida|que duele|que me dolía) (es|era|está|estaba) (en|) (el|la|) {zone}',
  '(la zona|la parte) (de|del|de la) {zone} (me duele|está sensible|me dolió)',
  '(me duele aquí|duele aquí|aquí me duele|aquí duele)',
  '(este|ese) punto (me duele|duele|está sensible)',
  '(hay|había) un punto (que duele|sensible|dolorido)',
);

const SKIP = expand(
  '(sáltate|salta|sáltalo|sáltatelo|omite|omítelo|pasa de) (esto|este paso|esta parte|este|eso|el paso|este punto)',
  '(salta|sáltate|omite) (el baño de pies|el baño|el calentamiento)',
  'sin baño de pies',
  '(no quiero|prefiero no) hacer (el baño de pies|el baño|este paso|esto)',
  '(quiero|prefiero|me gustaría) (saltarme|saltar|omitir) (esto|este paso|esta parte|el baño|el baño de pies)',
  '(me lo salto|me salto esto|nos lo saltamos|lo saltamos|saltémoslo|vamos a saltarlo|mejor lo saltamos)',
  '(puedo|podemos) (saltarme|saltarnos|saltar|omitir) (esto|este paso|esta parte)',
  '(salta|sáltatelo|adelanta|avanza un poco)',
);

const TIME_LEFT = expand(
  'cuánto (tiempo|) (queda|falta|nos queda|me queda|nos falta|me falta)',
  'cuánto (queda|falta) para (terminar|acabar|el final)',
  'cuántos minutos (quedan|faltan|nos quedan|me quedan)',
  '(tiempo restante|el tiempo que queda)',
  'cuánto dura (esto|el masaje|la rutina|un masaje de pies)',
  'cuánto tiempo dura (esto|el masaje|la rutina)',
  '(cuándo|cuánto falta para que) (terminamos|acabamos|termine|acabe|termine esto)',
  '(falta mucho|queda mucho|falta poco|queda poco)',
  '(ya casi|casi) (acabamos|terminamos|hemos terminado)',
  'cuándo termina (esto|el masaje|la rutina)',
  'cuánto queda (del masaje|de la rutina|de la sesión)',
);

const WHERE_AM_I = expand(
  'dónde (estoy|estamos|nos quedamos|íbamos)',
  '(en qué|qué) (paso|parte) (es este|es esta|estoy|estamos|vamos)',
  'qué (estamos haciendo|estoy haciendo) (ahora|)',
  'en qué punto (estamos|de la rutina estamos|vamos)',
  '(por dónde|hasta dónde) (vamos|llevamos|voy)',
  'cuánto (llevamos|llevo)',
  'qué paso es este',
);

const TELL_ME_MORE = expand(
  '(cuéntame|dime|explícame) más',
  'más',
  'más (detalles|información|info)',
  '(cuéntame|dime|explícame) más (sobre eso|sobre esto|de eso|de esto)',
  '(dame|quiero) (más detalles|más información|los detalles)',
  'quiero saber más',
  '(explícalo|explícamelo) (mejor|con más detalle)',
  '(entra|entremos) en detalle',
  'qué más',
  'algo más (sobre eso|de eso)',
  'y luego',
  '(y|) qué más (me puedes contar|puedes decirme|sabes)',
  '(sigue|continúa) contándome',
  '(puedes|podrías) (darme más detalles|explicarlo mejor|contarme más)',
);

const NOT_SURE = expand(
  'no estoy (muy|del todo|) (segura|seguro)',
  '(no sé|no lo sé|pues no sé|la verdad no sé|no sé muy bien)',
  '(ni idea|no tengo ni idea|no tengo idea)',
  '(quizás|quizá|tal vez|a lo mejor|puede ser|puede que sí)',
  'no (sabría|sé) (decirte|qué decir)',
  'no lo tengo claro',
  'qué quieres decir',
  'no estoy (segura|seguro) la verdad',
  '(difícil de decir|es difícil decirlo)',
  // Unwell, said at the safety question: never read as its "no" (the routine would go on). Like
  // English "I'm not well", it hears the full list and is asked again.
  'no (estoy|me encuentro|me siento) (muy|del todo|) bien',
  '(estoy|me encuentro|me siento) (un poco|algo|muy|) mal',
);

// --- knowledge ---

const PRESS = '(presiono|aprieto|masajeo|debo presionar|tengo que presionar|hay que presionar)';
const HAVE =
  '(tengo|sufro de|padezco|me da|me dan|tengo mucho|tengo mucha|tengo un poco de|estoy con|ando con)';
const FEEL =
  '(estoy|me siento|ando|estoy muy|me siento muy|ando muy|me noto|estoy un poco|me siento un poco)';
const QUESTION =
  '(qué hago|qué puedo hacer|dónde presiono|dónde aprieto|qué me recomiendas|qué punto me ayuda|qué me ayuda|me ayudas|puedes ayudarme)';

// Spanish names a complaint with its article ("para el insomnio", "contra la ansiedad"): the
// carriers say it, so the slot hears the complaint alone.
const ART = '(el|la|los|las|)';

const FIND_POINT = expand(
  `(dónde|qué punto) ${PRESS} (para|contra) ${ART} {complaint}`,
  '(qué zona|qué parte del pie) (presiono|masajeo|debo presionar) (para|contra) (el|la|los|las|) {complaint}',
  '(dónde|qué punto) (presiono|masajeo|debo presionar|aprieto) (si tengo|cuando tengo) {complaint}',
  '(qué|dónde) presiono en (el pie|los pies) para (el|la|los|las|) {complaint}',
  '(qué|cuál es el|hay algún|hay un|tienes algún) (punto|masaje) (para|contra) (el|la|los|las|) {complaint}',
  '(hay algún|conoces algún) punto (que ayude con|bueno para|que alivie) (el|la|los|las|) {complaint}',
  '(hay|existe) algún punto en (el pie|los pies) para (el|la|los|las|) {complaint}',
  '(qué|hay alguna) zona (para|contra) (el|la|los|las|) {complaint}',
  '(qué punto|qué zona) (me ayuda|ayuda|sirve) (para|con) (el|la|los|las|) {complaint}',
  'qué (me ayuda|es bueno|va bien|sirve|puedo hacer|me recomiendas|me recomienda|me aconsejas) (para|contra|con) (el|la|los|las|) {complaint}',
  'cómo (puedo|) (aliviar|calmar|quitarme|mejorar) (el|la|los|las|mi|) {complaint} (con acupresión|)',
  '(la acupresión|la reflexología|el masaje) (ayuda|sirve) (para|con) (el|la|los|las|) {complaint}',
  '(ayuda|sirve) (la acupresión|la reflexología|el masaje|un masaje) (para|con|contra) {complaint}',
  '(me puedes|me podrías|puedes|podrías|me puede) (ayudar|echar una mano) con (mi|el|la|los|las|) {complaint}',
  '(ayúdame|échame una mano) con (mi|el|la|los|las|) {complaint}',
  '(acupresión|reflexología|masaje|digitopresión|puntos) para (el|la|los|las|) {complaint}',
  `${HAVE} {complaint}`,
  'tengo (un|una) {complaint}',
  '(tengo|tengo un|tengo una) {complaint} (horrible|tremendo|tremenda|terrible|muy fuerte|fortísimo|de muerte)',
  '(tengo|estoy con|ando con) {complaint} y me (duele|duelen|duele mucho)',
  'cómo (me quito|se quita|quito|alivio|calmo) (el|la|los|las|mi|) {complaint}',
  `${HAVE} {complaint} ${QUESTION}`,
  '(tengo|sufro de|me da|ando con) {complaint} (hoy|esta noche|por las noches|desde hace días|todo el día|últimamente|a menudo)',
  `${FEEL} {complaint}`,
  '(estoy|me siento|ando|estoy muy|me siento muy) {complaint} ' + QUESTION,
  '(mi|el|la|los|las|) {complaint} (me está matando|no se me quita|no se va|me tiene harto|me tiene harta|ha vuelto)',
  `{complaint} ${QUESTION}`,
  '{complaint}',
  '(y para|y contra|contra) (el|la|los|las|) {complaint}',
  '(y qué hay de|qué tal para|y si tengo|y con) (el|la|los|las|) {complaint}',
  '(algo|hay algo|tienes algo) (para|contra) (el|la|los|las|) {complaint}',
  '(qué|cuál) es (lo mejor|lo más eficaz) (para|contra) (el|la|los|las|) {complaint}',
  '(recomiéndame|dime) (algo|un punto|dónde presionar) para (el|la|los|las|) {complaint}',
  '(creo que|me parece que|siento que) (tengo|me está dando|me viene|estoy) {complaint}',
  '(dónde está el punto|dónde está la zona) (del|de la|de los|de las|de|para el|para la|para) {complaint}',
  '(qué|dónde) (masajear|presionar) para (el|la|los|las|) {complaint}',
  '(qué puedo hacer|qué hago|qué me aconsejas) (para|contra|con) (el|la|los|las|) {complaint}',
  '(qué puedo hacer|qué hago|qué me aconsejas) (si tengo|cuando tengo) {complaint}',
  'quiero (aliviar|quitarme|calmar|mejorar) (el|la|los|las|mi|mis|) {complaint}',
);

const CONTRAINDICATIONS = expand(
  '(dime|cuéntame|cuáles son|léeme|dame|quiero oír|explícame) las contraindicaciones',
  '(las|) contraindicaciones',
  '(cuándo|por qué) no (debo|debería|puedo|se debe|se puede) (hacer esto|hacerlo|masajear los pies|masajearme los pies|hacer acupresión|hacer reflexología|presionar|usar esto)',
  '(en qué casos|cuándo) (es|está|resulta) (peligroso|desaconsejado|contraindicado|mala idea|arriesgado) (hacer esto|hacerlo|el masaje|hacer el masaje|)',
  '(es|esto es|el masaje es|es el masaje) (seguro|peligroso|arriesgado|seguro para mí|seguro para todos|seguro para todo el mundo)',
  '(la acupresión|la reflexología) es (segura|peligrosa|arriesgada|segura para mí)',
  '(es seguro|es peligroso|está bien|es bueno) (hacer esto|hacerlo|masajear los pies|masajearme los pies|presionar estos puntos|hacer el masaje)',
  '(tiene|hay) (efectos secundarios|riesgos|peligros|contraindicaciones)',
  '(hay|tiene) (algún|ningún) (riesgo|peligro|efecto secundario)',
  '(hay|existe) (alguna|algún) (razón|motivo) para no (hacerlo|hacer esto|hacer el masaje)',
  '(cuáles son|dime) (las normas de seguridad|las advertencias|las precauciones|los riesgos|los peligros|los efectos secundarios)',
  '(quién|quiénes|qué personas) no (debe|deben|debería|deberían|puede|pueden) (hacer esto|hacerlo|hacer el masaje|hacer acupresión|hacer reflexología|usar esto|probar esto)',
  '(quién|cuándo) (debe evitar|debería evitar|no debe usar) (esto|el masaje|la acupresión|la reflexología)',
  'cuándo (debo|debería) evitar (esto|el masaje|la acupresión|la reflexología|hacerlo)',
  '(cualquiera|todo el mundo|cualquier persona) puede hacer (esto|el masaje|la acupresión|reflexología)',
  '(seguridad|información de seguridad|normas de seguridad|precauciones|advertencias)',
  '(dime|dame|cuéntame|háblame de) (la información de seguridad|las advertencias|las precauciones|la seguridad)',
  'cuándo no (hacerlo|masajear|presionar|hacer el masaje)',
);

const FEET_PL = '(mis pies|los pies)';
const FEET_PL_ARE =
  '(están|se sienten|están siempre|suelen estar|siempre están|están muy|están un poco)';
const FOOT_SG = '(el pie|mi pie)';
const FOOT_SG_IS = '(está|se siente|está siempre|suele estar|está muy)';
const MEANS = '(qué significa|qué quiere decir|qué me dice|qué indica)';

const FOOT_TEMPERATURE = expand(
  '{temperature} y {moisture}',
  '{moisture} y {temperature}',
  '{temperature}',
  '{moisture}',
  `${FEET_PL} ${FEET_PL_ARE} {temperature}`,
  `${FEET_PL} ${FEET_PL_ARE} {moisture}`,
  `${FEET_PL} ${FEET_PL_ARE} {temperature} y {moisture}`,
  `${FEET_PL} ${FEET_PL_ARE} {moisture} y {temperature}`,
  `${FOOT_SG} ${FOOT_SG_IS} ({temperature}|{moisture}|{temperature} y {moisture})`,
  '(tengo|siempre tengo|tengo siempre|noto|siento) (los pies|el pie|los pies muy|los pies un poco) ({temperature}|{moisture}|{temperature} y {moisture}|{moisture} y {temperature})',
  '(los noto|los tengo|los siento) ({temperature}|{moisture}|{temperature} y {moisture})',
  '(tengo|noto) los pies ({temperature}|{moisture}) (siempre|todo el tiempo|casi siempre)',
  `${FEET_PL} están {temperature} pero {moisture}`,
  `${MEANS} (que|cuando|si) (mis pies están|tengo los pies|los pies están|el pie está) ({temperature}|{moisture})`,
  '(qué significa|qué quiere decir) (que|cuando|si) (tengo los pies|mis pies están) ({temperature} y {moisture}|{moisture} y {temperature})',
  `${MEANS} tener los pies ({temperature}|{moisture}|{temperature} y {moisture})`,
  '(tengo los pies|mis pies están) {temperature} (y {moisture}|) (qué significa eso|qué significa|es normal|es malo|por qué)',
  '(tengo los pies|mis pies están) {moisture} (qué significa eso|qué significa|es normal|es malo|por qué)',
  'por qué (tengo|están) (siempre|tan|) (los pies|mis pies) ({temperature}|{moisture})',
  'por qué tengo los pies {temperature} y {moisture}',
  'pies ({temperature}|{moisture}|{temperature} y {moisture})',
  '(el|mi) pie izquierdo (está|lo tengo|lo noto) {left} y (el|mi) (pie|) derecho (está|lo tengo|) {right}',
  '(el|mi) pie derecho (está|lo tengo|lo noto) {right} y (el|mi) (pie|) izquierdo (está|lo tengo|) {left}',
  'tengo el pie izquierdo {left} y el derecho {right}',
  'tengo el pie derecho {right} y el izquierdo {left}',
  '(el izquierdo|el pie izquierdo) {left} y (el derecho|el pie derecho) {right}',
  '(el derecho|el pie derecho) {right} y (el izquierdo|el pie izquierdo) {left}',
  '(un pie|uno) (está|lo tengo) {left} y el otro {right}',
  'un pie {left} y el otro {right}',
  'qué significa (tener|que tenga) un pie {left} y el otro {right}',
  '(qué significa|qué dice) la temperatura de (mis pies|los pies)',
  '(qué me dicen mis pies|lee mis pies|temperatura de los pies|la temperatura de mis pies)',
);

const BODY_MAP = expand(
  '(qué|cuál) (parte|zona|zona refleja|área) del pie (corresponde a|se conecta con|está relacionada con|refleja|es|es para|es la de|sirve para) {bodyPart}',
  '(qué|cuál) (parte|zona) del pie (corresponde|se conecta|está conectada) (al|a los|a las|a mi|a mis) {bodyPart}',
  '(qué|cuál) (parte|zona) del pie (está conectada con|se relaciona con) (el|mi|mis) {bodyPart}',
  'dónde (está|están|queda|quedan) (el|la|los|las|mi|mis|) {bodyPart} en el pie',
  'dónde (está|queda) la zona (de|del|de la|de los|de las) {bodyPart} (en el pie|en los pies|)',
  'dónde (encuentro|está) (el reflejo|la zona refleja|el punto reflejo) (de|del|de la|de los|de las) {bodyPart}',
  '(en qué|qué) (parte|zona) del pie (está|están|se encuentra|se encuentran|queda|quedan) (el|la|los|las|) {bodyPart}',
  'cómo (se relaciona|se conecta|está conectado) el pie con (el|la|los|las|mi|mis|) {bodyPart}',
  '(qué|cuál) dedo (corresponde a|es para|es el de|se relaciona con) (el|la|los|las|) {bodyPart}',
  '(con qué|a qué) (órgano|parte del cuerpo) (corresponde|se relaciona|está conectado|está conectada|está relacionado|está relacionada) (el|la|mi|) {zone}',
  '(qué órgano|qué parte del cuerpo) (representa|refleja) (el|la|mi|) {zone}',
  '(qué representa|qué refleja) (el|la|mi|) {zone}',
  '(qué hay|qué órgano está|qué parte del cuerpo está) (en|debajo de|bajo) (el|la|mi|) {zone}',
  '(el|la|mi|) {zone} (con qué|a qué) (se relaciona|corresponde|está conectado|se conecta)',
);

const POINT_INFO = expand(
  '(dónde está|dónde se encuentra|cómo encuentro|dónde encuentro|cómo localizo|muéstrame|enséñame) (el punto|el|) {point}',
  '(qué es|háblame de|háblame del|cuéntame sobre|cuéntame del|explícame|dime qué es) (el punto|el|) {point}',
  '(para qué sirve|para qué es|para qué se usa|qué hace|qué trata|con qué ayuda) (el punto|el|) {point}',
  '(cómo|de qué manera) (presiono|uso|encuentro|trabajo|masajeo|sostengo|aprieto) (el punto|el|) {point}',
  '(quiero|me gustaría|puedo|vamos a) (presionar|encontrar|trabajar|probar|conocer|aprender sobre) (el punto|el|) {point}',
  '(el|) punto {point}',
  'el {point}',
  '(dime|enséñame|muéstrame) dónde está (el punto|el|) {point}',
  '{point} (dónde está|para qué sirve|qué es)',
);

const EXPLAIN_TOPIC = expand(
  '{topic}',
  '(qué es|qué son|qué significa|qué significan) (el|la|los|las|) {topic}',
  '(explícame|cuéntame|háblame de|dime|enséñame) (sobre|) (el|la|los|las|) {topic}',
  '(quiero|me gustaría) (saber|aprender|entender) (más|) (sobre|de) {topic}',
  '(cómo funciona|cómo funcionan) (el|la|los|las) {topic}',
  'cómo funcionan {topic}',
  '(información|info) (sobre|de) {topic}',
  '(puedes|podrías|me puedes) (explicarme|contarme|hablarme de|decirme) {topic}',
  'no entiendo (el|la|los|las|lo de|) {topic}',
  'qué quieres decir con {topic}',
  '(tengo una|una) pregunta sobre {topic}',
  '{topic} (uso|debo usar|tengo que usar|se usa|presiono|debo presionar|hay que presionar|masajeo|hay que masajear|me siento|me pongo|hay que hacerlo|lo hago|debo hacerlo)',
  '(y qué pasa con|qué pasa con|y qué hay de|qué hay de) {topic}',
  '(cuál es|cuáles son) (el|la|los|las) {topic}',
  'qué {topic} (hay|existen|puedo usar|tengo que usar)',
  '{topic} (qué es eso|qué son|qué significa)',
  'para qué (sirve|sirven) (el|la|los|las|) {topic}',
);

// --- privacy, conversation, reminders ---

const ERASE = '(olvida|borra|elimina|quita|limpia|resetea|suprime)';
const MINE =
  '(mis datos|mi información|mis datos personales|mi historial|mi progreso|todo lo que sabes de mí|lo que sabes de mí|lo que recuerdas de mí|lo que tienes de mí|lo que has guardado de mí|todo sobre mí|mi cuenta|mis preferencias)';

const FORGET_MY_DATA = expand(
  `${ERASE} ${MINE}`,
  `(puedes|podrías|puede) (olvidar|borrar|eliminar) ${MINE}`,
  `quiero que (olvides|borres|elimines) ${MINE}`,
  '(olvídame|olvídate de mí|olvida quién soy)',
  '(puedes|podrías) olvidarme',
  'quiero que me olvides',
  '(quiero|me gustaría) (borrar|eliminar|quitar) (mis datos|mi información|mi historial)',
  '(no guardes mis datos|no guardes nada de mí|deja de guardar mis datos|no quiero que guardes mis datos)',
  'cómo (borro|elimino|puedo borrar|puedo eliminar) (mis datos|mi información)',
  '(borra|elimina) lo que (has guardado|tienes guardado|sabes) (de mí|sobre mí)',
  '(resetea|reinicia|restablece) mi (perfil|cuenta)',
  'olvida todo lo que (sabes|recuerdas) (de mí|)',
);

const LOVELY =
  '(genial|estupendo|maravilloso|útil|perfecto|increíble|bonito|relajante|agradable|fantástico|buenísimo|muy bueno)';

const THANKS = expand(
  '(gracias|muchas gracias|mil gracias|muchísimas gracias|gracias de verdad|gracias guapa|gracias bonita)',
  '(gracias|muchas gracias|mil gracias) (por todo|por el masaje|por la ayuda|por tu ayuda|por esto|de nuevo|otra vez|de corazón)',
  `(gracias|muchas gracias|ay gracias) (ha sido|fue|ha estado|estuvo) (muy|súper|realmente|) ${LOVELY}`,
  `(ha sido|fue|ha estado|estuvo) (muy|súper|realmente|) ${LOVELY} (gracias|muchas gracias|)`,
  `qué ${LOVELY} (gracias|muchas gracias)`,
  '(me siento|siento los pies|tengo los pies|mis pies están) (mucho|muchísimo|) (mejor|genial|fenomenal|de maravilla) (ahora|) (gracias|)',
  '(te lo agradezco|lo agradezco|te agradezco la ayuda|te agradezco mucho|aprecio tu ayuda)',
);

const TIME = [{ name: 'time', type: 'AMAZON.TIME' }];
const MY_MASSAGE = '(el masaje|mi masaje|el masaje de pies|mi masaje de pies)';
const SET_REMINDER = expand(
  'recuérdame (todos los días|cada día|todas las noches|cada noche|a diario|por la noche|por las noches)',
  `recuérdame (hacer|que haga) ${MY_MASSAGE} (todos los días|cada noche|todas las noches|a diario|)`,
  'recuérdame (masajear|masajearme) los pies (todos los días|cada noche|)',
  'recuérdame (a las|) {time}',
  'recuérdame (todos los días|cada día|a diario) a las {time}',
  'recuérdame (cada|todas las) {time}',
  `recuérdame (hacer|que haga) ${MY_MASSAGE} (a las|) {time}`,
  'recuérdame (masajear|masajearme) los pies a las {time}',
  '(pon|ponme|crea|créame|programa|configura|añade|agrega) un recordatorio',
  '(pon|ponme|crea|programa|añade) un recordatorio (diario|para la noche|cada noche|todos los días)',
  '(pon|ponme|crea|programa|añade) un recordatorio (diario|) (para|a) las {time}',
  '(pon|ponme|crea|programa) un recordatorio (diario|) para {time}',
  '(quiero|me gustaría|quisiera) un recordatorio (diario|cada noche|todas las noches|)',
  '(quiero|me gustaría|quisiera) un recordatorio (a las|para las) {time}',
  '(avísame|mándame un aviso|dame un aviso) (todas las noches|cada noche|todos los días|cada día)',
  '(avísame|dame un aviso) (todos los días|cada noche|) a las {time}',
  'un recordatorio a las {time}',
  '(sí|vale|) recuérdamelo (a las|) {time}',
  '(que|) me lo recuerde (cada noche|todas las noches|todos los días|a diario)',
  '(que|) me lo recuerde (a las|) {time}',
  `que me recuerde (hacer|) ${MY_MASSAGE} (cada noche|todas las noches|todos los días|)`,
  `que me recuerde (hacer|) ${MY_MASSAGE} a las {time}`,
  '(quiero|me gustaría) un recordatorio para no olvidarme',
  'recuérdamelo (todos los días|cada noche)',
);

const REMINDER_STATUS = expand(
  '(cuándo|a qué hora) es mi recordatorio',
  '(cuándo|a qué hora) me (vas a recordar|recordarás|avisas|vas a avisar) (el masaje|)',
  '(tengo|hay) (un|algún) recordatorio (puesto|activado|programado|)',
  '(está|sigue) (puesto|activado|activo) mi recordatorio',
  '(pusiste|has puesto|configuraste) mi recordatorio',
  '(háblame de|dime|cuéntame) mi recordatorio',
  '(revisa|comprueba|mira) mi recordatorio',
  '(cuál|qué) es mi recordatorio',
  'para cuándo es mi recordatorio',
);

const MOVE_REMINDER = expand(
  '(cambia|mueve|modifica) (mi|el) recordatorio',
  'cambia la hora (de mi|del) recordatorio',
  '(cambia|mueve|pasa|pon) (mi|el) recordatorio (a|para) las {time}',
  '(cambia|mueve|pasa|pon) (mi|el) recordatorio (a|para) {time}',
  'mejor a las {time}',
  '(ponlo|pásalo|cámbialo|muévelo) (a|para) las {time}',
  'recuérdamelo mejor a las {time} (en vez de eso|en su lugar|)',
  'recuérdamelo a las {time} (mejor|en vez de eso|en su lugar)',
  '(que sea|mejor que sea) a las {time}',
  '(quiero|me gustaría) cambiar (cuándo me recuerdas|la hora del recordatorio)',
  '(pon|cambia) (mi|el) recordatorio (más tarde|más temprano)',
  '(retrasa|adelanta) (mi|el) recordatorio (a las {time}|)',
  'cambia la hora del recordatorio a las {time}',
);

const CANCEL_REMINDER = expand(
  '(cancela|borra|elimina|quita|desactiva|apaga) (mi|el) recordatorio',
  '(cancela|borra|elimina|quita|desactiva) los recordatorios',
  '(deja de recordármelo|deja de recordarme el masaje|no me recuerdes más el masaje)',
  '(ya no|no) quiero (el|ningún) recordatorio',
  '(ya no quiero|no quiero) más recordatorios',
  'no más recordatorios',
  'cancela el recordatorio (del masaje|diario|de la noche)',
  'no me avises más',
);

// --- safety ---

/*
 * The safety catch-all: filler around an AMAZON.SearchQuery, so a statement no other intent has
 * words for ("se me ha hinchado la pierna", "no quiero seguir") reaches the skill with its words.
 * Only filler: a carrier with meaning would keep that meaning out of the words the classifier
 * reads. Spanish drops the subject, so the verb's own small words ("me", "se me") open it.
 */
const SAFETY_CARRIERS = [
  'yo {words}',
  'me {words}',
  'se me {words}',
  'mi {words}',
  'tengo {words}',
  'estoy {words}',
  'estamos {words}',
  'él {words}',
  'ella {words}',
  'alguien {words}',
  'hay {words}',
  'es que {words}',
  'creo que {words}',
  'me parece que {words}',
  'resulta que {words}',
  'pues {words}',
  'mira {words}',
  'oye {words}',
  'la verdad es que {words}',
  'por favor ayúdame {words}',
  'qué pasa si {words}',
  'y si {words}',
  'es seguro si {words}',
  'puedo hacerlo si {words}',
  'puedo hacer el masaje si {words}',
  'puedo masajearme los pies si {words}',
  'debo hacer el masaje si {words}',
  'qué hago si {words}',
  'qué debo hacer si {words}',
  'llama a {words}',
  'esto es {words}',
  'de repente {words}',
  'solo {words}',
  'nadie {words}',
  'todos {words}',
  'le {words}',
  'ya {words}',
  'oiga {words}',
  'perdona {words}',
  'sabes {words}',
  'dónde {words}',
  'cuando {words}',
  'el {words}',
  'la {words}',
  'un {words}',
  'una {words}',
];

const SIGN_SAMPLES = [
  '{sign}',
  'qué hago {sign}',
  '{sign} qué hago',
  '{sign} qué debo hacer',
  'y qué pasa con {sign}',
  'socorro {sign}',
];

// --- built-ins with the skill's own words (Amazon's own phrases are in tools/nlu/languages/es.ts) ---

const YES = expand(
  '(me parece bien|suena bien|suena genial|me parece perfecto|me parece genial)',
  '(sí|claro|vale) (vamos|hagámoslo|por favor hazlo|me gustaría|eso es|lo quiero|quiero)',
  'claro que sí',
  '(sí|) (es correcto|eso es correcto|exacto|así es)',
);

const NO = expand(
  '(nada|nada más|nada por ahora|nada gracias|nada de eso)',
  'no (gracias estoy bien|gracias todo bien)',
  '(estoy bien|todo bien|todo en orden)',
  '(ninguno|ninguna) (de esos|de esas|de ellos|de ellas|de estos|de estas)',
  '(no|nop) (ninguno|ninguna) (de esos|de esas|de ellos|de ellas)',
  '(no ninguno|no ninguna)',
  '(la verdad que no|no mucho|hoy no|no por ahora|creo que no|no la verdad)',
  '(estoy sano|estoy sana|estoy bien gracias)',
  '(no me dolió nada|nada me dolió|ningún punto me dolió|no noté nada|ninguna zona me dolió|no tengo nada de eso|nada de eso me pasa)',
);

const CANCEL = expand('(olvídalo ya|déjalo estar|cancela eso|cancélalo|no importa)');

const NAVIGATE_HOME = expand(
  '(vuelve|volver|llévame|regresa|ir) al (menú principal|inicio)',
  '(vuelve|volver|llévame|regresa|ir) a la pantalla (de inicio|principal)',
  '(llévame a casa|ve al inicio)',
);

const HELP = expand(
  'qué hago',
  'no (entiendo|lo entiendo)',
  'cómo (funciona esto|se usa esto|uso esto|funciona esta skill)',
  'qué (puedo|debo) (decir|preguntar|pedir)',
  '(qué opciones tengo|en qué me puedes ayudar)',
  '(necesito|quiero) (un poco de|) ayuda',
  'estoy (perdido|perdida|confundido|confundida|liado|liada|atascado|atascada)',
  'me he (perdido|liado|liada)',
  'no sé qué (hacer|puedo decir)',
  'qué debo hacer',
);

const STOP = expand(
  '(para|detén|termina|acaba) (el masaje|la rutina|la sesión)',
  '(vamos a|) (parar|terminar|dejarlo) (aquí|ya|por hoy|por ahora)',
  '(eso es todo|es suficiente|basta por hoy|ya es suficiente) (por hoy|por ahora|gracias|)',
  '(he|hemos) terminado (por hoy|por ahora)',
  '(terminé|acabé|terminamos|acabamos) (por hoy|por esta noche|por ahora)',
  '(buenas noches|hasta luego|hasta mañana|nos vemos|chao|chau|hasta la próxima)',
  '(ya está por hoy|lo dejamos aquí|lo dejamos por hoy)',
);

const PAUSE = expand(
  'pausa',
  'espera',
  '(espera|aguarda) (pausa|un segundo|un momento|un minuto|un momentito|un segundito)',
  'dame un (momento|minuto|segundo|momentito)',
  '(espérate|espérame|aguanta) (un momento|un segundo|tantito|un poquito|)',
  'un momentito por favor',
  'pausa (un momento|un segundo|un minuto)',
  '(haz una pausa|pon el masaje en pausa|pon la rutina en pausa)',
  'necesito (un descanso|un momento|un minuto|una pausa)',
  '(para|detente) un momento',
);

const RESUME = expand(
  '(estoy de vuelta|he vuelto|volví|ya estoy aquí|ya volví)',
  '(estoy|ya estoy) (lista|listo)',
  'ya estoy',
  '(lista|listo)',
  '(seguimos|sigamos|continuamos|continuemos|sigue|continúa)',
  '(vamos|venga) (a seguir|sigamos|continuemos)',
  '(retoma|reanuda|continúa|sigue con) el masaje',
  'sigue (donde lo dejamos|por donde íbamos)',
  '(terminé|ya terminé|acabé) (el baño de pies|el baño)',
  'el baño (ya está|terminó)',
  'quita la pausa',
  '(estoy|ya estoy) (lista|listo) (otra vez|para seguir|para continuar)',
);

const NEXT = expand(
  '(el|al) siguiente (paso|punto|)',
  '(pasa|pasemos|vamos|ve) al siguiente (paso|punto|)',
  '(qué sigue|qué viene ahora|lo siguiente|próximo paso)',
  '(hecho|terminé|ya terminé|ya está|he terminado)',
  '(vale|ok|bueno) siguiente',
  'sigamos con el siguiente',
);

const PREVIOUS = expand(
  '(atrás|anterior)',
  '(vuelve|volver|regresa|ve) (atrás|al paso anterior|un paso atrás)',
  '(el paso anterior|paso anterior|punto anterior|un paso atrás)',
  '(vuelve|regresa) a lo anterior',
);

const REPEAT = expand(
  '(repítelo|repite eso|repítemelo|repite el paso)',
  '(otra vez|una vez más|de nuevo)',
  '(qué has dicho|qué dijiste|perdona)',
  '(puedes|podrías) (repetir|repetirlo)',
  'no (te|lo) (he oído|oí|escuché|he escuchado)',
  '(vuelve a decirlo|dilo otra vez)',
);

const START_OVER = expand(
  '(empieza|empezar|comienza|comenzar|empecemos) (de nuevo|otra vez|desde el principio|de cero)',
  'desde el principio',
  '(reinicia|reiniciar) el masaje',
  '(vuelve a empezar|volver a empezar|vamos a empezar de nuevo)',
);

const intents: LanguageIntent[] = [
  {
    name: 'StartMassageIntent',
    slots: [{ name: 'length', type: 'RoutineLengthType' }],
    samples: START_MASSAGE,
  },
  {
    name: 'FindPointIntent',
    slots: [{ name: 'complaint', type: 'AilmentType' }],
    samples: FIND_POINT,
  },
  { name: 'ContraindicationsIntent', samples: CONTRAINDICATIONS },
  { name: 'ForgetMyDataIntent', samples: FORGET_MY_DATA },
  { name: 'NotSureIntent', samples: NOT_SURE },
  {
    name: 'ChoosePostureIntent',
    slots: [{ name: 'posture', type: 'PostureType' }],
    samples: CHOOSE_POSTURE,
  },
  {
    name: 'TenderSpotIntent',
    slots: [{ name: 'zone', type: 'TenderZoneType' }],
    samples: TENDER_SPOT,
  },
  { name: 'SkipIntent', samples: SKIP },
  { name: 'TimeLeftIntent', samples: TIME_LEFT },
  { name: 'WhereAmIIntent', samples: WHERE_AM_I },
  { name: 'TellMeMoreIntent', samples: TELL_ME_MORE },
  {
    name: 'FootTemperatureIntent',
    slots: [
      { name: 'temperature', type: 'FootTemperatureType' },
      { name: 'moisture', type: 'FootMoistureType' },
      { name: 'left', type: 'FootTemperatureType' },
      { name: 'right', type: 'FootTemperatureType' },
    ],
    samples: FOOT_TEMPERATURE,
  },
  {
    name: 'ExplainTopicIntent',
    slots: [{ name: 'topic', type: 'TopicType' }],
    samples: EXPLAIN_TOPIC,
  },
  { name: 'SetReminderIntent', slots: TIME, samples: SET_REMINDER },
  { name: 'ReminderStatusIntent', samples: REMINDER_STATUS },
  { name: 'MoveReminderIntent', slots: TIME, samples: MOVE_REMINDER },
  { name: 'CancelReminderIntent', samples: CANCEL_REMINDER },
  {
    name: 'BodyMapIntent',
    slots: [
      { name: 'bodyPart', type: 'BodyPartType' },
      { name: 'zone', type: 'TenderZoneType' },
    ],
    samples: BODY_MAP,
  },
  { name: 'PointInfoIntent', slots: [{ name: 'point', type: 'PointType' }], samples: POINT_INFO },
  { name: 'ThanksIntent', samples: THANKS },
  {
    name: 'SafetyWordsIntent',
    slots: [
      { name: 'words', type: 'AMAZON.SearchQuery' },
      { name: 'sign', type: 'SafetySignType' },
    ],
    samples: [...SAFETY_CARRIERS, ...SIGN_SAMPLES],
  },
  { name: 'AMAZON.HelpIntent', samples: HELP },
  { name: 'AMAZON.StopIntent', samples: STOP },
  { name: 'AMAZON.CancelIntent', samples: CANCEL },
  { name: 'AMAZON.FallbackIntent', samples: [] },
  { name: 'AMAZON.NavigateHomeIntent', samples: NAVIGATE_HOME },
  { name: 'AMAZON.PauseIntent', samples: PAUSE },
  { name: 'AMAZON.ResumeIntent', samples: RESUME },
  { name: 'AMAZON.NextIntent', samples: NEXT },
  { name: 'AMAZON.PreviousIntent', samples: PREVIOUS },
  { name: 'AMAZON.RepeatIntent', samples: REPEAT },
  { name: 'AMAZON.StartOverIntent', samples: START_OVER },
  { name: 'AMAZON.YesIntent', samples: YES },
  { name: 'AMAZON.NoIntent', samples: NO },
];

export const MODEL: LanguageModel = { invocationName: 'guía de masaje de pies', intents };
