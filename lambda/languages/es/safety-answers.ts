import type { SafetyAnswers } from '../types';
import { w } from './safety-reading';

/*
 * Everyday Spanish answers to the safety question, against the Spanish reading's normal form
 * (lowercase, accents kept, punctuation gone). Word edges are the reading's own (its `w`): \b knows no
 * accents or ñ. Spain and the Americas alike ("hecho polvo", "molida", "bien cansado").
 */

export const SAFETY_ANSWERS: SafetyAnswers = {
  applies: [
    // Unwell is a reason to wait; it carries its own "no", so it is read first.
    w(
      'no (?:me siento|estoy|ando|me encuentro) (?:muy |nada |del todo |tan )?(?:bien|fino|fina|en forma)|no muy bien|enferm[oa]|malit[oa]|mal de salud|me siento mal|me encuentro mal|estoy mal|pachuch[oa]|indispuest[oa]',
    ),
    w(
      'cansad[oa]s?|cansadísim[oa]|agotad[oa]s?|exhaust[oa]s?|reventad[oa]s?|molid[oa]s?|rendid[oa]s?|hech[oa] polvo|hech[oa] pedazos|sin energía|sin energia|sin fuerzas|fundid[oa]',
    ),
    w(
      'corazón|corazon|circulación|circulacion|presión|coágulo|coagulo|coágulos|trombosis|varices|várices|venas|piel|sarpullido|eccema|eczema|psoriasis|ampolla|ampollas|herida|heridas|corte|cortes|verruga|verrugas|hongos|pie de atleta',
    ),
    w(
      'uno de esos|una de esas|alguno|alguna|algunos|algunas|eso me pasa|me pasa|me aplica|sí me aplica|ese soy yo|esa soy yo|tal vez uno|quizás uno|quizá uno|un poco|más o menos|mas o menos|algo así',
    ),
    /^(?:sí|si|sip|claro)(?![a-zñáéíóúü])/,
  ],
  none: [
    w('ninguno|ninguna|nada|ni|nop|nel'),
    w(
      '(?:estoy|me siento|todo|ando|está todo) (?:bien|perfecto|perfecta|genial|san[oa]|en orden)|todo bien|todo en orden|todo perfecto|en forma|sano y salvo',
    ),
    w(
      'ningún problema|ningun problema|no realmente|para nada|en absoluto|yo no|no me aplica|no es mi caso|nada de eso|nada de esto',
    ),
    /^no(?![a-zñáéíóúü])/,
  ],
};
