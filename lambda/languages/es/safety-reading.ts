import type { SafetySign } from '../../safety/types';
import type { SafetyReading } from '../types';

/*
 * The signs that come before any pressure point, read in Spanish (Spain, Mexico, the US alike).
 * Same ids, kinds and order as lambda/safety/signs.ts. Patterns are written with accents, as
 * Alexa transcribes Spanish; `w` also lets them match typed words without accents ("corazon",
 * "nino"), and gives them word edges that know accented letters (JavaScript's \b does not).
 * Deliberately wide: an unneeded "ve al médico" costs a little, a missed clot or crisis a lot.
 */

/** A letter or digit of a normalised Spanish word. */
const LETTER = '[a-z0-9ñáéíóúü]';
const PLAIN: Readonly<Record<string, string>> = {
  á: 'a',
  é: 'e',
  í: 'i',
  ó: 'o',
  ú: 'u',
  ü: 'u',
  ñ: 'n',
};

/** A pattern on whole words; `\w` stands for a Spanish letter, accented vowels also match plain. */
export const w = (source: string): RegExp =>
  new RegExp(
    `(?<!${LETTER})(?:${source
      .replace(/[áéíóúüñ]/g, (ch) => `[${ch}${PLAIN[ch] ?? ''}]`)
      .replace(/\\w/g, LETTER)})(?!${LETTER})`,
  );

// Building blocks.
const PAIN =
  'dolor|dolores|duele|duelen|dolía|dolió|dolorid\\w*|adolorid\\w*|doloros\\w*|molestia|molestias|punzada|punzadas|pinchazo|pinchazos';
const SWOLLEN = 'hinch\\w*|inflam\\w*|abultad\\w*';
const FOOT =
  'pie|pies|dedo|dedos|talón|talones|planta|plantas|tobillo|tobillos|empeine|arco|uña|uñas';
const LEG =
  'pierna|piernas|pantorrilla|pantorrillas|gemelo|chamorro|chamorros|espinilla|espinillas|muslo|muslos';
/** "Sangre" that is no bleeding: the circulation, a test, a reading, a drink. */
const BLOOD_NOT_BLEEDING =
  'circulación de la sangre|circulación sanguínea|riego sanguíneo|flujo (?:de la |de )?sangre|flujo sanguíneo|(?:la )?sangre (?:circula|fluye|llega|corre)|(?:mueve|mover|moviendo|activa|activar) la sangre|análisis de sangre|examen de sangre|prueba de sangre|azúcar en (?:la )?sangre|glucosa en (?:la )?sangre|grupo sanguíneo|tipo de sangre|donar sangre|donación de sangre|coágul\\w* de sangre|diluir la sangre|pastillas para la sangre|anticoagul\\w*|sangre fría|sangría\\w*|pura sangre|me hierve la sangre';
const PREGNANT_WORDS = 'embaraz\\w*|trimestre|encinta';

