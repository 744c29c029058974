import type { Catalogue } from '../i18n';

/**
 * Filipino (Tagalog) interface text. Addresses the reader as "ka/mo" (plain and friendly, as phone
 * apps do); Filipino marks no grammatical gender. Everyday Taglish words people see on their
 * phones are kept (helpline, device, website, browser, offline, i-save, i-text). Browser menu names
 * are given in English, as most phones show them. Keyboard keys keep their printed names (Esc,
 * Shift). `topic.*` are search words, not shown.
 *
 * Counted texts give both Filipino plural categories (one, other). Filipino nouns do not change
 * with the number, and "one" also covers numbers such as 2, 3, 5 or 11, so both forms are the same.
 *
 * Not yet reviewed by a fluent speaker: drafted for Waypoint and checked by script only (every key,
 * plural forms, placeholders, numbers). Please review before relying on it.
 */
export const fil: Catalogue = {
  'app.tagline': 'Tulong at impormasyon, naka-save sa device na ito',
  'exit.button': 'Mabilis na paglabas',
  'exit.hint': 'Para umalis agad: mabilis na pindutin ang Esc nang dalawang beses, o ang Shift nang tatlong beses',
  'framed.open': 'Buksan ang app na ito sa sarili nitong tab',
  'language.label': 'Wika',
  'language.missing':
    'Hindi pa naisasalin ang app na ito sa {language}. Nakalagay ito sa {shown}; mapapalitan ang wika sa itaas.',
  'search.label': 'Maghanap ng tulong',
  'search.hint': 'Isang bansa, uri ng tulong, organisasyon o numero. Hindi sine-save ang anumang tina-type mo.',
  'search.placeholder': 'hal. helpline Mexico, alok na trabaho, 116 016',
  'results.count.one': '{count} resulta',
  'results.count.other': '{count} resulta',
  'results.none': 'Walang tumutugma sa “{query}”.',
  'results.near': 'Pinakamalapit na tugma',
  'results.noneNear': 'Subukan ang mas kaunting salita, o ang pangalan ng bansa.',
  'group.helplinesIn': 'Mga helpline: {country}',
  'group.programmes': 'Mga programa at inisyatiba',
  'group.publications': 'Mga gabay, ulat at batas',
  'group.servicesIn': 'Mga serbisyong tumutulong: {country}',
  'group.tips': 'Ligtas sa internet',
  'tips.title': 'Mga payo sa kaligtasan ayon sa sitwasyon',
  'tips.situation.job-offer': 'Alok na trabaho',
  'tips.situation.online-contact': 'Taong nakilala mo online',
  'tips.situation.phone-accounts': 'Ang iyong telepono at mga account',
  'tips.situation.covering-tracks': 'Pagbura ng iyong bakas',
  'tips.situation.money-documents': 'Pera at mga dokumento',
  'tips.situation.after-escape': 'Pagkatapos mong makaalis',
  'tips.situation.helping-others': 'Pagtulong sa iba',
  'tips.words.job-offer':
    'alok na trabaho, pekeng trabaho, scam, panloloko, recruiter, ahensya, ahente, visa, kontrata, interview',
  'tips.words.online-contact':
    'nakilala online, online na nobyo, dating app, love scam, manloloko, estranghero, friend request, litrato, grooming',
  'tips.words.phone-accounts': 'password, account, spy app, paniniktik, pagsubaybay, lokasyon, na-hack, binabantayan, privacy',
  'tips.words.covering-tracks':
    'burahin ang bakas, burahin ang history, private window, incognito, history ng browser, itago, burahin',
  'tips.words.money-documents':
    'pasaporte, passport, dokumento, papeles, ID, amo, employer, sahod, sweldo, hindi pinasahod, utang, bank account, pera, bayad',
  'tips.words.after-escape': 'nakatakas, nakalaya, survivor, pagkatapos umalis, bagong simula',
  'tips.words.helping-others': 'kaibigan, ibang tao, kapamilya, nag-aalala sa isang tao, saksi, kapitbahay, may kilala ako',
  'tracks.title': 'Mga hakbang para sa iyong browser',
  'tracks.detected': 'Mukhang {browser} ito. Kung hindi, piliin ang sa iyo.',
  'tracks.notDetected': 'Hindi namin matukoy kung anong browser ito. Piliin ang sa iyo.',
  'tracks.choose': 'Browser',
  'tracks.browser.chrome-android': 'Chrome sa Android',
  'tracks.browser.samsung': 'Samsung Internet',
  'tracks.browser.safari-ios': 'Safari sa iPhone o iPad',
  'tracks.browser.firefox': 'Firefox',
  'tracks.browser.chromium-desktop': 'Chrome o Edge sa computer',
  'tracks.browser.other': 'Ibang browser',
  'tracks.private.heading': 'Magbukas ng private window',
  'tracks.private.chrome-android':
    'I-tap ang ⋮ (kanang itaas), tapos Bagong Incognito tab, at buksan doon ang site na ito. Pagsara ng tab, walang naiiwang history.',
  'tracks.private.samsung': 'I-tap ang tabs button, tapos I-on ang Secret mode, at buksan doon ang site na ito.',
  'tracks.private.safari-ios':
    'I-tap ang tabs button (dalawang parisukat), piliin ang Private, tapos buksan ang site na ito sa bagong tab.',
  'tracks.private.firefox':
    'Buksan ang menu (⋮ o ☰), piliin ang Bagong private tab o Bagong private window, at buksan doon ang site na ito.',
  'tracks.private.chromium-desktop':
    'Pindutin ang Ctrl+Shift+N (⌘+Shift+N sa Mac) para sa private window: Incognito sa Chrome, InPrivate sa Edge.',
  'tracks.private.other': 'Sa menu ng browser, hanapin ang private, incognito o secret window, at buksan doon ang site na ito.',
  'tracks.history.heading': 'Burahin ang site na ito sa history',
  'tracks.history.chrome-android':
    'I-tap ang ⋮, tapos History. I-tap ang × sa tabi ng bawat bisita sa site na ito (hanapin muna kung mahaba ang listahan).',
  'tracks.history.samsung': 'I-tap ang menu (☰), tapos History. Pindutin nang matagal ang bisita sa site na ito at burahin.',
  'tracks.history.safari-ios':
    'I-tap ang bookmarks button (bukas na libro), tapos ang orasan. I-swipe pakaliwa ang bawat bisita sa site na ito at i-tap ang Delete.',
  'tracks.history.firefox':
    'Buksan ang menu, tapos History. Pindutin nang matagal (o i-right-click) ang bisita sa site na ito at burahin.',
  'tracks.history.chromium-desktop': 'Pindutin ang Ctrl+H (⌘+Y sa Mac), hanapin ang site na ito, at alisin ang mga bisita.',
  'tracks.history.other': 'Sa menu ng browser, buksan ang History at burahin lang ang mga bisita sa site na ito.',
  'tracks.location.heading': 'Tingnan kung sino ang nakakakita kung nasaan ka',
  'tracks.location.android':
    'Buksan ang Settings, tapos Location, at tingnan kung aling mga app ang gumagamit nito. Sa Google Maps, tingnan ang Location sharing.',
  'tracks.location.ios':
    'Buksan ang Settings, tapos Privacy & Security. Ang Safety Check doon ay puwedeng tumigil sa pag-share ng lokasyon mo sa mga tao at app.',
  'tracks.location.desktop':
    'Kadalasang sa telepono naibabahagi ang lokasyon: tingnan din ang telepono, at ang mga family o find-my-device app.',
  'tracks.stalkerware.heading': 'Mga senyales ng spy app',
  'tracks.stalkerware.text':
    'Alam ng taong humawak ng telepono mo kung saan ka pumunta o ano ang isinulat mo; mabilis maubos ang baterya, tumataas ang data, o kusang nagbabago ang settings. Ang pagbura ng ganitong app ay puwedeng magbigay-babala sa kanya: humingi muna ng payo.',
  'tracks.limits.heading': 'Ang hindi kayang itago ng Quick exit',
  'tracks.limits.network': 'Ang Wi-Fi router sa bahay, trabaho o pampublikong lugar ay puwedeng magtala ng mga site na binuksan.',
  'tracks.limits.synced': 'Ang history na naka-sync sa isang account ay puwedeng lumabas sa ibang device na naka-sign in dito.',
  'tracks.limits.handed':
    'Kung iaabot mo ang telepono mong naka-unlock, puwede niyang buksan ang browser at makita ang mga tab mo.',
  'tracks.install.heading': 'Kung in-install mo ang app na ito',
  'tracks.install.text':
    'Hindi kayang alisin ng naka-install na app ang sarili nitong icon. Puwede mo ring gamitin ang site na ito sa browser nang hindi ini-install.',
  'tracks.install.android': 'Android: pindutin nang matagal ang icon, tapos Uninstall o Remove.',
  'tracks.install.ios': 'iPhone o iPad: pindutin nang matagal ang icon, tapos Remove App, tapos Delete from Home Screen.',
  'tracks.install.desktop': 'Computer: buksan ang app, buksan ang menu nito (⋮ o …), at piliin ang Uninstall.',
  'message.open': 'Sumulat ng unang mensahe',
  'message.language': 'Ang wikang ginagamit mo',
  'message.talk': 'Kaya mo bang makipag-usap sa telepono?',
  'message.canTalk': 'Kaya kong makipag-usap sa telepono',
  'message.cannotTalk': 'Hindi ako makakausap sa telepono',
  'message.preview': 'Ang mensahe mo',
  'message.body.canTalk': 'Kailangan ko ng tulong. Ang wika ko ay {language}. Puwede akong makipag-usap sa telepono ngayon.',
  'message.body.cannotTalk':
    'Kailangan ko ng tulong. Ang wika ko ay {language}. Hindi ako makakausap sa telepono: pakisagot sa mensahe.',
  'message.sendSms': 'Magbukas ng text sa {number} na may ganitong mensahe',
  'message.sendWhatsapp': 'Buksan ang WhatsApp sa {number} na may ganitong mensahe',
  'message.copy': 'Kopyahin ang mensahe',
  'message.copied': 'Nakopya na. I-paste kung saan mo gustong ipadala.',
  'message.copyFailed': 'Hindi makopya. Piliin ang teksto at kopyahin mo mismo.',
  'message.history': 'Ang mensaheng ipinadala mo ay mananatili sa messages o WhatsApp ng telepono hanggang burahin mo.',
  'partners.open': 'Para sa mga katuwang',
  'partners.back': 'Bumalik sa tulong',
  'partners.title': 'Para sa mga katuwang at nangangampanya',
  'partners.intro':
    'Para sa mga organisasyon at taong nangangampanya laban sa human trafficking. Kung naghahanap ka ng tulong para sa sarili mo, bumalik sa tulong.',
  'partners.days.heading': 'Mga araw para kumilos',
  'partners.days.july': '30 Hulyo: Pandaigdigang Araw Laban sa Trafficking in Persons.',
  'partners.days.orange':
    'Ika-25 ng bawat buwan: Orange Day, ng kampanyang UNiTE ng UN Secretary-General para wakasan ang karahasan laban sa kababaihan.',
  'partners.actions.heading': 'Ang puwede mong gawin',
  'partners.action.orange':
    'Tuwing ika-25, magsuot o gumamit ng kulay orange sa trabaho, paaralan o online, at sabihin kung bakit: ang trafficking ay karahasan laban sa kababaihan at batang babae.',
  'partners.action.invest':
    'Hilingin sa mga nagpapasya na pondohan ang pag-iwas at suporta para sa kababaihan at batang babae na nanganganib sa trafficking.',
  'partners.action.tech':
    'Makipagtulungan sa mga grupo ng kababaihan, survivor advocates at mga kumpanya ng teknolohiya para matigil ang recruitment online.',
  'partners.action.dialogue':
    'Magdaos ng lokal na usapan tungkol sa trafficking, pekeng alok na trabaho at ligtas na paggamit ng telepono at internet.',
  'partners.messages.heading': 'Mga mensaheng puwedeng ibahagi',
  'partners.message.july':
    'Ang 30 Hulyo ay Pandaigdigang Araw Laban sa Trafficking in Persons. Nanghihikayat ang mga trafficker gamit ang pekeng trabaho at kakilala online. Alamin ang mga senyales at ibahagi kung saan may tulong. #EndHumanTrafficking',
  'partners.message.orange':
    'Ngayon ay #OrangeDay. Ang trafficking ay karahasan laban sa kababaihan at batang babae. Para wakasan ito, harapin ang kahirapan, hindi pagkakapantay-pantay at ang demand na nagtutulak sa pagsasamantala.',
  'partners.message.jobs':
    'Ang trabahong humihingi ng bayad, kumukuha ng pasaporte mo o nagbabago pagdating mo ay babala. Suriin bago umalis at mag-iwan ng kopya ng mga papeles sa taong pinagkakatiwalaan mo.',
  'partners.principles.heading': 'Pagbabahagi ng kuwento ng mga survivor',
  'partners.principle.harm': 'Huwag makapinsala: ibahagi ang kuwento kung hindi nito ilalagay sa panganib ang tao o sinuman.',
  'partners.principle.consent':
    'May-kaalamang pahintulot: magtanong muna, sabihin kung saan at paano ibabahagi, at tanggapin ang pagtanggi o pagbabago ng isip.',
  'partners.principle.confidential':
    'Pagiging kumpidensyal: alisin ang mga pangalan, mukha, lugar at anumang detalyeng makakapagpakilala sa isang tao.',
  'partners.programmes.heading': 'Mga programa ng UN sa direktoryong ito',
  'kind.emergency': 'Mga emergency number',
  'kind.helpline': 'Helpline',
  'kind.service': 'Serbisyo',
  'kind.programme': 'Programa',
  'kind.publication': 'Publikasyon',
  'kind.tip': 'Payo para maging ligtas',
  'entry.officialSite': 'Opisyal na website',
  'entry.source': 'Pinagmulan',
  'entry.checked': 'Sinuri noong {date}',
  'entry.stale': 'Mahigit isang taon nang hindi nasusuri',
  'entry.unverified':
    'Hindi pa lubos na napatunayan: kumpirmahin muna ang numerong ito sa opisyal na website ng nagpapatakbo nito bago umasa rito.',
  'entry.free': 'Libre ang tawag',
  'entry.always': 'Bukas 24 oras, araw-araw',
  'entry.hours': 'Oras',
  'entry.languages': 'Mga wika',
  'entry.contacts': 'Paano sila makokontak',
  'entry.save': 'I-save sa device na ito',
  'entry.saved': 'Naka-save',
  'contact.phone': 'Tawagan ang {number}',
  'contact.sms': 'I-text ang {number}',
  'contact.whatsapp': 'WhatsApp {number}',
  'contact.tty': 'Teleponong pang-text (TTY) {number}',
  'contact.web': 'Website',
  'contact.chat': 'Mag-chat online',
  'contact.email': 'Mag-email sa {address}',
  'contact.opensNewWindow': '(magbubukas sa bagong window)',
  'place.EU': 'Unyong Europeo',
  'place.global': 'Buong mundo',
  'status.updated': 'Na-update ang direktoryo noong {date}',
  'status.entries.one': '{count} entry',
  'status.entries.other': '{count} entry',
  'status.memoryOnly':
    'Hindi itatago ng browser na ito ang direktoryo para magamit offline. Gumagana ito ngayon, pero kakailanganin ng koneksyon sa susunod.',
  'saved.failed': 'Hindi ma-save sa device na ito ang pagbabagong iyon (maaaring puno o naka-block ang storage nito).',
  'status.saveFailed': 'Hindi ma-save ang direktoryo sa device na ito (maaaring puno ang storage nito). Gumagana ito sa ngayon.',
  'status.unavailable': 'Hindi ma-load ang direktoryo. Kumonekta sa internet nang isang beses at subukang muli.',
  'status.updateTimedOut':
    'Huminto ang pagtingin kung may mas bagong direktoryo: masyadong mabagal ang koneksyon. Walang nagbago sa laman ng device na ito.',
  'status.updateFailed': 'Hindi ma-download ang mas bagong direktoryo. Walang nagbago sa laman ng device na ito.',
  'status.updateStorageFull':
    'Hindi ma-save ang mas bagong direktoryo: maaaring puno na ang storage ng device na ito. Walang nagbago sa dating laman nito.',
  'status.loading': 'Nilo-load ang direktoryo…',
  'note.title': 'Manatiling ligtas sa device na ito',
  'note.exit':
    'Ang “Mabilis na paglabas” (o Esc nang dalawang beses, o Shift nang tatlong beses) ay agad na nagtatago sa page na ito at nagbubukas ng karaniwang website kapalit nito. Hindi ka ibabalik dito ng Back.',
  'note.history':
    'Hindi kayang burahin ng “Mabilis na paglabas” ang history ng iyong browser: maaaring nakalista pa roon ang mga dati mong pagbisita sa site na ito. Walang history na itinatago ang private window: sa karamihan ng browser, buksan ang menu at piliin ang “New private window” o “New incognito tab”, saka buksan doon ang site na ito.',
  'note.calls':
    'Lumalabas sa call log at sa mga mensahe ng iyong telepono ang mga tawag at text sa helpline. Burahin ang mga ito pagkatapos kung may ibang maaaring tumingin sa telepono mo.',
  'note.data':
    'Itinatago ng app na ito ang direktoryo sa device na ito para gumana ito kahit offline. Para alisin ito, gamitin ang “Privacy” sa dulo ng page.',
  'note.kiosk':
    'Maraming gumagamit sa screen na ito. Kusa itong nabubura kapag ilang sandaling hindi ginagamit, at wala itong itinatago sa mga tiningnan mo.',
  'listen.button': 'Pakinggan',
  'listen.hint':
    'Binabasa nang malakas gamit ang sariling boses ng device na ito. Gumamit ng earphones kung may makakarinig sa malapit.',
  'note.dismiss': 'Itago ang paalalang ito',
  'privacy.title': 'Privacy',
  'privacy.text':
    'Walang ipinapadala kahit saan o itinatago sa anumang tina-type mo. Ang direktoryo, at anumang sine-save mo, ay nakatago sa device na ito para gumana ang app kahit offline.',
  'privacy.traces':
    'Nililinis ng pag-alis ng data ang storage ng app na ito, pero maaaring itago pa ng browser ang mga kopya ng mga file nito sa device na ito nang ilang panahon, at nakalista pa rin ang site na ito sa history ng browser. Para mabura rin ang mga iyon, burahin ang browsing data sa settings ng browser.',
  'privacy.showNote': 'Paano manatiling ligtas sa device na ito',
  'privacy.remove': 'Alisin ang data ng app na ito sa device na ito',
  'privacy.confirmTitle': 'Alisin ang lahat at umalis?',
  'privacy.confirmText':
    'Buburahin nito sa device na ito ang direktoryo, ang mga na-save mong helpline at ang offline na kopya ng app na ito, saka magbubukas ng ibang website. Hindi na ito maibabalik, at hindi nito binubura ang history ng iyong browser.',
  'privacy.confirm': 'Alisin at umalis',
  'privacy.cancel': 'Kanselahin',
  'view.label': 'Ipakita',
  'view.all': 'Lahat ng tulong',
  'view.saved': 'Naka-save ({count})',
  'saved.title': 'Naka-save sa device na ito',
  'saved.hint': 'Nasa device na ito lang, hanggang alisin mo. Makikita ito ng sinumang gumagamit ng device na ito.',
  'saved.none': 'Wala pang naka-save. Gamitin ang “I-save sa device na ito” sa isang helpline para itago ito rito.',
  'kiosk.countdownTitle': 'Nariyan ka pa ba?',
  'kiosk.countdown.one': 'Para manatiling pribado ang paghahanap mo, mabubura ang screen na ito sa loob ng {count} segundo.',
  'kiosk.countdown.other': 'Para manatiling pribado ang paghahanap mo, mabubura ang screen na ito sa loob ng {count} segundo.',
  'kiosk.stillHere': 'Nandito pa ako',
  'kiosk.start': 'Magsimula',
  'kiosk.print': 'I-print ang contact na ito',
  'kiosk.scanHint': 'I-scan ang code gamit ang camera ng telepono mo para madala mo ang numero.',
  'qr.label': 'QR code para sa {value}',
  'update.ready': 'Handa na ang bagong bersyon ng app na ito.',
  'update.button': 'I-update',
  'skip.results': 'Lumaktaw sa mga resulta',
  'topic.trafficking': 'human trafficking, trafficking, pagbebenta ng tao',
  'topic.labour-exploitation': 'pagsasamantala sa manggagawa, sapilitang trabaho, forced labor',
  'topic.sexual-exploitation': 'sekswal na pagsasamantala, sexual exploitation',
  'topic.online-recruitment': 'online recruitment, illegal recruitment, pekeng alok na trabaho, pekeng job offer',
  'topic.online-safety': 'kaligtasan online, online safety',
  'topic.migration': 'migrasyon, pagtatrabaho sa ibang bansa, ofw',
  'topic.domestic-violence': 'karahasan sa tahanan, pang-aabuso, domestic violence',
  'topic.violence-against-women': 'karahasan laban sa kababaihan',
  'topic.legal-aid': 'tulong legal, abogado',
  'topic.shelter': 'kanlungan, shelter, ligtas na lugar',
  'topic.health': 'kalusugan',
  'topic.children': 'mga bata, bata',
  'topic.emergency': 'emergency, kagipitan',
  'topic.law-enforcement': 'pulis, pulisya, pag-uulat, magsumbong',
  'topic.research': 'pananaliksik, datos',
  'topic.policy': 'batas at patakaran',
  'where.title': 'Nasaan ka?',
  'where.change': 'Palitan ang bansa',
  'where.label': 'Ang bansa mo',
  'where.hint': 'Mag-type ng bansa, ng lungsod gaya ng Dubai, o ng calling code gaya ng +44. Walang lumalabas sa device na ito.',
  'where.none': 'Walang tumutugmang bansa. Subukan ang pangalan nito sa ibang wika.',
  'where.unknown': 'Piliin ang bansa mo para unang makita ang tulong doon.',
  'home.helpIn': 'Tulong sa {country}',
  'home.noLine': 'Wala pa kaming napatunayang helpline para sa {country}.',
  'home.noLineNext':
    'Kung nasa panganib ka ngayon, gamitin ang mga emergency number. Nasa ibaba ang mga linyang umaabot din sa {country}.',
  'home.alsoReaching': 'Umaabot din sa {country}',
  'home.fromAnywhere': 'Mula kahit saan',
  'home.showAll': 'Ipakita ang tulong sa bawat bansa',
  'home.hideAll': 'Itago ang ibang bansa',
  'home.tellUs': 'May alam kang linyang wala pa rito?',
  'home.tellUsLink': 'Sabihan ang {name}',
  'group.emergencyIn': 'Mga emergency number: {country}',
  'operator.ngo': 'Pinapatakbo ng isang NGO',
  'operator.government': 'Serbisyo ng gobyerno',
  'operator.police': 'Linya ng pulisya',
  'operator.international': 'UN o internasyonal na organisasyon',
  'operator.unknown': 'Hindi sinabi kung sino ang sumasagot',
  'flag.confidential': 'Kumpidensyal',
  'flag.anonymous': 'Puwede kang hindi magpakilala',
  'flag.not-immigration': 'Hindi ahensya ng imigrasyon',
  'flag.reports-to-police': 'Maaaring makarating sa pulisya ang iuulat mo',
  'entry.sourceDated': 'Petsa ng pinagmulan: {date}',
  'entry.oldSource': 'Mula pa noong {year} ang pinagmulang ito. Maaaring nagbago na ang linya: kumpirmahin muna bago umasa rito.',
  'entry.conflicts': 'Hindi magkakatugma ang mga pinagmulan:',
};
