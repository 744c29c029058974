import type { Catalogue } from '../i18n';

/**
 * French interface text. Addresses the reader as "vous". Keyboard keys use their usual French
 * names (Échap, Maj). No-break spaces (U+00A0) go before : ? ! ; and inside « ».
 * `topic.*` are search words, not shown.
 */
export const fr: Catalogue = {
  'app.tagline': 'Aide et informations, conservées sur cet appareil',
  'exit.button': 'Sortie rapide',
  'exit.hint': 'Pour partir vite : appuyez deux fois de suite sur Échap, ou trois fois sur Maj',
  'framed.open': 'Ouvrir cette application dans son propre onglet',
  'language.label': 'Langue',
  'language.missing':
    'Cette application n’est pas encore traduite en {language}. Elle s’affiche en {shown} ; vous pouvez changer de langue plus haut.',
  'search.label': 'Chercher de l’aide',
  'search.hint': 'Un pays, un type d’aide, une organisation ou un numéro. Rien de ce que vous tapez n’est conservé.',
  'search.placeholder': 'ex. : ligne d’aide Mexique, offre d’emploi, 116 016',
  'results.count.one': '{count} résultat',
  'results.count.other': '{count} résultats',
  'results.count.many': '{count} de résultats',
  'results.none': 'Aucun résultat pour « {query} ».',
  'results.near': 'Résultats les plus proches',
  'results.noneNear': 'Essayez avec moins de mots, ou avec un nom de pays.',
  'group.helplinesIn': 'Lignes d’aide : {country}',
  'group.programmes': 'Programmes et initiatives',
  'group.publications': 'Guides, rapports et lois',
  'group.servicesIn': 'Services de soutien : {country}',
  'group.tips': 'Se protéger en ligne',
  'tips.title': 'Conseils de sécurité par situation',
  'tips.situation.job-offer': 'Une offre d’emploi',
  'tips.situation.online-contact': 'Une personne rencontrée en ligne',
  'tips.situation.phone-accounts': 'Votre téléphone et vos comptes',
  'tips.situation.covering-tracks': 'Effacer vos traces',
  'tips.situation.money-documents': 'Argent et papiers',
  'tips.situation.after-escape': 'Après être partie',
  'tips.situation.helping-others': 'Aider quelqu’un d’autre',
  'tips.words.job-offer':
    'offre d’emploi, faux emploi, arnaque, escroquerie, recruteur, agence de recrutement, agent, visa, contrat, entretien',
  'tips.words.online-contact':
    'rencontré en ligne, petit ami en ligne, site de rencontre, arnaque sentimentale, arnaque, inconnu, demande d’ami, photos, pédopiégeage',
  'tips.words.phone-accounts':
    'mot de passe, compte, logiciel espion, espion, traçage, localisation, piraté, surveillé, confidentialité',
  'tips.words.covering-tracks':
    'effacer ses traces, effacer l’historique, navigation privée, fenêtre privée, historique, cacher, effacer',
  'tips.words.money-documents':
    'passeport, papiers, documents, carte d’identité, patron, employeur, salaire, pas payé, dette, compte bancaire, argent, frais',
  'tips.words.after-escape': 'enfuie, sortie, survivante, après être partie, recommencer',
  'tips.words.helping-others':
    'amie, ami, quelqu’un d’autre, proche, inquiète pour quelqu’un, témoin, voisine, je connais quelqu’un',
  'tracks.title': 'Étapes pour votre navigateur',
  'tracks.detected': 'Il semble que ce soit {browser}. Sinon, choisissez le vôtre.',
  'tracks.notDetected': 'Nous n’avons pas pu savoir quel navigateur c’est. Choisissez le vôtre.',
  'tracks.choose': 'Navigateur',
  'tracks.browser.chrome-android': 'Chrome sur Android',
  'tracks.browser.samsung': 'Samsung Internet',
  'tracks.browser.safari-ios': 'Safari sur iPhone ou iPad',
  'tracks.browser.firefox': 'Firefox',
  'tracks.browser.chromium-desktop': 'Chrome ou Edge sur un ordinateur',
  'tracks.browser.other': 'Un autre navigateur',
  'tracks.private.heading': 'Ouvrir une fenêtre privée',
  'tracks.private.chrome-android':
    'Touchez ⋮ (en haut à droite), puis Nouvel onglet de navigation privée, et ouvrez ce site là. Fermer l’onglet ne laisse pas d’historique.',
  'tracks.private.samsung': 'Touchez le bouton des onglets, puis Activer le mode secret, et ouvrez ce site là.',
  'tracks.private.safari-ios':
    'Touchez le bouton des onglets (deux carrés), choisissez Privée, puis ouvrez ce site dans un nouvel onglet.',
  'tracks.private.firefox':
    'Ouvrez le menu (⋮ ou ☰), choisissez Nouvel onglet privé ou Nouvelle fenêtre privée, et ouvrez ce site là.',
  'tracks.private.chromium-desktop':
    'Appuyez sur Ctrl+Maj+N (⌘+Maj+N sur Mac) pour une fenêtre privée : navigation privée dans Chrome, InPrivate dans Edge.',
  'tracks.private.other': 'Dans le menu du navigateur, cherchez une fenêtre privée ou secrète, et ouvrez ce site là.',
  'tracks.history.heading': 'Effacer ce site de l’historique',
  'tracks.history.chrome-android':
    'Touchez ⋮, puis Historique. Touchez × à côté de chaque visite de ce site (cherchez-le d’abord si la liste est longue).',
  'tracks.history.samsung':
    'Touchez le menu (☰), puis Historique. Appuyez longuement sur une visite de ce site, puis supprimez-la.',
  'tracks.history.safari-ios':
    'Touchez le bouton des signets (livre ouvert), puis l’horloge. Balayez vers la gauche chaque visite de ce site et touchez Supprimer.',
  'tracks.history.firefox':
    'Ouvrez le menu, puis Historique. Appuyez longuement (ou clic droit) sur une visite de ce site, puis supprimez-la.',
  'tracks.history.chromium-desktop': 'Appuyez sur Ctrl+H (⌘+Y sur Mac), cherchez ce site et supprimez ses visites.',
  'tracks.history.other': 'Dans le menu du navigateur, ouvrez l’historique et supprimez seulement les visites de ce site.',
  'tracks.location.heading': 'Vérifier qui peut voir où vous êtes',
  'tracks.location.android':
    'Ouvrez Paramètres, puis Localisation, et regardez quelles applis l’utilisent. Dans Google Maps, vérifiez le partage de position.',
  'tracks.location.ios':
    'Ouvrez Réglages, puis Confidentialité et sécurité. Le Contrôle de sécurité peut y arrêter le partage de votre position avec des personnes et des applis.',
  'tracks.location.desktop':
    'La position est surtout partagée depuis un téléphone : vérifiez aussi le téléphone et les applis de famille ou de localisation d’appareil.',
  'tracks.stalkerware.heading': 'Signes d’une appli espion',
  'tracks.stalkerware.text':
    'Quelqu’un qui a eu votre téléphone sait où vous êtes allée ou ce que vous avez écrit ; la batterie se vide vite, les données augmentent ou les réglages changent seuls. Supprimer cette appli peut l’alerter : demandez conseil d’abord.',
  'tracks.limits.heading': 'Ce que la sortie rapide ne peut pas cacher',
  'tracks.limits.network':
    'Le routeur Wi-Fi de la maison, du travail ou d’un lieu public peut garder la liste des sites visités.',
  'tracks.limits.synced':
    'Un historique synchronisé avec un compte peut apparaître sur les autres appareils connectés à ce compte.',
  'tracks.limits.handed':
    'Si vous donnez votre téléphone déverrouillé à quelqu’un, il peut ouvrir le navigateur et voir vos onglets.',
  'tracks.install.heading': 'Si vous avez installé cette appli',
  'tracks.install.text':
    'Une appli installée ne peut pas supprimer sa propre icône. Vous pouvez aussi utiliser ce site dans le navigateur, sans l’installer.',
  'tracks.install.android': 'Android : appuyez longuement sur l’icône, puis Désinstaller ou Supprimer.',
  'tracks.install.ios':
    'iPhone ou iPad : appuyez longuement sur l’icône, puis Supprimer l’app, puis Supprimer de l’écran d’accueil.',
  'tracks.install.desktop': 'Ordinateur : ouvrez l’appli, ouvrez son menu (⋮ ou …) et choisissez Désinstaller.',
  'message.open': 'Écrire un premier message',
  'message.language': 'La langue que vous parlez',
  'message.talk': 'Pouvez-vous parler au téléphone ?',
  'message.canTalk': 'Je peux parler au téléphone',
  'message.cannotTalk': 'Je ne peux pas parler au téléphone',
  'message.preview': 'Votre message',
  'message.body.canTalk': 'J’ai besoin d’aide. Ma langue : {language}. Je peux parler au téléphone maintenant.',
  'message.body.cannotTalk':
    'J’ai besoin d’aide. Ma langue : {language}. Je ne peux pas parler au téléphone : répondez-moi par message, s’il vous plaît.',
  'message.sendSms': 'Ouvrir un SMS vers le {number} avec ce message',
  'message.sendWhatsapp': 'Ouvrir WhatsApp vers le {number} avec ce message',
  'message.copy': 'Copier le message',
  'message.copied': 'Copié. Collez-le là où vous voulez l’envoyer.',
  'message.copyFailed': 'Impossible de copier. Sélectionnez le texte et copiez-le vous-même.',
  'message.history':
    'Un message envoyé reste dans les messages ou dans WhatsApp de votre téléphone jusqu’à ce que vous l’effaciez.',
  'partners.open': 'Pour les partenaires',
  'partners.back': 'Retour à l’aide',
  'partners.title': 'Pour les partenaires et les militants',
  'partners.intro':
    'Pour les organisations et les personnes qui font campagne contre la traite. Si vous cherchez de l’aide pour vous, retournez à l’aide.',
  'partners.days.heading': 'Les jours pour agir',
  'partners.days.july': '30 juillet : Journée mondiale de la lutte contre la traite d’êtres humains.',
  'partners.days.orange':
    'Le 25 de chaque mois : Journée orange, de la campagne Tous UNiS du Secrétaire général de l’ONU pour mettre fin à la violence à l’égard des femmes.',
  'partners.actions.heading': 'Ce que vous pouvez faire',
  'partners.action.orange':
    'Mettez-vous en orange au travail, à l’école ou en ligne le 25, et dites pourquoi : la traite est une violence faite aux femmes et aux filles.',
  'partners.action.invest':
    'Demandez aux décideurs de financer la prévention et l’aide aux femmes et aux filles exposées à la traite.',
  'partners.action.tech':
    'Travaillez avec les associations de femmes, les survivantes militantes et les entreprises technologiques contre le recrutement en ligne.',
  'partners.action.dialogue':
    'Organisez une rencontre locale sur la traite, les fausses offres d’emploi et l’usage sûr du téléphone et d’internet.',
  'partners.messages.heading': 'Messages à partager',
  'partners.message.july':
    'Le 30 juillet est la Journée mondiale contre la traite d’êtres humains. Les trafiquants recrutent avec de faux emplois et des contacts en ligne. Connaissez les signes et partagez où trouver de l’aide. #EndHumanTrafficking',
  'partners.message.orange':
    'Aujourd’hui, c’est le #OrangeDay. La traite est une violence faite aux femmes et aux filles. Pour y mettre fin, il faut combattre la pauvreté, les inégalités et la demande qui nourrit l’exploitation.',
  'partners.message.jobs':
    'Un emploi qui vous fait payer des frais, garde votre passeport ou change à l’arrivée est un signal d’alerte. Vérifiez avant de partir et laissez une copie de vos papiers à une personne de confiance.',
  'partners.principles.heading': 'Partager les récits de survivantes',
  'partners.principle.harm': 'Ne pas nuire : ne partagez un récit que s’il ne met en danger ni la personne ni personne d’autre.',
  'partners.principle.consent':
    'Consentement éclairé : demandez d’abord, dites où et comment il sera partagé, et acceptez un refus ou un changement d’avis.',
  'partners.principle.confidential':
    'Confidentialité : retirez les noms, les visages, les lieux et tout détail permettant d’identifier quelqu’un.',
  'partners.programmes.heading': 'Programmes de l’ONU dans cet annuaire',
  'kind.emergency': 'Numéros d’urgence',
  'kind.helpline': 'Ligne d’aide',
  'kind.service': 'Service',
  'kind.programme': 'Programme',
  'kind.publication': 'Publication',
  'kind.tip': 'Conseil de sécurité',
  'entry.officialSite': 'Site officiel',
  'entry.source': 'Source',
  'entry.checked': 'Vérifié le {date}',
  'entry.stale': 'Non vérifié depuis plus d’un an',
  'entry.unverified':
    'Pas entièrement vérifié : avant de vous y fier, confirmez ce numéro sur le site officiel de l’organisme qui le gère.',
  'entry.free': 'Appel gratuit',
  'entry.always': 'Ouvert 24 heures sur 24, tous les jours',
  'entry.hours': 'Horaires',
  'entry.languages': 'Langues',
  'entry.contacts': 'Comment les joindre',
  'entry.save': 'Enregistrer sur cet appareil',
  'entry.saved': 'Enregistré',
  'contact.phone': 'Appeler {number}',
  'contact.sms': 'Envoyer un SMS à {number}',
  'contact.whatsapp': 'WhatsApp : {number}',
  'contact.tty': 'Téléphone texte (TTY) : {number}',
  'contact.web': 'Site web',
  'contact.chat': 'Chat en ligne',
  'contact.email': 'E-mail : {address}',
  'contact.opensNewWindow': '(s’ouvre dans une nouvelle fenêtre)',
  'place.EU': 'Union européenne',
  'place.global': 'Monde entier',
  'status.updated': 'Annuaire mis à jour le {date}',
  'status.entries.one': '{count} fiche',
  'status.entries.other': '{count} fiches',
  'status.entries.many': '{count} d’entrées',
  'status.memoryOnly':
    'Ce navigateur ne conservera pas l’annuaire hors ligne. Il fonctionne maintenant, mais il faudra une connexion la prochaine fois.',
  'saved.failed': 'Cette modification n’a pas pu être enregistrée sur cet appareil (son stockage est peut-être plein ou bloqué).',
  'status.saveFailed':
    'Impossible d’enregistrer l’annuaire sur cet appareil (il est peut-être plein). Il fonctionne pour le moment.',
  'status.unavailable': 'Impossible de charger l’annuaire. Connectez-vous une fois à Internet, puis réessayez.',
  'status.updateTimedOut':
    'La recherche d’un annuaire plus récent s’est arrêtée : la connexion était trop lente. Ce qui est sur cet appareil n’a pas changé.',
  'status.updateFailed': 'Un annuaire plus récent n’a pas pu être téléchargé. Ce qui est sur cet appareil n’a pas changé.',
  'status.updateStorageFull':
    'Un annuaire plus récent n’a pas pu être enregistré : le stockage est peut-être plein. Ce qui s’y trouvait n’a pas changé.',
  'status.loading': 'Chargement de l’annuaire…',
  'note.title': 'Votre sécurité sur cet appareil',
  'note.exit':
    '« Sortie rapide » (ou Échap deux fois, ou Maj trois fois) masque aussitôt cette page et ouvre à sa place un site web ordinaire. Le bouton Retour ne ramène pas ici.',
  'note.history':
    '« Sortie rapide » ne peut pas effacer l’historique de votre navigateur : vos visites précédentes sur ce site peuvent encore y figurer. Une fenêtre privée ne garde aucun historique : dans la plupart des navigateurs, ouvrez le menu et choisissez « Nouvelle fenêtre privée » ou « Nouvel onglet de navigation privée », puis ouvrez ce site dans cette fenêtre.',
  'note.calls':
    'Les appels et SMS vers une ligne d’aide apparaissent dans le journal d’appels et dans les messages de votre téléphone. Supprimez-les ensuite si quelqu’un d’autre peut regarder votre téléphone.',
  'note.data':
    'Cette application conserve l’annuaire sur cet appareil pour fonctionner hors ligne. Pour le supprimer, utilisez « Confidentialité » en bas de la page.',
  'note.kiosk':
    'Cet écran est partagé. Il s’efface de lui-même après un court moment sans utilisation et ne garde rien de ce que vous consultez.',
  'listen.button': 'Écouter',
  'listen.hint': 'Lu à voix haute par la voix de cet appareil. Utilisez des écouteurs si quelqu’un près de vous peut entendre.',
  'note.dismiss': 'Masquer cette note',
  'privacy.title': 'Confidentialité',
  'privacy.text':
    'Rien de ce que vous tapez n’est envoyé nulle part ni conservé. L’annuaire, et tout ce que vous enregistrez, restent sur cet appareil pour que l’application fonctionne hors ligne.',
  'privacy.traces':
    'La suppression vide le stockage de cette application, mais votre navigateur peut garder un temps des copies de ses fichiers sur cet appareil, et l’historique de votre navigateur mentionne toujours ce site. Pour les effacer aussi, supprimez vos données de navigation dans les paramètres du navigateur.',
  'privacy.showNote': 'Comment vous protéger sur cet appareil',
  'privacy.remove': 'Supprimer de cet appareil les données de cette application',
  'privacy.confirmTitle': 'Tout supprimer et partir ?',
  'privacy.confirmText':
    'Cela supprime de cet appareil l’annuaire, vos lignes d’aide enregistrées et la copie hors ligne de cette application, puis ouvre un autre site web. C’est irréversible, et cela n’efface pas l’historique de votre navigateur.',
  'privacy.confirm': 'Supprimer et partir',
  'privacy.cancel': 'Annuler',
  'view.label': 'Afficher',
  'view.all': 'Toute l’aide',
  'view.saved': 'Enregistrés ({count})',
  'saved.title': 'Enregistrés sur cet appareil',
  'saved.hint':
    'Conservés uniquement sur cet appareil, jusqu’à ce que vous les supprimiez. Toute personne qui utilise cet appareil peut les voir.',
  'saved.none':
    'Rien n’est encore enregistré. Utilisez « Enregistrer sur cet appareil » sur une ligne d’aide pour la garder ici.',
  'kiosk.countdownTitle': 'Vous êtes toujours là ?',
  'kiosk.countdown.one': 'Pour que votre recherche reste privée, cet écran s’effacera dans {count} seconde.',
  'kiosk.countdown.other': 'Pour que votre recherche reste privée, cet écran s’effacera dans {count} secondes.',
  'kiosk.countdown.many': 'Pour que votre recherche reste privée, cet écran s’effacera dans {count} secondes.',
  'kiosk.stillHere': 'Je suis toujours là',
  'kiosk.start': 'Commencer',
  'kiosk.print': 'Imprimer ce contact',
  'kiosk.scanHint': 'Scannez un code avec l’appareil photo de votre téléphone pour emporter le numéro.',
  'qr.label': 'Code QR pour {value}',
  'update.ready': 'Une nouvelle version de cette application est prête.',
  'update.button': 'Mettre à jour',
  'skip.results': 'Aller aux résultats',
  'topic.trafficking': 'traite des êtres humains, trafic d’êtres humains',
  'topic.labour-exploitation': 'exploitation par le travail, travail forcé',
  'topic.sexual-exploitation': 'exploitation sexuelle',
  'topic.online-recruitment': 'recrutement en ligne, fausses offres d’emploi',
  'topic.online-safety': 'sécurité en ligne',
  'topic.migration': 'migration, travailler à l’étranger',
  'topic.domestic-violence': 'violence domestique, violences conjugales, maltraitance',
  'topic.violence-against-women': 'violences faites aux femmes',
  'topic.legal-aid': 'aide juridique',
  'topic.shelter': 'hébergement, refuge, lieu sûr',
  'topic.health': 'santé',
  'topic.children': 'enfants',
  'topic.emergency': 'urgence',
  'topic.law-enforcement': 'police, signalement, plainte',
  'topic.research': 'recherche, données',
  'topic.policy': 'lois et politiques',
  'where.title': 'Où êtes-vous ?',
  'where.change': 'Changer de pays',
  'where.label': 'Votre pays',
  'where.hint': 'Tapez un pays, une ville comme Dubaï ou un indicatif comme +44. Rien ne quitte cet appareil.',
  'where.none': 'Aucun pays ne correspond. Essayez son nom dans une autre langue.',
  'where.unknown': 'Choisissez votre pays pour voir d’abord son aide.',
  'home.helpIn': 'Aide : {country}',
  'home.noLine': 'Nous n’avons encore aucune ligne d’aide vérifiée pour {country}.',
  'home.noLineNext': 'En cas de danger immédiat, appelez les numéros d’urgence. Les lignes qui couvrent aussi {country} suivent.',
  'home.alsoReaching': 'Couvrent aussi {country}',
  'home.fromAnywhere': 'Depuis n’importe où',
  'home.showAll': 'Afficher l’aide de tous les pays',
  'home.hideAll': 'Masquer les autres pays',
  'home.tellUs': 'Vous connaissez une ligne qui manque ?',
  'home.tellUsLink': 'Dites-le à {name}',
  'group.emergencyIn': 'Numéros d’urgence : {country}',
  'operator.ngo': 'Gérée par une ONG',
  'operator.government': 'Service public',
  'operator.police': 'Ligne de la police',
  'operator.international': 'ONU ou organisation internationale',
  'operator.unknown': 'On ne sait pas qui répond',
  'flag.confidential': 'Confidentiel',
  'flag.anonymous': 'Vous pouvez rester anonyme',
  'flag.not-immigration': 'Pas un service d’immigration',
  'flag.reports-to-police': 'Ce que vous signalez peut être transmis à la police',
  'entry.sourceDated': 'Source datée de {date}',
  'entry.oldSource': 'Cette source date de {year}. La ligne a pu changer : vérifiez-la avant de vous y fier.',
  'entry.conflicts': 'Les sources divergent :',
};