export const SIGNS: readonly SafetySign[] = [
  // --- crisis: a kind line, where to get help now, and nothing else ---
  {
    id: 'self-harm',
    kind: 'crisis',
    patterns: [
      w('suicid\\w*|^morir(?:me)?$|^(?:quiero )?morirme$|^hacerme daño$'),
      w(
        '(?:quiero|quisiera|quería|deseo|ganas de|pienso en|pensando en|voy a|necesito) (?:morir(?:me)?|matarme|suicidarme|quitarme la vida|acabar con mi vida|desaparecer para siempre|dejar de existir)',
      ),
      w('me (?:quiero|quisiera|voy a|pienso|quería) (?:morir|matar|suicidar|quitar la vida)'),
      w('matarme(?! a trabajar| trabajando)|quitarme la vida|ahorcarme|colgarme del'),
      w(
        '(?:acabar|terminar) con (?:mi vida|todo(?! el| la| lo| esto del)|mi sufrimiento)|poner fin a (?:mi vida|todo)',
      ),
      w(
        'no (?:quiero|deseo) (?:seguir )?(?:vivir|viviendo|estar viv[oa]|existir|despertar(?:me)?|seguir aquí|seguir adelante|estar en este mundo)',
      ),
      w(
        '(?:ojalá|quisiera|preferiría) (?:estar|estuviera|estuviese) muert[oa]|(?:estaría|estarían|estaríamos) (?:todos )?mejor (?:muert[oa]s?|sin mí)|mejor (?:estaría |estar )?muert[oa]|(?:todos|mi familia) (?:estarían|estaría|están|vivirían) mejor sin mí',
      ),
      w(
        '(?:no tengo|no hay|sin) (?:ninguna |ningún )?(?:razón|razones|motivo|motivos|nada|ganas) (?:para|por (?:el )?(?:que|qué)|de) (?:vivir|seguir viviendo|seguir)|sin ganas de vivir|ganas de morir\\w*',
      ),
      w(
        'no le (?:veo|encuentro) (?:ningún )?sentido a (?:la vida|nada|vivir|seguir)|no tiene (?:ningún )?sentido (?:seguir|vivir|la vida)|(?:la vida|vivir|mi vida) no (?:tiene sentido|vale la pena)|no vale la pena (?:vivir|seguir)|la vida es una mierda y',
      ),
      w(
        '(?:ya )?no (?:puedo|aguanto|soporto) más|no puedo (?:seguir (?:así|adelante)|con esto|con la vida|aguantar más)|no aguanto (?:esta vida|vivir así)',
      ),
      w(
        '(?:quiero|ganas de|pienso en|pensando en|necesito|voy a) hacerme daño|me hago daño a propósito|hacerme daño a (?:mí mism[oa]|propósito)|miedo de hacerme (?:algo|daño)|(?:voy a )?hacerme algo malo',
      ),
      w(
        'autolesi\\w*|(?:cortarme|me corto|me hago cortes|cortándome) (?:a propósito|las venas|los brazos|las muñecas|otra vez)|cortarme las venas|quemarme a propósito',
      ),
      w(
        'sobredosis|(?:tomé|me tomé|tomarme|me he tomado|tragarme|me tragué|me tomaría) (?:todas (?:las|mis)|muchas|un montón de|demasiadas|la caja de|el bote de|un puñado de|todo el bote de) (?:\\w+ )?(?:pastillas|pastis|medicinas|medicamentos|pastas|somníferos|paracetamol|ibuprofeno|calmantes|píldoras)',
      ),
      w(
        '(?:tirarme|lanzarme|aventarme|arrojarme|me tiro|me voy a tirar) (?:por|de|desde|a|al|bajo|delante de) (?:\\w+ ){0,2}(?:ventana|puente|balcón|edificio|tren|metro|vías|azotea|coche|carro|camión|acantilado|terraza)',
      ),
      w(
        'nadie me (?:echaría|echará|va a echar) de menos|nadie me (?:extrañaría|extrañará|va a extrañar)|a nadie le importaría si (?:me muero|desaparezco|no estoy)|soy una carga|(?:me siento|estoy) sin esperanza|no tengo (?:ninguna )?esperanza|he perdido (?:la|toda) esperanza|desesperanza',
      ),
      w(
        'carta de despedida|nota de suicidio|no estoy a salvo|no me siento a salvo conmigo|dormirme y no despertar|no despertar nunca más|quiero desaparecer|quisiera desaparecer',
      ),
    ],
  },

  // --- emergency: help now ---
  {
    id: 'chest-pain',
    kind: 'emergency',
    patterns: [
      w(
        `pecho(?: \\w+){0,4} (?:${PAIN}|apretado|oprimido|aprieta|oprime|pesa|presión|opresión|ardor|arde|quema|aplasta)`,
      ),
      w(
        `(?:${PAIN}|opresión|presión|peso|pesadez|ardor|quemazón|tirantez|aprieta|oprime|aplasta|apretado|oprimido)(?: \\w+){0,3} (?:el |al |del |mi |en el )?pecho`,
      ),
      w('dolor torácico|angina de pecho|paro cardiac\\w*|paro cardíac\\w*'),
      w(
        '(?<!tuve un |he tenido un |sufrí un |me dio un |tuvo un |ha tenido un )(?:infart\\w*|ataque (?:al|del) corazón|ataque cardiac\\w*|ataque cardíac\\w*)(?! hace| el año pasado| en el pasado| cerebral)',
      ),
      w('me duele el corazón|dolor (?:de|en el) corazón'),
      w(
        `mandíbula(?: \\w+){0,3} (?:y|con|hasta) (?:el |mi )?(?:pecho|brazo)|(?:${PAIN}) (?:\\w+ ){0,2}mandíbula y (?:el |mi )?(?:pecho|brazo)`,
      ),
    ],
  },
  {
    id: 'arm-pain',
    kind: 'emergency',
    patterns: [
      w(
        `brazo izquierdo(?: \\w+){0,3} (?:${PAIN}|dormido|entumecido|adormecido|hormigueo|hormiguea|pesado|débil|sin fuerza)|(?:${PAIN}|hormigueo|entumecimiento|adormecimiento|pesadez|calambre)(?: \\w+){0,3} (?:el |mi )?brazo izquierdo|se me (?:duerme|adormece|entumece|durmió|ha dormido) el brazo izquierdo`,
      ),
    ],
  },
  {
    id: 'breathlessness',
    kind: 'emergency',
    patterns: [
      w(
        'no (?:puedo|consigo|logro) (?:respirar|coger aire|tomar aire|recuperar el aliento)|(?:casi|apenas) (?:no )?(?:puedo )?respir\\w*|me cuesta (?:mucho )?respirar|me falta (?:el )?(?:aire|aliento)|falta de (?:aire|aliento)|sin aliento|no me entra (?:el )?aire',
      ),
      w(
        'dificultad(?:es)? (?:para|al) respirar|(?:problemas|trabajo) (?:para|al) respirar|respiro (?:mal|con dificultad|muy rápido)|respiración (?:\\w+ )?(?:entrecortada|agitada|difícil|rara|dificultosa|muy rápida)',
      ),
      w(
        'me ahog\\w*|ahogo|ahogándome|asfixi\\w*|disnea|jade\\w*|sibilancia\\w*|silbido al respirar',
      ),
      w(
        `(?:labios|cara|lengua|boca)(?: \\w+){0,2} (?:${SWOLLEN})|garganta(?: \\w+){0,2} (?:hinch\\w*|cerr\\w*)|se me (?:hincha|está hinchando|inflama|cierra|está cerrando) la (?:garganta|cara|lengua|boca)|no puedo tragar`,
      ),
      w('(?:labios|cara|boca)(?: \\w+){0,3} (?:azul\\w*|morad\\w*|gris\\w*)'),
      w(
        'crisis de asma|ataque de asma|crisis asmática|anafila\\w*|reacción alérgica|shock alérgico|choque alérgico',
      ),
      w('(?:dejó|ha dejado|deja) de respirar|no respira'),
    ],
  },
  {
    id: 'stroke-signs',
    kind: 'emergency',
    patterns: [
      w(
        'ictus|derrame cerebral|(?:me está dando|le está dando|me dio|le dio|tengo|tiene|está teniendo|estoy teniendo|ha tenido|tuvo|signos de|señales de|síntomas de) un (?:derrame|ictus)|^(?:un )?derrame$|infarto cerebral|embolia cerebral|accidente cerebro ?vascular|trombosis cerebral',
      ),
      w(
        '(?:cara|boca|labio|labios|párpado)(?: \\w+){0,2} (?:caíd\\w*|torcid\\w*|desviad\\w*|paralizad\\w*|entumecid\\w*|colgando|chuec\\w*)|se me (?:cae|ha caído|cayó|tuerce|ha torcido|torció|duerme|durmió|paraliza) (?:la|media) (?:cara|boca)|media cara (?:dormida|caída|paralizada)',
      ),
      w(
        '(?:hablo|habla|hablar) (?:raro|arrastrando|con dificultad|torpe|trabad\\w*)|arrastr\\w* las palabras|habla (?:arrastrada|rara|torpe)|no me salen las palabras|(?:no puedo|me cuesta) (?:hablar|articular|encontrar las palabras)|balbuce\\w*',
      ),
      w(
        '(?:no puedo|no puede|no consigo|no consigue|me cuesta|le cuesta) (?:mover|levantar|sentir|subir) (?:el|un|mi|la|su) (?:brazo|mano|lado|pierna)|un lado del cuerpo|medio cuerpo|(?:lado|mitad) (?:izquierd[oa]|derech[oa]) (?:del cuerpo|de la cara)',
      ),
      w(
        '(?:brazo|mano) (?:\\w+ ){0,2}(?:débil|sin fuerza|caíd[oa]|muert[oa]|paralizad[oa])|debilidad (?:en|de) (?:un|el|mi|la) (?:brazo|lado|mano)|brazo débil',
      ),
      w(
        'parális\\w*|paraliz\\w*|(?:confusión|debilidad|entumecimiento|adormecimiento) (?:repentin\\w*|súbit\\w*|de repente)|de repente (?:\\w+ )?(?:confundid\\w*|desorientad\\w*|no entiendo nada)',
      ),
    ],
  },
  {
    id: 'sudden-severe-headache',
    kind: 'emergency',
    patterns: [
      w(
        '(?:dolor de cabeza|cefalea|migraña|jaqueca)(?: \\w+){0,3} (?:repentin\\w*|súbit\\w*|de repente|de golpe|explosiv\\w*|insoportable|brutal|como nunca)|(?:repentin\\w*|súbit\\w*|de repente|de golpe) (?:\\w+ ){0,3}(?:dolor de cabeza|cefalea|me duele (?:mucho )?la cabeza)',
      ),
      w(
        '(?:el )?peor dolor de cabeza|(?:me )?explotó la cabeza|cabeza (?:\\w+ ){0,2}(?:explotó|explotado)|de repente (?:\\w+ ){0,2}(?:la cabeza me explota|me explota la cabeza)',
      ),
      w(
        '(?:golpe(?!cit|te)\\w*|pegué|porrazo|trancazo|madrazo|cocotazo|coscorrón|golpazo|me caí|me he caído|caí) (?:\\w+ ){0,3}(?:de |en |con |contra )?(?:la |mi )cabeza|me caí de cabeza|traumatismo craneal|conmoción\\w*|contusión en la cabeza',
      ),
      w(
        '(?:dolor de cabeza|cefalea) (?:\\w+ ){0,2}(?:tras|después de|desde) (?:un |una |el |la )?(?:golpe|caída|accidente|choque|porrazo)',
      ),
      w(
        'dolor de cabeza (?:y|con) (?:\\w+ ){0,2}(?:cuello rígido|rigidez de cuello|vómitos|fiebre|confusión|manchas)|cuello rígido (?:y|con) (?:\\w+ )?(?:fiebre|dolor de cabeza|manchas)',
      ),
    ],
  },
  {
    id: 'sudden-vision-loss',
    kind: 'emergency',
    patterns: [
      w(
        '(?:perdí|he perdido|pierdo|perdiendo|pérdida (?:\\w+ )?de|perder) (?:la |mi )?(?:vista|visión)|(?:veo|viendo) doble|visión doble|no veo nada|ya no veo|no veo (?:de|por|con) un ojo',
      ),
      w(
        'me (?:quedé|he quedado|estoy quedando) cieg[oa]|cieg[oa] de un ojo|de repente (?:\\w+ ){0,3}(?:no veo|veo (?:borroso|negro|mal|todo negro)|la vista|la visión|cieg[oa])|(?:vista|visión) (?:\\w+ ){0,2}(?:de repente|repentinamente|de golpe)',
      ),
      w(
        '(?:una )?cortina (?:negra )?(?:en|sobre|delante de) (?:el|un|mi) ojo|se me (?:nubló|fue|oscureció|apagó) la vista de (?:repente|golpe)|todo negro en un ojo',
      ),
    ],
  },
  {
    id: 'coughing-blood',
    kind: 'emergency',
    patterns: [
      w(
        '(?:tos\\w*|toso|vomit\\w*|vómito\\w*|escup\\w*|devuelvo|devolví|arroj\\w*) (?:\\w+ ){0,2}sangre',
      ),
      w(
        'sangre (?:en|con) (?:el |la |los |las |mi |mis )?(?:vómito|vómitos|esputo|flema|flemas|saliva|tos|heces|caca|orina|pis|popó|excremento\\w*|deposici\\w*)|sangre al (?:toser|orinar|escupir|vomitar|ir al baño)|(?:orino|meo|hago pis) sangre',
      ),
      w('(?:heces|caca|deposiciones|popó) (?:negras|con sangre)|hemoptisis|hematemesis'),
    ],
  },
  {
    id: 'heavy-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        'sangr(?!ía)\\w* (?:mucho|muchísimo|sin parar|a chorros|abundante\\w*|un montón|demasiado|bastante)|no (?:para|deja|dejo|paro|se detiene) de sangrar|no puedo (?:parar|detener|cortar) (?:la sangre|el sangrado|la hemorragia)|no (?:para|se detiene|se corta|se para) (?:la )?(?:hemorragia|sangre|el sangrado)',
      ),
      w(
        '(?:mucha|muchísima|un montón de|tanta|chorros de|charco de) sangre|sangrado (?:abundante|fuerte|intenso|masivo)|sangre por todas partes|sangre por todos lados|(?:sale|brota|chorrea|mana) (?:mucha )?sangre',
      ),
      w('hemorragi\\w*|desangr\\w*'),
      // Bleeding with no place named: "estoy sangrando" may be anything, so it is the worst.
      w(
        '^(?:sigo |estoy |todavía )?sangrando|(?:estoy|sigo|empecé a|empezó a|está|no dejo de|me puse a) sangr\\w*|sangro|sangrado interno|sangrando por dentro',
      ),
    ],
  },
  {
    // "Sangre" with no place named ("hay sangre", "veo sangre") is treated as the worst.
    id: 'blood',
    kind: 'emergency',
    patterns: [w('sangre|sangr\\w*|ensangrentad\\w*')],
    unless: [w(BLOOD_NOT_BLEEDING), w(FOOT), w(LEG)],
  },
  {
    id: 'swollen-calf',
    kind: 'emergency',
    patterns: [
      w(
        'pierna (?:\\w+ )?(?:más|mucho más) (?:grande|gorda|gruesa|hinchada|ancha) que la otra|una pierna (?:\\w+ )?(?:más|muy) (?:grande|gorda|gruesa|hinchada)',
      ),
      w(
        `(?:pantorrillas?|chamorros?|(?:el|mi|los|mis) gemelos?|gemelo)(?: \\w+){0,5} (?:${SWOLLEN}|calient\\w*|roj[oa]s?|enrojecid\\w*|más grande|dur[oa]s? y)`,
      ),
      w(
        `(?:${SWOLLEN}|calient\\w*|roj[oa]|enrojecid\\w*)(?: (?:y|e) \\w+)? (?:en |de )?(?:la |el |mi |las |los |mis )?(?:pantorrillas?|chamorros?|gemelo)`,
      ),
      w(
        `piernas?(?: \\w+){0,4} (?:${SWOLLEN})(?: \\w+){0,3} (?:calient\\w*|roj[oa]s?|enrojecid\\w*|${PAIN}|sensible\\w*)|piernas? (?:\\w+ ){0,2}(?:calient\\w*|roj[oa]s?|doloros[oa]s?) (?:y|e) (?:${SWOLLEN})`,
      ),
      w(
        `(?:${PAIN}|calambre) (?:\\w+ ){0,2}(?:y|e|con) (?:${SWOLLEN})(?: \\w+){0,3} (?:pantorrilla|pierna|gemelo|chamorro)`,
      ),
      w(
        '(?<!tuve (?:un |una )?|he tenido (?:un |una )?|historial de |antecedentes de |tuvo (?:un |una )?)(?:coágul\\w*|trombo|trombos|trombosis|tvp|tromboemboli\\w*|embolia|embolias)(?! cerebral| hace| el año pasado| en el pasado| de hace)',
      ),
    ],
  },
  {
    id: 'fainting',
    kind: 'emergency',
    patterns: [
      w(
        'no (?:se )?(?:despierta|reacciona|responde)|inconsciente|sin sentido|perd\\w* el (?:conocimiento|sentido)|pérdida (?:de|del) (?:conocimiento|sentido)',
      ),
      w(
        'desmay\\w*|síncope|lipotimia|vahído|desplom\\w*|colaps\\w*|me (?:caí|he caído) redond[oa]|(?:casi|por poco) me caigo (?:redond[oa]|al suelo)',
      ),
      w('convulsi\\w*|ataque epiléptico|crisis epiléptica|ataque de epilepsia'),
    ],
  },
  {
    id: 'emergency-call',
    kind: 'emergency',
    patterns: [
      w('^(?:una )?emergencia$|^(?:una )?ambulancia$|^(?:socorro|auxilio)$'),
      w(
        'ambulancia|paramédic\\w*|socorro|auxilio|(?:es|tengo|tenemos|hay) una emergencia|urgencias|sala de emergencias|nueve uno uno|uno uno dos|ciento doce|novecientos once|911|112|me estoy muriendo|me voy a morir|gravemente (?:enferm\\w*|herid\\w*)',
      ),
    ],
    unless: [w('en caso de (?:una )?emergencia|en una emergencia|número de emergencias?')],
  },
  {
    id: 'poisoning',
    kind: 'emergency',
    patterns: [
      w(
        'envenen\\w*|veneno|intoxica\\w*|me (?:tragué|he tragado|bebí|he bebido|tomé) (?:\\w+ )?(?:lejía|cloro|amoniaco|amoníaco|algo tóxico|detergente|veneno|producto de limpieza)',
      ),
    ],
  },

  // --- doctor: no massage today; see a doctor soon ---
  {
    id: 'swollen-leg',
    kind: 'doctor',
    patterns: [
      w(
        `piernas?(?: \\w+){0,4} (?:${SWOLLEN})|(?:${SWOLLEN}) (?:\\w+ )?(?:de |en )?(?:la |las |mis? )?piernas?`,
      ),
    ],
  },
  {
    id: 'heavy-exhaustion',
    kind: 'doctor',
    patterns: [
      w(
        '(?:completamente|totalmente|absolutamente|extremadamente|tremendamente|súper|super) (?:agotad\\w*|exhaust\\w*|extenuad\\w*|reventad\\w*)|agotamiento (?:extremo|total|absoluto|crónico)|(?:no|casi no|apenas) me (?:tengo|sostengo|aguanto) en pie|burnout|síndrome de desgaste|estoy quemad[oa] del trabajo|fatiga crónica|cansancio crónico|exhaust[oa] (?:y|que) (?:casi|apenas) (?:no )?puedo',
      ),
    ],
  },
  {
    id: 'skin-problem',
    kind: 'doctor',
    patterns: [
      w(
        'eccema|eczema|psoriasis|sarpullido|erupci\\w*|urticaria|dermatitis|verruga\\w*|papiloma\\w*|pie de atleta|hongo|hongos|micosis|ampolla\\w*|quemadura\\w*|me quemé|me he quemado|escald\\w*|bulto|bultos|protuberancia|bola (?:dura|rara)|línea roja|raya roja|se me (?:cayó|ha caído|levantó|ha levantado) (?:la|una) uña|perdí (?:la|una) uña|piel (?:abierta|agrietada|rota|levantada|en carne viva)|grietas',
      ),
    ],
  },
  {
    id: 'past-clot',
    kind: 'doctor',
    patterns: [
      w(
        '(?:tuve|he tenido|historial de|antecedentes de|tuvo) (?:un |una )?(?:\\w+ )?(?:coágul\\w*|trombo\\w*|tvp|embolia)|(?:coágul\\w*|trombo\\w*|embolia) (?:\\w+ ){0,2}(?:hace (?:\\w+ ){0,2}(?:años|meses|tiempo)|el año pasado|en el pasado)',
      ),
      w(
        'anticoagul\\w*|sintrom|acenocumarol|warfarin\\w*|heparin\\w*|apixab\\w*|rivaroxab\\w*|eliquis|xarelto|pastillas para (?:diluir |aclarar )?la sangre',
      ),
    ],
  },
  {
    id: 'high-fever',
    kind: 'doctor',
    patterns: [
      w('^(?:una |la )?(?:fiebre|calentura|temperatura alta)$'),
      w(
        'fiebr\\w*(?! del heno)|febril\\w*|calentura|temperatura (?:alta|elevada)|(?:tengo|tiene|con|hay) (?:algo de |un poco de |mucha )?temperatura|escalofríos|tiritando y|covid|coronavirus|estoy ardiendo de fiebre',
      ),
    ],
  },
  {
    id: 'diabetic-foot',
    kind: 'doctor',
    patterns: [
      w('^(?:entumecid\\w*|entumecimiento|adormecimiento|hormigueo|hormigueos)$'),
      w(
        '(?:perdí|pierdo|perdiendo|he perdido|pérdida de|sin) (?:la |toda la )?sensibilidad|diabet\\w*|diabét\\w*|neuropat\\w*|azúcar (?:alto|alta|en la sangre|en sangre)|glucosa alta|insulina|glucemia',
      ),
      w(
        `no (?:siento|noto) (?:bien )?(?:los |el |mis |mi |la |las )?(?:${FOOT}|${LEG})|(?:${FOOT}|${LEG})(?: \\w+){0,3} (?:entumecid\\w*|adormecid\\w*|insensible\\w*|sin sensibilidad|muert[oa]s?|hormigue\\w*)`,
      ),
      // A leg gone to sleep in the thigh posture is no sign; feet that are always asleep are.
      w(
        `se me (?:adormece|adormecen|entumece|entumecen|entumecieron|duermen) (?:el |la |los |las |mis? )?(?:${FOOT}|${LEG})|(?:pies|piernas) (?:\\w+ ){0,2}dormid[oa]s|dormid[oa]s? (?:\\w+ ){0,2}(?:siempre|todo el tiempo|a menudo|constantemente|todo el día)`,
      ),
      w(
        `(?:entumecimiento|adormecimiento|hormigueo|hormigueos|cosquilleo|falta de sensibilidad|pérdida de sensibilidad|ardor) (?:en|de) (?:el |la |los |las |mis? |ambos |los dos )?(?:${FOOT}|${LEG})|entumecimiento`,
      ),
    ],
  },
  {
    id: 'foot-wound',
    kind: 'doctor',
    patterns: [
      w(
        '(?:pisé|he pisado|me clavé|me he clavado|clavé) (?:un |una |unos |unas |algo )?(?:cristal\\w*|vidrio\\w*|clavo\\w*|alfiler\\w*|aguja\\w*|punzante|afilado|chincheta\\w*|tachuela\\w*|espina\\w*|astilla\\w*)',
      ),
      w(
        `venas? (?:\\w+ ){0,2}(?:hinchad\\w*|saltad\\w*|abultad\\w*|retorcid\\w*|salid\\w*)|(?:${FOOT}|articulación) (?:\\w+ ){0,3}(?:roj[oa]s?|calient\\w*|enrojecid\\w*) (?:y|e) (?:\\w+ ){0,2}(?:${PAIN}|hinchad\\w*|inflamad\\w*|sensible\\w*|me duele)`,
      ),
      w(
        `(?:corte|cortada|tajo|herida|raja) (?:\\w+ ){0,2}(?:en|del|de la|en la|en el|debajo del|de) (?:\\w+ ){0,2}(?:${FOOT}|${LEG})|(?:me corté|me he cortado|me rajé|me abrí|me hice un corte en|me hice una herida en)(?! las uñas| la uña| unas uñas) (?:\\w+ ){0,2}(?:${FOOT}|${LEG})|(?:corte|herida|llaga|raja) (?:profund\\w*|abiert\\w*|fea|grande)|herida\\w*|llaga\\w*|laceraci\\w*|puntos de sutura|me dieron puntos|astilla\\w*`,
      ),
      w(
        'infecci\\w*|infectad\\w*|pus|supura\\w*|absceso|gangren\\w*|úlcera\\w*|no (?:se )?(?:cura|curan|sana|sanan|cicatriza|cicatrizan|cierra)|(?:dedo|dedos|piel|mancha|uña) negr[oa]s?|uña encarnada|uñero|ataque de gota|tengo gota|crisis de gota|juanete (?:roj[oa]|hinchad[oa]|infectad[oa])',
      ),
      w(
        `(?:${FOOT}|${LEG}) (?:\\w+ ){0,3}(?:roj[oa]s?|calient\\w*|ardiendo|enrojecid\\w*) (?:y|e) (?:${SWOLLEN}|${PAIN}|calient\\w*|roj[oa]s?)|(?:roj[oa]s?|calient\\w*) (?:y|e) (?:${SWOLLEN}) (?:\\w+ )?(?:el |la |los |las |mis? )?(?:${FOOT})`,
      ),
    ],
  },
  {
    id: 'swollen-foot',
    kind: 'doctor',
    patterns: [
      w(
        `(?:${FOOT})(?: \\w+){0,4} (?:${SWOLLEN})|(?:${SWOLLEN}) (?:\\w+ ){0,2}(?:de |en )?(?:el |la |los |las |mis? )?(?:${FOOT})|se me (?:hincha|hinchan|ha hinchado|han hinchado|hinchó|hincharon) (?:el |la |los |las |mis? )?(?:${FOOT})`,
      ),
    ],
    unless: [
      w(
        `${PREGNANT_WORDS}|esperando (?:un |una |mi |nuestro )?(?:primer |segundo )?(?:bebé|hijo|hija|niño|niña)`,
      ),
    ],
  },
  {
    id: 'foot-bleeding',
    kind: 'emergency',
    patterns: [
      w(
        `(?:sangr\\w*|ensangrentad\\w*) .*(?:${FOOT}|${LEG})|(?:${FOOT}|${LEG}) .*(?:sangr\\w*|ensangrentad\\w*)`,
      ),
    ],
    unless: [w(BLOOD_NOT_BLEEDING)],
  },
  {
    id: 'injury',
    kind: 'doctor',
    unless: [
      w(
        'corazón roto|roto el corazón|rompí con|sueño (?:roto|interrumpido)|rompí aguas|rompió aguas|roto aguas|romper aguas|roto la bolsa|rompió la bolsa|rompió la fuente|roto la fuente',
      ),
    ],
    patterns: [
      w(
        'desgarr\\w*|rotura|roto|rota|rotos|rotas|rompí|rompió|me he roto|fractur\\w*|fisura|esguince\\w*|torcedura|luxaci\\w*|dislocad\\w*|disloqué|distensión (?:muscular|de ligamentos?|de tobillo)|tirón muscular|tirón en el (?:gemelo|muslo|isquio\\w*)',
      ),
      w(
        '(?:no puedo|no consigo|me cuesta mucho) (?:apoyar|pisar|poner peso|cargar peso|caminar|andar)',
      ),
      w(
        `(?:me )?(?:golpeé|me di un golpe en|me he dado un golpe en|golpe en|golpazo en|torcí|he torcido|doblé|he doblado|lastimé|he lastimado|lesioné|he lesionado|golpeé|he golpeado|machaqué|aplasté|pillé|me pillé|tropecé con|di con) (?:\\w+ ){0,2}(?:${FOOT}|${LEG}|rodilla|rodillas)|(?:${FOOT}|${LEG}|rodilla) (?:torcid\\w*|lastimad\\w*|lesionad\\w*|golpead\\w*|machacad\\w*|aplastad\\w*)`,
      ),
      w(
        '(?:dedo|dedos|uña|uñas) (?:\\w+ ){0,3}morad[oa]s?|me caí|me he caído|me acabo de caer|una caída|caída fuerte|me resbalé|me tropecé|lesión (?:reciente|nueva|deportiva|de hace)|lesiones recientes|me lesioné|me operaron|me han operado|cirugía|operación|operad[oa] de|recién operad[oa]',
      ),
    ],
  },
  {
    id: 'heart-circulation',
    kind: 'doctor',
    patterns: [
      w(
        '(?:problemas?|enfermedad|insuficiencia|soplo|afección|afecciones|enferm[oa]) (?:\\w+ )?(?:de |del |al |en el )?corazón|cardiopat\\w*|cardíac\\w*|cardiac\\w*|arritmi\\w*|palpitacion\\w*|taquicardi\\w*|el corazón (?:me )?(?:late|va) (?:muy )?(?:rápido|deprisa|a mil|raro)|marcapasos|stent|bypass|baipás|válvula',
      ),
      w(
        'mala circulación|circulación (?:mala|deficiente|pobre)|problemas (?:de|en la) circulación|(?:tengo|sufro de|con|soy de) (?:la )?(?:presión|tensión) (?:alta|baja)|^(?:la )?(?:presión|tensión) (?:alta|baja)$|hipertens\\w*|hipotens\\w*|(?:presión|tensión) arterial|(?:tuve|he tenido|me dio|sufrí) un infarto|infarto (?:hace|el año pasado|en el pasado)|várices|varices|variz|flebitis|tromboflebitis|linfedema|edema|retención de líquidos',
      ),
      w(
        'cáncer|quimio\\w*|radioterapia|tumor\\w*|osteoporosis|(?:enfermedad|insuficiencia|problemas?) (?:\\w+ )?(?:renal\\w*|de (?:los )?riñón|de (?:los )?riñones)|diálisis|epilepsia|epiléptic\\w*',
      ),
    ],
  },

  // --- pregnancy: the pregnancy answer, and a "yes" at the safety question ---
  {
    id: 'pregnancy',
    kind: 'pregnancy',
    patterns: [
      w(
        '^(?:de |estoy de )?(?:\\w+ ){1,3}semanas(?: de embarazo)?$|estoy de (?:\\w+ ){1,3}(?:semanas|meses)',
      ),
      w(
        'embaraz\\w*|encinta|en cinta|en estado(?! de)|en estado de buena esperanza|preñada|gestaci\\w*|gestante|hiperémesis|(?:náuseas|mareos|vómitos) (?:del|de) (?:embarazo|la mañana)|náuseas matutinas|trimestre|semanas de (?:embarazo|gestación)',
      ),
      w(
        '(?:esperando|espero|esperamos|vamos a tener|voy a tener|tendré|tendremos) (?:un |una |mi |nuestro |nuestra )?(?:primer |segundo |tercer )?(?:bebé|bebe|hijo|hija|niño|niña|gemelos|mellizos|criatura)|bebé en camino|dulce espera',
      ),
      w(
        '(?:buscando|buscamos|intentando tener|intentamos tener|queremos tener|quiero tener|intentando) (?:un |otro )?(?:bebé|hijo|hija|niño|niña|embarazo)|(?:quedarme|quedar|quedarnos) embarazada|tratamiento de fertilidad|fertilidad|fecundaci\\w*|in vitro|inseminaci\\w*',
      ),
      w(
        'matrona|comadrona|partera|contracci\\w*|(?:el|del|mi|al|después del|antes del) parto|parto (?:prematuro|inducido)|trabajo de parto|rompí aguas|he roto aguas|rompió aguas|roto la bolsa|rompió la fuente|se me rompió la fuente|salí de cuentas|salgo de cuentas|fecha de parto|fecha probable de parto|barriga de embarazada',
      ),
    ],
  },
];

