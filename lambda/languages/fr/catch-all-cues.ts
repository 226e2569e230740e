import type { CatchAllCues } from '../types';
import { w } from './safety-reading';

/*
 * French cues for the catch-all's words, France and Québec alike, against the French reading's
 * normal form (lowercase, accents kept, hyphens gone, elisions spelled out: "j'ai" reads "je ai",
 * "c'est" "ce est", "l'étape" "le étape", "qu'est-ce" "que est ce"). Each is a few words a
 * request of its kind cannot do without, tu and vous alike; whatever else is said around them is
 * the person talking. Word edges are the reading's own (its `w`), which also lets "é" match a
 * typed "e".
 */

const REMINDER = '(?:rappels?|notifications?)(?: quotidiens?| du soir| de massage)?';
const MASSAGE = '(?:massages?|séances?|routine|session|séquence|programme)';
const LENGTH =
  '(?:courte|longue|rapide|complète|petite|grande|normale|standard|express|approfondie|habituelle|classique)';

export const CATCH_ALL_CUES: CatchAllCues = {
  asks: {
    start: [
      w(
        `(?:commence|commencer|commençons|commencez|démarre|démarrer|démarrons|démarrez|lance|lancer|lançons|lancez|fais|faire|faisons|faites|fais moi|faites moi|donne moi|donnez moi|on fait|on commence|on démarre|on part|guide moi|guidez moi|me guider|je veux|je voudrais|voudrais|aimerais|veux) (?:une |un |la |le |ma |mon |notre |ce |cette |moi )?(?:(?:petite|petit|bonne|bon|vraie|${LENGTH}) )?${MASSAGE}`,
      ),
      w(
        'masse moi les pieds|massez moi les pieds|me masser les pieds|masser mes pieds|masse mes pieds|massage (?:des|du|de|aux) pieds?|massage plantaire',
      ),
    ],
    pause: [
      w(
        'pause|mets (?:ça |le |la )?en pause|mettre en pause|mettez en pause|(?<!je )attend(?:s|ez)(?! un bébé| un enfant| des jumeaux| un heureux)|attends moi|(?<!(?:pendant|depuis|environ|durant|en|dans|pour|chaque|par|toutes les|tout|ça fait|il y a) )(?:une (?:seconde|minute|petite minute|petite seconde|sec)|un (?:instant|moment|petit moment|petit instant))|deux secondes|minute papillon|quitte pas|ne quitte pas|(?:arrête|arrêtez|stop) (?:toi |vous )?(?:un instant|un moment|une seconde|une minute|deux minutes)|suspend|suspendre|suspends|interromps|interrompre|pas si vite|bouge pas',
      ),
    ],
    resume: [
      w(
        'reprends|reprendre|reprenons|reprenez|on reprend|continue(?! (?:à|de|comme) )|continuer|continuons|continuez|on continue|poursuis|poursuivre|poursuivons|poursuivez|vas y|allez y|envoye|^envoie$|on y va|on y retourne|on go|ce est reparti|on repart|là où on (?:était|en était)|où on se était arrêtés?|où nous nous étions arrêtés|(?:retour|retourne|retournons|revenons|reviens) au massage|je suis de retour|me revoilà|je suis (?:prêt|prête) à continuer|enlève la pause|fin de la pause|on peut continuer',
      ),
    ],
    next: [
      w(
        'suivant|suivante|la suite|(?:passe|passons|passez|on passe) (?:à la suite|au suivant|à la suivante|à le étape suivante|à autre chose)|prochaine étape|prochain point|(?:le prochain|la prochaine)(?! fois| semaine| mois| année)|et après|^après$|et ensuite|^ensuite$|on avance|^avance$|avancer|(?:fini|terminé) avec (?:ce|cet|cette|celui|celle)|ce est fait',
      ),
    ],
    skip: [
      w(
        'saute|sauter|sautons|sautez|passe (?:ce|cet|cette) (?:étape|point|exercice|partie|mouvement)|passez (?:ce|cet|cette) (?:étape|point|exercice|partie)|(?:passe|passez|on passe) (?:celle|celui) là|(?:passe|on passe) ça|zappe|zapper|zappons|skip|skipper|ignore (?:ce|cette|celle|celui|ça)|laisse tomber (?:ce|cette|celle|celui|ça)(?: étape| point| exercice)?|pas (?:celle|celui) là',
      ),
    ],
    back: [
      w(
        '(?:retour|retourne|retourner|reviens|revenir|revenons|revenez|va|allez) en arrière|une étape en arrière|en arrière|reviens|revenons|revenez|revenir à le étape|recule|reculer|reculons|précédent|précédente|étape précédente|(?:celle|celui|le étape|la étape|le point) de avant|la dernière étape|le dernier point',
      ),
    ],
    repeat: [
      w(
        'répète|répéter|répétez|répètes|redis|redire|redites|tu peux redire|encore une fois|une fois de plus|(?:tu as|vous avez|as tu|avez vous) dit quoi|que (?:est ce que tu as|as tu|avez vous|est ce que vous avez) dit|tu dis quoi|vous dites quoi|^quoi$|^comment$|^pardon$|pardon (?:je ai|quoi|comment)|pas (?:bien |très bien |trop )?(?:compris|entendu|saisi|capté|pigé)|^hein$|rebelote',
      ),
    ],
    'start-over': [
      w(
        'recommence|recommencer|recommençons|recommencez|on recommence|(?:reprends|reprendre|reprenons|reprenez|repars|repartir|repartons|recommence|recommencer) (?:du|depuis le|dès le|au) début|(?:retour|reviens|revenir|retourne|retourner|revenons) au début|(?:repars|repartir|repartons|on repart|reprends|reprendre|reprenons|on reprend|remettre|remets|recommence|recommencer) (?:à|de) zéro|redémarre|redémarrer|redémarrons|redémarrez|tout reprendre|tout recommencer|(?:encore une fois|de nouveau) depuis le début',
      ),
    ],
    stop: [
      w(
        '(?<!se |ne )arrête(?! de | pas| plus)|arrêter(?! de )|arrêtez(?! de )|je me arrête|arrêtons|on arrête|arrête tout|stop|stoppe|stopper|termine|terminer|terminé|terminons|terminez|^fin$|ce est (?:fini|terminé|la fin)|^ce est bon$|ce est bon (?:merci|pour aujourd hui|pour moi)|bon ce est bon|ça suffit|ça ira|ce est assez|assez pour aujourd hui|je en ai assez|je ai (?:fini|terminé)(?! (?:ce|cette|celle|celui|le étape))|quitte(?! pas)|quitter|quittez|sortir du|sors du|sortir de le (?:application|appli|skill)|^sortir$|^sors$|ferme (?:le skill|la skill|la application|le appli|la appli|tout)|au revoir|^à plus$|à plus tard|bye|bonne nuit|bonne soirée|on arrête là|on se arrête là|laisse tomber$',
      ),
    ],
    help: [
      w(
        'aide(?! (?:à|pour|contre|avec|de) )|aide moi(?! (?:à|pour|avec) )|aidez moi(?! (?:à|pour|avec) )|à le aide|besoin de aide|comment ça (?:marche|fonctionne)|comment (?:fonctionne|marche) (?:ce skill|le skill|la skill|la application|le appli|la appli|cette application|ce truc|ça)|que (?:est ce que je peux|puis je|est ce que on peut) dire|je peux dire quoi|(?:tu peux|tu sais|vous pouvez|vous savez) faire quoi|que (?:sais tu|peux tu|savez vous|pouvez vous) faire|que est ce que tu (?:sais|peux) faire|je suis (?:perdu|perdue|mêlé|mêlée)|je (?:ne )?comprends (?:pas|rien)|mode de emploi|je (?:ne )?sais pas quoi dire',
      ),
    ],
    home: [
      w(
        'menu|menu principal|accueil|écran de accueil|page de accueil|écran principal|(?:retour|retourne|revenir|reviens) (?:au menu|à le accueil)',
      ),
    ],
    'time-left': [
      w(
        'combien de temps (?:reste|il reste|encore|ça dure encore|reste t il|il nous reste|nous reste|me reste|il me reste)|combien de minutes (?:reste|il reste|encore|restantes|reste t il)|il (?:en )?reste combien|reste combien|ça dure encore|encore combien|encore longtemps|temps restant|minutes restantes|(?:ce est |on a )?bientôt fini|presque fini|on a presque fini|quand est ce que ça (?:finit|se termine)|quand ça (?:finit|se termine)|ça (?:finit|se termine) quand|on en a pour combien|y a t il encore beaucoup',
      ),
    ],
    'where-am-i': [
      w(
        'où en est on|où on en est|où en sommes nous|où je en suis|où en suis je|on en est où|je en suis où|on est où|on est rendu où|on est rendus où|(?:on est|nous sommes|je suis|ce est) à quelle étape|quelle étape|on fait quoi (?:là|maintenant)|que est ce que on fait (?:là|maintenant)|ce est quoi cette étape|que est ce que ce est que cette étape|où sommes nous',
      ),
    ],
    'tell-me-more': [
      w(
        '(?:dis|dites|raconte|racontez) me en plus|(?:dis|dites|raconte|racontez) moi en plus|en savoir plus|en dire plus|plus de (?:détails|infos|informations|explications|précisions)|(?:explique|expliquez) (?:moi )?(?:ça |le |la )?(?:plus|davantage|mieux|en détail)|développe|développez|détaille|détaillez|approfondir|approfondis|raconte moi|racontez moi',
      ),
    ],
    thanks: [
      w(
        'merci|merci beaucoup|merci bien|merci ben|mille mercis|je (?:te|vous) remercie|merci infiniment|ce est gentil|trop gentil|cimer',
      ),
    ],
    contraindications: [
      w(
        'contre indications?|contreindications?|contre indiqué\\w*|quand (?:ne )?(?:faut il|doit on|dois je|peut on|devrait on|ne faut il) (?:ne )?pas|quand ne (?:faut il |doit on |dois je )?pas|quand (?:faut il |doit on )?éviter|à éviter|qui ne (?:doit|devrait|peut) pas|(?:des|les|quels|un|y a t il des) risques?|dangereux|dangereuse|sans danger|sans risque|effets (?:secondaires|indésirables)|(?:ce est|est ce) (?:sûr|sans danger|risqué|dangereux|déconseillé|bon pour tout le monde)|précautions|déconseillé\\w*|pas recommandé\\w*|je peux le faire (?:si|quand|avec|pendant)',
      ),
      w(
        '(?:massage|massages|séance|réflexologie)(?: \\w+){0,4} (?:dangereux|dangereuse|risqué|sans danger|sûr|contre indiqué|déconseillé)',
      ),
    ],
    'forget-me': [
      w(
        '(?:oublie|oubliez|efface|effacez|supprime|supprimez|enlève|enlevez|retire|retirez) (?:moi|mes données|toutes mes données|mes infos|mes informations|mon historique|mon profil|ma progression|tout ce que (?:tu sais|vous savez)|ce que (?:tu sais|vous savez)|tout sur moi)|me oublier|mes données|mon historique|mes informations personnelles|mes infos|mon profil|ma progression',
      ),
    ],
    'reminder-cancel': [
      w(
        `(?:annule|annuler|annulez|supprime|supprimer|supprimez|efface|effacer|effacez|enlève|enlever|enlevez|retire|retirer|retirez|désactive|désactiver|désactivez|arrête|arrêter|arrêtez|stoppe|coupe|couper|coupez|plus de|pas de|je veux plus de|je ne veux plus de) (?:le |les |mon |mes |ce |ces |cette |un |tous les |tous mes )?${REMINDER}|${REMINDER} (?:désactivés?|off|supprimés?)|arrête de me rappeler|arrêtez de me rappeler|ne me rappelle plus|ne me rappelez plus|me rappelle plus|plus besoin de rappel`,
      ),
    ],
    'reminder-move': [
      w(
        `(?:change|changer|changez|modifie|modifier|modifiez|déplace|déplacer|déplacez|décale|décaler|décalez|repousse|repousser|repoussez|avance|avancer|avancez|reporte|reporter|reportez) (?:le |mon |ce |mes |les |un |le heure du |le heure de mon |heure du |heure de mon )?${REMINDER}|(?:mets|mettre|mettez|remets|remettre) (?:le|mon|ce) ${REMINDER} (?:à|plus|pour)|(?:heure|horaire) (?:du|de mon|de le) ${REMINDER}|${REMINDER} (?:plus tard|plus tôt|à une autre heure|à un autre moment)|autre heure pour (?:le|mon) ${REMINDER}`,
      ),
    ],
    'reminder-status': [
      w(
        `(?:quels?|quelles?|ai je|est ce que je ai|je ai (?:déjà )?(?:un|des)|il y a|y a t il|as tu|tu as|vous avez|avez vous|montre moi|montrez moi|vérifie|vérifiez|à quelle heure est|quand est)(?: \\w+){0,2} ${REMINDER}|${REMINDER} (?:programmés?|actifs?|en cours|prévus?|réglés?)|mes rappels|quand est ce que tu me rappelles|à quelle heure (?:tu me rappelles|est mon rappel|sonne mon rappel|est le rappel)`,
      ),
    ],
    'reminder-set': [
      w(
        `(?:rappelle|rappelez) (?:moi|nous) (?:de|chaque|tous|toutes|demain|ce soir|à|le soir|le matin|dans|quotidiennement|une fois)|(?:rappelle|rappelez) moi$|me rappeler (?:de|chaque|tous|à|le soir|le matin)|(?:mets|mettre|mettez|mets moi|crée|créer|créez|programme|programmer|programmez|règle|régler|réglez|ajoute|ajouter|ajoutez|fais moi|configure|configurer|active|activer|activez|planifie|planifier) (?:moi )?(?:un |une |des |les )?(?:petit )?${REMINDER}|${REMINDER} (?:chaque|tous les|toutes les|à \\w+ heures?|pour|le soir|le matin)|un rappel (?:quotidien|chaque|tous|pour|à)`,
      ),
      // "Rappelle-moi de faire mon massage": what to be reminded of is part of the request.
      w('(?:rappelle|rappelez) (?:moi|nous) de(?: \\w+){1,6}'),
    ],
  },
  tender: w(
    '(?:ça |me |te |ce )?(?:fait|font) (?:un peu |très |super |vraiment |trop |assez |tellement )?mal|douloureux|douloureuse|douloureuses|douleurs?|sensibles?|sensibilité|endolori\\w*|tendue?s?|raide|raides|ouille|aïe|ouch|pique|picote|brûle|ça tire|tiraille|irrité\\w*|nouée?s?|crispée?s?|contractée?s?|granuleu\\w*|des grains|des cristaux',
  ),
  linked: w(
    'relié\\w*|relie|relient|lié|liée|liés|liées|lien|connecté\\w*|correspond|correspondent|correspondance|représente|représentent|associé\\w*|en rapport avec|rapport avec|à quoi sert|ça sert à quoi|ce est pour quoi|agit sur|agissent sur|quel organe|quels organes|quelle partie du corps|quelle partie du pied|quelle zone|où sur le pied|renvoie à|fait référence à|reflète',
  ),
  // A length word alone ("la longue") stands for the routine only as the whole answer: "une
  // longue journée" is a complaint.
  routine: w(
    `${MASSAGE}|version|formule|(?:la|le) (?:${LENGTH}|totale)(?=$| si il| svp| stp| alors| aujourd hui| merci| plutôt| je| ce)|celle de|celui de`,
  ),
};
