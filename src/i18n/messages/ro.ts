import type { Catalogue } from '../i18n';

/**
 * Romanian interface text. Addresses the reader politely ("dumneavoastră": apăsați, folosiți);
 * buttons use the same polite imperative (Salvați, Anulați). No adjectives or participles that mark
 * the reader's gender (e.g. "Nu trebuie să vă spuneți numele" rather than "anonim/anonimă").
 * Diacritics with comma below (ș, ț); quotes „…”. The directory is "lista". Keyboard keys keep their
 * printed names (Esc, Shift). `topic.*` are search words, not shown.
 *
 * Not yet reviewed by a fluent speaker: drafted for Waypoint and checked by script only (every key,
 * plural forms, placeholders, numbers). Please review before relying on it.
 */
export const ro: Catalogue = {
  'app.tagline': 'Ajutor și informații, păstrate pe acest dispozitiv',
  'exit.button': 'Ieșire rapidă',
  'exit.hint': 'Pentru a ieși repede: apăsați Esc de două ori la rând sau Shift de trei ori',
  'framed.open': 'Deschideți aplicația într-o filă separată',
  'language.label': 'Limba',
  'language.missing':
    'Această aplicație nu este încă tradusă în {language}. Este afișată în {shown}; puteți schimba limba mai sus.',
  'search.label': 'Căutați ajutor',
  'search.hint': 'O țară, un tip de ajutor, o organizație sau un număr. Nimic din ce scrieți nu este păstrat.',
  'search.placeholder': 'ex.: linie de ajutor Mexic, ofertă de muncă, 116 016',
  'results.count.one': '{count} rezultat',
  'results.count.few': '{count} rezultate',
  'results.count.other': '{count} de rezultate',
  'results.none': 'Niciun rezultat pentru „{query}”.',
  'results.near': 'Cele mai apropiate rezultate',
  'results.noneNear': 'Încercați mai puține cuvinte sau numele unei țări.',
  'group.helplinesIn': 'Linii de ajutor: {country}',
  'group.programmes': 'Programe și inițiative',
  'group.publications': 'Ghiduri, rapoarte și legi',
  'group.servicesIn': 'Servicii de sprijin: {country}',
  'group.tips': 'Siguranța pe internet',
  'tips.title': 'Sfaturi de siguranță pe situații',
  'tips.situation.job-offer': 'O ofertă de muncă',
  'tips.situation.online-contact': 'Cineva cunoscut pe internet',
  'tips.situation.phone-accounts': 'Telefonul și conturile tale',
  'tips.situation.covering-tracks': 'Cum îți ștergi urmele',
  'tips.situation.money-documents': 'Bani și acte',
  'tips.situation.after-escape': 'După ce ai scăpat',
  'tips.situation.helping-others': 'Să ajuți pe altcineva',
  'tips.words.job-offer':
    'ofertă de muncă, job fals, înșelătorie, țeapă, recrutor, agenție de recrutare, agent, viză, contract, interviu',
  'tips.words.online-contact':
    'cunoscut pe internet, iubit de pe internet, aplicație de întâlniri, înșelătorie sentimentală, înșelătorie, străin, cerere de prietenie, poze, ademenire',
  'tips.words.phone-accounts':
    'parolă, cont, aplicație de spionaj, spionaj, urmărire, locație, spart, supravegheat, confidențialitate',
  'tips.words.covering-tracks':
    'ștergerea urmelor, șterge istoricul, fereastră privată, incognito, istoricul browserului, ascunde, șterge',
  'tips.words.money-documents':
    'pașaport, acte, documente, buletin, șef, patron, angajator, salariu, nu mă plătește, datorie, cont bancar, bani, taxă',
  'tips.words.after-escape': 'am fugit, am scăpat, supraviețuitoare, după plecare, o luăm de la capăt',
  'tips.words.helping-others': 'prietenă, prieten, altcineva, rudă, îngrijorată pentru cineva, martor, vecină, cunosc pe cineva',
  'tracks.title': 'Pași pentru browserul tău',
  'tracks.detected': 'Pare să fie {browser}. Dacă nu, alege-l pe al tău.',
  'tracks.notDetected': 'Nu am putut afla ce browser este. Alege-l pe al tău.',
  'tracks.choose': 'Browser',
  'tracks.browser.chrome-android': 'Chrome pe Android',
  'tracks.browser.samsung': 'Samsung Internet',
  'tracks.browser.safari-ios': 'Safari pe iPhone sau iPad',
  'tracks.browser.firefox': 'Firefox',
  'tracks.browser.chromium-desktop': 'Chrome sau Edge pe calculator',
  'tracks.browser.other': 'Alt browser',
  'tracks.private.heading': 'Deschide o fereastră privată',
  'tracks.private.chrome-android':
    'Atinge ⋮ (sus, în dreapta), apoi Filă nouă incognito, și deschide site-ul acolo. Când închizi fila, nu rămâne istoric.',
  'tracks.private.samsung': 'Atinge butonul de file, apoi Activează modul secret, și deschide site-ul acolo.',
  'tracks.private.safari-ios': 'Atinge butonul de file (două pătrate), alege Privat, apoi deschide site-ul într-o filă nouă.',
  'tracks.private.firefox':
    'Deschide meniul (⋮ sau ☰), alege Filă privată nouă sau Fereastră privată nouă, și deschide site-ul acolo.',
  'tracks.private.chromium-desktop':
    'Apasă Ctrl+Shift+N (⌘+Shift+N pe Mac) pentru o fereastră privată: incognito în Chrome, InPrivate în Edge.',
  'tracks.private.other': 'În meniul browserului, caută o fereastră privată, incognito sau secretă, și deschide site-ul acolo.',
  'tracks.history.heading': 'Șterge acest site din istoric',
  'tracks.history.chrome-android':
    'Atinge ⋮, apoi Istoric. Atinge × lângă fiecare vizită pe acest site (caută-l întâi dacă lista e lungă).',
  'tracks.history.samsung': 'Atinge meniul (☰), apoi Istoric. Ține apăsat pe o vizită pe acest site și șterge-o.',
  'tracks.history.safari-ios':
    'Atinge butonul de marcaje (carte deschisă), apoi ceasul. Glisează spre stânga fiecare vizită pe acest site și atinge Șterge.',
  'tracks.history.firefox':
    'Deschide meniul, apoi Istoric. Ține apăsat (sau clic dreapta) pe o vizită pe acest site și șterge-o.',
  'tracks.history.chromium-desktop': 'Apasă Ctrl+H (⌘+Y pe Mac), caută acest site și elimină-i vizitele.',
  'tracks.history.other': 'În meniul browserului, deschide istoricul și șterge doar vizitele pe acest site.',
  'tracks.location.heading': 'Verifică cine vede unde ești',
  'tracks.location.android':
    'Deschide Setări, apoi Locație, și vezi ce aplicații o folosesc. În Google Maps, verifică Trimiterea locației.',
  'tracks.location.ios':
    'Deschide Configurări, apoi Confidențialitate și securitate. Verificarea de siguranță de acolo poate opri trimiterea locației către persoane și aplicații.',
  'tracks.location.desktop':
    'Locația se trimite mai ales de pe telefon: verifică și telefonul, și aplicațiile de familie sau de găsire a dispozitivului.',
  'tracks.stalkerware.heading': 'Semne ale unei aplicații de spionaj',
  'tracks.stalkerware.text':
    'Cineva care a avut telefonul tău știe unde ai fost sau ce ai scris; bateria se descarcă repede, consumul de date crește sau setările se schimbă singure. Ștergerea unei astfel de aplicații îl poate alerta: cere sfatul întâi.',
  'tracks.limits.heading': 'Ce nu poate ascunde ieșirea rapidă',
  'tracks.limits.network': 'Routerul Wi-Fi de acasă, de la muncă sau public poate înregistra ce site-uri s-au vizitat.',
  'tracks.limits.synced': 'Istoricul sincronizat cu un cont poate apărea pe alte dispozitive conectate la acel cont.',
  'tracks.limits.handed': 'Dacă dai cuiva telefonul deblocat, poate deschide browserul și îți poate vedea filele.',
  'tracks.install.heading': 'Dacă ai instalat această aplicație',
  'tracks.install.text':
    'O aplicație instalată nu își poate șterge singură pictograma. Poți folosi site-ul și în browser, fără să-l instalezi.',
  'tracks.install.android': 'Android: ține apăsat pe pictogramă, apoi Dezinstalează sau Elimină.',
  'tracks.install.ios':
    'iPhone sau iPad: ține apăsat pe pictogramă, apoi Elimină aplicația, apoi Șterge de pe ecranul principal.',
  'tracks.install.desktop': 'Calculator: deschide aplicația, apoi meniul ei (⋮ sau …) și alege Dezinstalează.',
  'message.open': 'Scrie un prim mesaj',
  'message.language': 'Limba pe care o vorbești',
  'message.talk': 'Poți vorbi la telefon?',
  'message.canTalk': 'Pot vorbi la telefon',
  'message.cannotTalk': 'Nu pot vorbi la telefon',
  'message.preview': 'Mesajul tău',
  'message.body.canTalk': 'Am nevoie de ajutor. Limba mea este {language}. Acum pot vorbi la telefon.',
  'message.body.cannotTalk':
    'Am nevoie de ajutor. Limba mea este {language}. Nu pot vorbi la telefon: vă rog să-mi răspundeți prin mesaj.',
  'message.sendSms': 'Deschide un SMS către {number} cu acest mesaj',
  'message.sendWhatsapp': 'Deschide WhatsApp către {number} cu acest mesaj',
  'message.copy': 'Copiază mesajul',
  'message.copied': 'Copiat. Lipește-l unde vrei să-l trimiți.',
  'message.copyFailed': 'Nu s-a putut copia. Selectează textul și copiază-l tu.',
  'message.history': 'Un mesaj trimis rămâne în mesajele sau în WhatsApp-ul telefonului până îl ștergi.',
  'partners.open': 'Pentru parteneri',
  'partners.back': 'Înapoi la ajutor',
  'partners.title': 'Pentru parteneri și activiști',
  'partners.intro':
    'Pentru organizațiile și oamenii care fac campanie împotriva traficului de persoane. Dacă cauți ajutor pentru tine, întoarce-te la ajutor.',
  'partners.days.heading': 'Zile în care să acționezi',
  'partners.days.july': '30 iulie: Ziua mondială împotriva traficului de persoane.',
  'partners.days.orange':
    'Ziua de 25 a fiecărei luni: Ziua Portocalie, a campaniei UNiTE a Secretarului General al ONU pentru eliminarea violenței împotriva femeilor.',
  'partners.actions.heading': 'Ce poți face',
  'partners.action.orange':
    'Pe 25, poartă portocaliu la muncă, la școală sau online și spune de ce: traficul este violență împotriva femeilor și fetelor.',
  'partners.action.invest': 'Cere decidenților să finanțeze prevenirea și sprijinul pentru femeile și fetele expuse traficului.',
  'partners.action.tech':
    'Lucrează cu grupuri de femei, supraviețuitoare activiste și firme de tehnologie pentru a opri recrutarea online.',
  'partners.action.dialogue':
    'Organizează o discuție locală despre trafic, ofertele de muncă false și folosirea sigură a telefonului și a internetului.',
  'partners.messages.heading': 'Mesaje de distribuit',
  'partners.message.july':
    '30 iulie este Ziua mondială împotriva traficului de persoane. Traficanții recrutează cu joburi false și contacte online. Cunoaște semnele și spune unde se găsește ajutor. #EndHumanTrafficking',
  'partners.message.orange':
    'Azi este #OrangeDay. Traficul este violență împotriva femeilor și fetelor. Ca să-l oprim, trebuie să combatem sărăcia, inegalitatea și cererea care alimentează exploatarea.',
  'partners.message.jobs':
    'Un job care îți cere o taxă, îți ia pașaportul sau se schimbă când ajungi este un semn de alarmă. Verifică înainte să pleci și lasă copii ale actelor cuiva de încredere.',
  'partners.principles.heading': 'Cum împărtășești poveștile supraviețuitoarelor',
  'partners.principle.harm': 'Să nu faci rău: împărtășește o poveste doar dacă nu pune în pericol persoana sau pe altcineva.',
  'partners.principle.consent':
    'Consimțământ informat: întreabă întâi, spune unde și cum va fi publicată și acceptă un refuz sau o răzgândire.',
  'partners.principle.confidential':
    'Confidențialitate: scoate numele, fețele, locurile și orice detaliu care ar putea identifica pe cineva.',
  'partners.programmes.heading': 'Programe ONU din acest ghid',
  'kind.emergency': 'Numere de urgență',
  'kind.helpline': 'Linie de ajutor',
  'kind.service': 'Serviciu',
  'kind.programme': 'Program',
  'kind.publication': 'Publicație',
  'kind.tip': 'Sfat de siguranță',
  'entry.officialSite': 'Site oficial',
  'entry.source': 'Sursa',
  'entry.checked': 'Verificat pe {date}',
  'entry.stale': 'Neverificat de peste un an',
  'entry.unverified':
    'Neverificat complet: înainte să vă bazați pe acest număr, confirmați-l pe site-ul oficial al celor care îl administrează.',
  'entry.free': 'Apel gratuit',
  'entry.always': 'Deschis 24 de ore, în fiecare zi',
  'entry.hours': 'Program',
  'entry.languages': 'Limbi',
  'entry.contacts': 'Cum îi puteți contacta',
  'entry.save': 'Salvați pe acest dispozitiv',
  'entry.saved': 'Salvat',
  'contact.phone': 'Sunați la {number}',
  'contact.sms': 'Trimiteți SMS la {number}',
  'contact.whatsapp': 'WhatsApp: {number}',
  'contact.tty': 'Telefon text (TTY): {number}',
  'contact.web': 'Site web',
  'contact.chat': 'Chat online',
  'contact.email': 'E-mail: {address}',
  'contact.opensNewWindow': '(se deschide într-o fereastră nouă)',
  'place.EU': 'Uniunea Europeană',
  'place.global': 'Oriunde în lume',
  'status.updated': 'Listă actualizată pe {date}',
  'status.entries.one': '{count} intrare',
  'status.entries.few': '{count} intrări',
  'status.entries.other': '{count} de intrări',
  'status.memoryOnly':
    'Acest browser nu va păstra lista pentru folosire fără internet. Acum funcționează, dar data viitoare va fi nevoie de conexiune.',
  'saved.failed': 'Modificarea nu a putut fi păstrată pe acest dispozitiv (spațiul de stocare poate fi plin sau blocat).',
  'status.saveFailed':
    'Lista nu a putut fi salvată pe acest dispozitiv (spațiul de stocare poate fi plin). Deocamdată funcționează.',
  'status.unavailable': 'Lista nu a putut fi încărcată. Conectați-vă o dată la internet și încercați din nou.',
  'status.updateTimedOut':
    'Căutarea unei liste mai noi s-a oprit: conexiunea era prea lentă. Ce se află pe acest dispozitiv nu s-a schimbat.',
  'status.updateFailed': 'O listă mai nouă nu a putut fi descărcată. Ce se află pe acest dispozitiv nu s-a schimbat.',
  'status.updateStorageFull':
    'O listă mai nouă nu a putut fi salvată: spațiul de stocare al dispozitivului poate fi plin. Ce era deja nu s-a schimbat.',
  'status.loading': 'Se încarcă lista…',
  'note.title': 'Siguranța pe acest dispozitiv',
  'note.exit':
    '„Ieșire rapidă” (sau Esc de două ori, sau Shift de trei ori) ascunde imediat această pagină și deschide în locul ei un site obișnuit. Butonul Înapoi nu vă readuce aici.',
  'note.history':
    '„Ieșire rapidă” nu poate șterge istoricul browserului: vizitele anterioare pe acest site pot apărea încă acolo. O fereastră privată nu păstrează istoricul: în majoritatea browserelor, deschideți meniul și alegeți „Fereastră privată nouă” sau „Filă nouă incognito”, apoi deschideți acest site acolo.',
  'note.calls':
    'Apelurile și mesajele către o linie de ajutor apar în istoricul de apeluri și în mesajele telefonului. Ștergeți-le după aceea dacă altcineva s-ar putea uita în telefonul dumneavoastră.',
  'note.data':
    'Lista este păstrată pe acest dispozitiv, ca să funcționeze fără internet. Pentru a o șterge, folosiți „Confidențialitate” de la finalul paginii.',
  'note.kiosk':
    'Acest ecran este folosit de mai multe persoane. Se șterge singur după puțin timp fără activitate și nu păstrează nimic din ce consultați.',
  'listen.button': 'Ascultați',
  'listen.hint': 'Textul este citit cu vocea acestui dispozitiv. Folosiți căști dacă cineva din apropiere ar putea auzi.',
  'note.dismiss': 'Ascundeți acest mesaj',
  'privacy.title': 'Confidențialitate',
  'privacy.text':
    'Nimic din ce scrieți nu este trimis nicăieri și nu este păstrat. Lista și ce salvați sunt păstrate pe acest dispozitiv, ca aplicația să funcționeze fără internet.',
  'privacy.traces':
    'Ștergerea golește spațiul de stocare al aplicației, dar browserul poate păstra o vreme copii ale fișierelor ei pe acest dispozitiv, iar istoricul browserului arată în continuare acest site. Pentru a le șterge și pe acestea, ștergeți datele de navigare din setările browserului.',
  'privacy.showNote': 'Cum să rămâneți în siguranță pe acest dispozitiv',
  'privacy.remove': 'Ștergeți de pe acest dispozitiv datele aplicației',
  'privacy.confirmTitle': 'Ștergeți tot și ieșiți?',
  'privacy.confirmText':
    'Se vor șterge de pe acest dispozitiv lista, liniile de ajutor salvate și copia offline a aplicației, apoi se va deschide alt site. Acțiunea nu poate fi anulată și nu șterge istoricul browserului.',
  'privacy.confirm': 'Ștergeți și ieșiți',
  'privacy.cancel': 'Anulați',
  'view.label': 'Afișați',
  'view.all': 'Tot ajutorul',
  'view.saved': 'Salvate ({count})',
  'saved.title': 'Salvate pe acest dispozitiv',
  'saved.hint': 'Sunt păstrate doar pe acest dispozitiv, până le ștergeți. Oricine folosește acest dispozitiv le poate vedea.',
  'saved.none': 'Nimic salvat încă. Folosiți „Salvați pe acest dispozitiv” la o linie de ajutor ca s-o păstrați aici.',
  'kiosk.countdownTitle': 'Mai sunteți aici?',
  'kiosk.countdown.one': 'Ca să vă protejăm căutarea, ecranul se șterge în {count} secundă.',
  'kiosk.countdown.few': 'Ca să vă protejăm căutarea, ecranul se șterge în {count} secunde.',
  'kiosk.countdown.other': 'Ca să vă protejăm căutarea, ecranul se șterge în {count} de secunde.',
  'kiosk.stillHere': 'Sunt încă aici',
  'kiosk.start': 'Începeți',
  'kiosk.print': 'Tipăriți acest contact',
  'kiosk.scanHint': 'Scanați un cod cu camera telefonului ca să luați numărul cu dumneavoastră.',
  'qr.label': 'Cod QR pentru {value}',
  'update.ready': 'O versiune nouă a aplicației este gata.',
  'update.button': 'Actualizați',
  'skip.results': 'Salt la rezultate',
  'topic.trafficking': 'trafic de persoane, traficul de ființe umane',
  'topic.labour-exploitation': 'exploatare prin muncă, muncă forțată',
  'topic.sexual-exploitation': 'exploatare sexuală, prostituție forțată',
  'topic.online-recruitment': 'recrutare online, oferte de muncă false, anunțuri de muncă false',
  'topic.online-safety': 'siguranță online, siguranța pe internet',
  'topic.migration': 'migrație, muncă în străinătate, lucru în străinătate',
  'topic.domestic-violence': 'violență domestică, violență în familie, abuz',
  'topic.violence-against-women': 'violență împotriva femeilor',
  'topic.legal-aid': 'ajutor juridic, asistență juridică, avocat',
  'topic.shelter': 'adăpost, centru de primire, loc sigur',
  'topic.health': 'sănătate',
  'topic.children': 'copii, minori',
  'topic.emergency': 'urgență',
  'topic.law-enforcement': 'poliție, plângere, sesizare',
  'topic.research': 'cercetare, studii, date',
  'topic.policy': 'legi și politici, legislație',
  'where.title': 'Unde vă aflați?',
  'where.change': 'Schimbați țara',
  'where.label': 'Țara dumneavoastră',
  'where.hint':
    'Scrieți o țară, un oraș precum Dubai sau un prefix telefonic precum +44. Nimic nu este trimis în afara acestui dispozitiv.',
  'where.none': 'Nicio țară nu corespunde. Încercați numele într-o altă limbă.',
  'where.unknown': 'Alegeți țara ca să vedeți mai întâi ajutorul de acolo.',
  'home.helpIn': 'Ajutor în {country}',
  'home.noLine': 'Nu avem încă o linie de ajutor verificată pentru {country}.',
  'home.noLineNext':
    'Dacă sunteți în pericol acum, folosiți numerele de urgență. Mai jos sunt linii care funcționează și pentru {country}.',
  'home.alsoReaching': 'Disponibile și pentru {country}',
  'home.fromAnywhere': 'De oriunde',
  'home.showAll': 'Afișați ajutorul din toate țările',
  'home.hideAll': 'Ascundeți celelalte țări',
  'home.tellUs': 'Știți o linie care lipsește?',
  'home.tellUsLink': 'Anunțați {name}',
  'group.emergencyIn': 'Numere de urgență: {country}',
  'operator.ngo': 'Oferit de un ONG',
  'operator.government': 'Serviciu de stat',
  'operator.police': 'Linia poliției',
  'operator.international': 'ONU sau organizație internațională',
  'operator.unknown': 'Nu se precizează cine răspunde',
  'flag.confidential': 'Confidențial',
  'flag.anonymous': 'Nu trebuie să vă spuneți numele',
  'flag.not-immigration': 'Nu este o instituție de imigrări',
  'flag.reports-to-police': 'Ce spuneți poate ajunge la poliție',
  'entry.sourceDated': 'Sursă din {date}',
  'entry.oldSource':
    'Această sursă este din {year}. Este posibil ca linia să se fi schimbat: verificați înainte să vă bazați pe ea.',
  'entry.conflicts': 'Sursele nu se potrivesc:',
};