/**
 * Lowercase, accents kept, punctuation gone (Spanish has no contractions to spell out; "del" and
 * "al" stay as written). The few chat shorthands people type are spelled out.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]+/gu, ' ')
    .replace(/(?<=^| )(?:q|k|ke)(?= |$)/g, 'que')
    .replace(/(?<=^| )(?:xq|pq|porq|xk)(?= |$)/g, 'porque')
    .replace(/(?<=^| )(?:tb|tmb)(?= |$)/g, 'también')
    .replace(/\s+/g, ' ')
    .trim();
}

export const SAFETY: SafetyReading = {
  normalise,
  signs: SIGNS,
  // Read on the three words before a sign: "no tengo fiebre", "sin dolor en el pecho", "nunca".
  negation:
    /(?<![a-zñáéíóúü])(?:no|nunca|jamás|jamas|sin|ni|tampoco|ningún|ningun|ninguna|ninguno|nada de)(?![a-zñáéíóúü])/,
  // Doubt, not denial: "no sé si estoy embarazada", "no estoy segura", "¿no será un infarto?".
  hedge:
    /(?<![a-zñáéíóúü])(?:no s[ée]|no estoy segur[oa]|no tengo claro|no sabr[íi]a|no ser[áa]|ni idea|no tengo idea)(?![a-zñáéíóúü])/,
};
